// @vitest-environment node
// The data files of a production build, and the ones each page preloads: a page's own data must be
// in the files it names (or it would load, or be kept offline, without them).
import { describe, expect, it } from 'vitest'
import { encodePayload } from '../../src/data/payload.ts'
import { DATA_DIR, dataFiles, dataVersion, pageDataFiles } from '../../src/vite/data-files.ts'
import { bundledIndex, CHEETAH_SLUG } from '../prerender/fixtures.ts'

const index = bundledIndex()
// Small buckets, so the bundled talks spread over several files.
const payload = encodePayload(index, new Map(), { detailBucketSize: 1 })
const files = dataFiles(payload)
const version = dataVersion(files)
const speakersOf = (slug: string) => index.talks.find((t) => t.slug === slug)?.speakers ?? []
const read = (path: string) => files.get(path.slice(`${DATA_DIR}/${version}/`.length)) ?? ''

describe('dataFiles', () => {
  it('writes the full-text search chunks as files of their own', () => {
    const withText = dataFiles(encodePayload(index, new Map(), { texts: new Map(index.talks.map((t) => [t.slug, `Body of ${t.slug}.`])), searchSize: 2 }))
    const search = [...withText.keys()].filter((k) => k.startsWith('search/'))
    expect(search).toEqual(Array.from({ length: Math.ceil(index.talks.length / 2) }, (_, n) => `search/${n}.json`))
    expect(JSON.parse(withText.get('search/0.json')!).text[0]).toContain(`Body of ${index.talks[0]!.slug}.`)
  })
})

describe('pageDataFiles', () => {
  it("names the details bucket holding a talk and the profile buckets of its speakers", () => {
    expect(payload.details.length).toBeGreaterThan(1)
    for (const talk of index.talks) {
      const named = pageDataFiles(`/talks/${talk.slug}`, version, payload, speakersOf)
      const [details, ...profiles] = named
      expect(details).toMatch(new RegExp(`^${DATA_DIR}/${version}/details/\\d+\\.json$`))
      expect(read(details!)).toContain(`"${talk.slug}"`)
      for (const s of talk.speakers) expect(profiles.some((p) => read(p).includes(`"${s}"`)), s).toBe(true)
      expect(new Set(named).size).toBe(named.length)
    }
  })

  it("names a speaker page's profile bucket, and nothing for other pages", () => {
    for (const s of index.speakers) expect(read(pageDataFiles(`/speakers/${s.slug}`, version, payload, speakersOf)[0]!)).toContain(`"${s.slug}"`)
    for (const path of ['/', '/speakers', '/list', '/404']) expect(pageDataFiles(path, version, payload, speakersOf)).toEqual([])
    expect(pageDataFiles(`/talks/${CHEETAH_SLUG}`, version, payload, () => [])).toHaveLength(1)
  })

  it('gives every change of data a new version', () => {
    const edited = dataFiles(encodePayload({ ...index, talks: index.talks.map((t, i) => (i ? t : { ...t, title: `${t.title}!` })) }, new Map(), { detailBucketSize: 1 }))
    expect(dataVersion(edited)).not.toBe(version)
    expect(dataVersion(dataFiles(payload))).toBe(version)
  })
})
