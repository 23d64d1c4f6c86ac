// Tag identity: one topic however it is written, a slug safe for URLs and file names.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tagSlug, tagsOf } from '../../src/data/tags.ts'

describe('tagSlug', () => {
  it.each([
    ['Kubernetes', 'kubernetes'],
    ['Service Mesh', 'service-mesh'],
    ['  CNI & networking ', 'cni-networking'],
    ['Réseaux', 'réseaux'],
    ['ｋｕｂｅ', 'kube'],
    ['网络', '网络'],
    ['!!!', ''],
  ])('%s → %s', (tag, slug) => expect(tagSlug(tag)).toBe(slug))

  it('is always letters, digits and single hyphens, never a path or markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (tag) => {
        const slug = tagSlug(tag)
        expect(slug).toMatch(/^(?:[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*)?$/u)
        expect(slug.length).toBeLessThanOrEqual(80)
      }),
    )
  })
})

describe('tagsOf', () => {
  it('merges spellings, counts talks not mentions, and names a tag as most talks write it', () => {
    const tags = tagsOf([{ tags: ['k8s', 'K8s'] }, { tags: ['K8s'] }, { tags: ['K8s', 'Go'] }, { tags: ['go'] }])
    expect(tags).toEqual([
      { slug: 'k8s', name: 'K8s', count: 3 },
      { slug: 'go', name: 'Go', count: 2 },
    ])
  })
})
