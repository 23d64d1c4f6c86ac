// Fuzzy search: the query → pattern step, the documents, and ranking on the real bundled talks.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allTalks, searchTalks, talkBySlug } from '../../src/data/index.ts'
import { createSearch, searchDocs, toPattern, type SearchDoc } from '../../src/data/search.ts'
import type { Speaker, Talk } from '../../src/data/types.ts'

const CHEETAH = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'
const WIREGUARD = '2021-10-12-calico-vpp-low-trust-edge-network-no-problem'

describe('toPattern', () => {
  it('lowercases and keeps words of two letters or more', () => {
    expect(toPattern('  Calico  VPP a ')).toBe('calico vpp')
    expect(toPattern('a b c')).toBe('')
  })

  it("drops the characters fuse reads as operators, so input is always plain text", () => {
    expect(toPattern("!calico ^vpp 'k8s$ =exact | or \"quoted\"")).toBe('calico vpp k8s exact or quoted')
    fc.assert(
      fc.property(fc.string(), (q) => {
        expect(toPattern(q)).not.toMatch(/['!^=$|"]/)
      }),
    )
  })

  it('caps the pattern at 8 words of 32 characters', () => {
    const words = Array.from({ length: 12 }, (_, i) => `w${i}${'x'.repeat(50)}`)
    const pattern = toPattern(words.join(' ')).split(' ')
    expect(pattern).toHaveLength(8)
    for (const w of pattern) expect(w.length).toBe(32)
  })
})

describe('searchDocs', () => {
  it('puts speaker names with their org, and the event with the tags', () => {
    const talk = { slug: 't', title: 'T', speakers: ['ann', 'ghost'], event: 'FOSDEM', tags: ['k8s', 'ebpf'], summary: 'S' } as unknown as Talk
    const ann: Speaker = { slug: 'ann', name: 'Ann Example', org: 'Tigera', links: {}, talks: [], variants: [] }
    expect(searchDocs([talk], new Map([['ann', ann]]))).toEqual([{ slug: 't', title: 'T', speakers: 'Ann Example Tigera · ', event: 'FOSDEM · k8s · ebpf', summary: 'S' }])
  })
})

describe('createSearch', () => {
  const docs: SearchDoc[] = [
    { slug: 'ebpf', title: 'eBPF dataplane deep dive', speakers: 'Ann Example', event: 'KubeCon', summary: 'Kernel bypass without kernel modules.' },
    { slug: 'vpp', title: 'Userspace networking with VPP', speakers: 'Bob Example', event: 'FOSDEM', summary: 'Memif and fast packet processing.' },
    { slug: 'wg', title: 'Encrypting pod traffic with WireGuard', speakers: 'Ann Example', event: 'FOSDEM', summary: 'Keys, peers and MTU.' },
  ]
  const search = createSearch(docs)

  it('finds nothing for a query with no usable word', () => {
    expect(search('')).toEqual([])
    expect(search('a')).toEqual([])
    expect(search('!!! ^^^')).toEqual([])
  })

  it('forgives typos', () => {
    expect(search('wiregard').map((h) => h.slug)).toEqual(['wg'])
    expect(search('userspce').map((h) => h.slug)).toEqual(['vpp'])
  })

  it('needs every word to match', () => {
    expect(search('encrypting wireguard').map((h) => h.slug)).toEqual(['wg'])
    expect(search('wireguard kubecon')).toEqual([])
  })

  // Known bug (src/data/search.ts): fuse's extended AND applies within one field, so words that
  // match different fields (a speaker and a title word) find nothing. Flip to `it` once fixed.
  it.fails('matches words found in different fields', () => {
    expect(search('ann wireguard').map((h) => h.slug)).toEqual(['wg'])
  })

  it('ranks best first and returns highlight ranges inside the field', () => {
    const hits = search('example')
    expect(hits.length).toBe(3)
    const scores = hits.map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => a - b))

    const [hit] = search('wireguard')
    const title = docs.find((d) => d.slug === hit!.slug)!.title
    expect(hit!.ranges.title).toBeDefined()
    for (const [a, b] of hit!.ranges.title!) {
      expect(b - a).toBeGreaterThanOrEqual(1)
      expect(b).toBeLessThan(title.length)
    }
    expect(hit!.ranges.title!.map(([a, b]) => title.slice(a, b + 1)).join('')).toBe('WireGuard')
  })

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        expect(Array.isArray(search(q))).toBe(true)
      }),
    )
  })
})

describe('searchTalks on the bundled talks', () => {
  const first = (q: string) => searchTalks(q)[0]?.slug

  it('"cheeta" ranks the cheetah talk first, highlighting "cheeta"', () => {
    const [hit] = searchTalks('cheeta')
    expect(hit?.slug).toBe(CHEETAH)
    const title = talkBySlug(CHEETAH)!.title
    expect(hit!.ranges.title!.map(([a, b]) => title.slice(a, b + 1))).toEqual(['cheeta'])
  })

  it('"calcio" finds the Calico talks', () => {
    const hits = searchTalks('calcio')
    expect(hits.length).toBeGreaterThanOrEqual(4)
    for (const h of hits) expect(talkBySlug(h.slug)!.title).toMatch(/calico/i)
  })

  it('"wiregard" finds the WireGuard talk, and only it', () => {
    expect(searchTalks('wiregard').map((h) => h.slug)).toEqual([WIREGUARD])
  })

  it('finds talks by speaker and org', () => {
    expect(searchTalks('skrzypczak').map((h) => h.slug).sort()).toEqual(allTalks.filter((t) => t.speakers.includes('nathan-skrzypczak')).map((t) => t.slug).sort())
    expect(searchTalks('tomkins tigera').map((h) => h.slug).sort()).toEqual(allTalks.filter((t) => t.speakers.includes('chris-tomkins')).map((t) => t.slug).sort())
  })

  // Known bug, as above: "tomkins cheetah" (speaker + title) finds nothing today.
  it.fails('finds a talk by a speaker and a title word together', () => {
    expect(first('tomkins cheetah')).toBe(CHEETAH)
  })

  it('finds nothing for nonsense', () => {
    expect(searchTalks('xylophone')).toEqual([])
    expect(searchTalks('x'.repeat(10_000))).toEqual([])
  })
})
