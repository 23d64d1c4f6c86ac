// The home page's view model, as pure functions: URL params in, talks and counts out.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { browse, localToday, splitUpcoming, type BrowseData } from '../../src/data/browse.ts'
import { parseBrowseSearch, parseListSearch } from '../../src/data/search-params.ts'
import type { SpeakerRow } from '../../src/data/types.ts'
import type { TalkRow } from '../../src/data/wire.ts'

function talk(slug: string, date: string, speakers: string[], pos = 0, tags: string[] = []): TalkRow {
  return { slug, title: slug, date, year: Number(date.slice(0, 4)), speakers, tags, badges: [], pos }
}
function speaker(slug: string, name: string): SpeakerRow {
  return { slug, name }
}

// Newest first, as the index holds them.
const talks = [
  talk('d', '2023-05-01', ['ann'], 0),
  talk('c', '2022-05-01', ['ann', 'bob'], 1),
  talk('b', '2021-09-01', ['bob'], 2),
  talk('a', '2021-02-01', ['ann', 'cy'], 3),
]
const speakers = [speaker('ann', 'Ann'), speaker('bob', 'Bob'), speaker('cy', 'Cy')]
/** A stand-in search: the talks whose slug is in the query, best (last listed) first. */
const search = (q: string): TalkRow[] =>
  q
    .split(' ')
    .reverse()
    .flatMap((s) => talks.filter((t) => t.slug === s))
const data: BrowseData = { talks, speakers, search }
const slugs = (r: { talks: TalkRow[] }) => r.talks.map((t) => t.slug)

describe('parseBrowseSearch', () => {
  it('keeps valid values', () => {
    expect(parseBrowseSearch({ q: 'calico', year: '2021', speaker: 'chris-tomkins' })).toEqual({ q: 'calico', year: 2021, speaker: 'chris-tomkins' })
    expect(parseBrowseSearch({ year: 2021 })).toEqual({ year: 2021 })
    expect(parseBrowseSearch({ q: 42 })).toEqual({ q: '42' })
    expect(parseBrowseSearch({ speaker: 'zoë-éléonore' })).toEqual({ speaker: 'zoë-éléonore' })
  })

  it('normalises whitespace and caps the query at 200 characters', () => {
    expect(parseBrowseSearch({ q: '  calico \n\t vpp  ' })).toEqual({ q: 'calico vpp' })
    expect(parseBrowseSearch({ q: '   ' })).toEqual({})
    expect(parseBrowseSearch({ q: 'x'.repeat(10_000) }).q).toHaveLength(200)
  })

  it.each<[string, Record<string, unknown>]>([
    ['a year that is not a number', { year: 'abc' }],
    ['a fractional year', { year: '2021.5' }],
    ['a year out of range', { year: 99999 }],
    ['a year too early', { year: '1066' }],
    ['an array year', { year: [2021] }],
    ['an empty speaker', { speaker: '' }],
    ['a speaker with markup', { speaker: '<script>' }],
    ['a speaker with a slash', { speaker: '../etc' }],
    ['an object speaker', { speaker: { a: 1 } }],
    ['a very long speaker', { speaker: 'a'.repeat(121) }],
    ['an object query', { q: { toString: () => 'x' } }],
    ['an array query', { q: ['calico'] }],
  ])('drops %s', (_what, raw) => {
    expect(parseBrowseSearch(raw)).toEqual({})
  })

  it('never throws and only ever returns valid values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('q', 'year', 'speaker', 'tag', 'other'), fc.anything()), (raw) => {
        const out = parseBrowseSearch(raw)
        expect(Object.keys(out).every((k) => ['q', 'year', 'speaker', 'tag'].includes(k))).toBe(true)
        if (out.tag !== undefined) expect(out.tag).toMatch(/^[\p{L}\p{N}\p{M}-]{1,80}$/u)
        if (out.q !== undefined) expect(out.q.length > 0 && out.q.length <= 200 && out.q === out.q.trim()).toBe(true)
        if (out.year !== undefined) expect(Number.isInteger(out.year)).toBe(true)
        if (out.speaker !== undefined) expect(out.speaker).toMatch(/^[\p{L}\p{N}\p{M}-]{1,120}$/u)
      }),
    )
  })
})

describe('parseListSearch', () => {
  it('reads a shared list as slugs in order, without repeats or anything that is not a slug', () => {
    expect(parseListSearch({ talks: 'b,a,b, c ,<x>,../etc,' })).toEqual({ talks: ['b', 'a', 'c'] })
    // The router hands over JSON-looking values already parsed.
    expect(parseListSearch({ talks: 2022 })).toEqual({ talks: ['2022'] })
    expect(parseListSearch({ talks: true })).toEqual({ talks: ['true'] })
    expect(parseListSearch({ talks: ['a', 'b', 3] })).toEqual({ talks: ['a', 'b'] })
    expect(parseListSearch({ talks: { a: 1 } })).toEqual({})
    expect(parseListSearch({})).toEqual({})
    expect(parseListSearch({ talks: Array.from({ length: 900 }, (_, i) => `t${i}`).join(',') }).talks).toHaveLength(500)
  })
})

describe('browse', () => {
  it('without params shows everything with full counts', () => {
    const r = browse(data, {})
    expect(slugs(r)).toEqual(['d', 'c', 'b', 'a'])
    expect(r.yearCounts).toEqual([
      [2023, 1],
      [2022, 1],
      [2021, 2],
    ])
    expect(r.speakerCounts.map(([s, n]) => [s.slug, n])).toEqual([
      ['ann', 3],
      ['bob', 2],
      ['cy', 1],
    ])
    expect(r.unknownSpeaker).toBe(false)
  })

  it('a query keeps the search order', () => {
    expect(slugs(browse(data, { q: 'a c' }))).toEqual(['c', 'a'])
  })

  it('hands back the very rows it was given, so views can key on them', () => {
    expect(browse(data, {}).talks).toEqual(talks)
    browse(data, {}).talks.forEach((t, i) => expect(t).toBe(talks[i]))
    const [c, a] = browse(data, { q: 'a c' }).talks
    expect(c).toBe(talks[1])
    expect(a).toBe(talks[3])
  })

  it('filters by year and by speaker, together', () => {
    expect(slugs(browse(data, { year: 2021 }))).toEqual(['b', 'a'])
    expect(slugs(browse(data, { speaker: 'bob' }))).toEqual(['c', 'b'])
    expect(slugs(browse(data, { year: 2021, speaker: 'bob' }))).toEqual(['b'])
    expect(slugs(browse(data, { year: 2021, speaker: 'bob', q: 'a b' }))).toEqual(['b'])
  })

  it('counts each filter under the query and the other filter, never its own', () => {
    const r = browse(data, { year: 2021, speaker: 'bob' })
    // Years under Bob: 2022 and 2021 — the chosen year does not hide the others.
    expect(r.yearCounts).toEqual([
      [2022, 1],
      [2021, 1],
    ])
    // Speakers in 2021: all of Ann, Bob and Cy.
    expect(r.speakerCounts.map(([s, n]) => [s.slug, n])).toEqual([
      ['ann', 1],
      ['bob', 1],
      ['cy', 1],
    ])
  })

  it('keeps a chosen option listed with 0 when the rest leaves it empty', () => {
    const r = browse(data, { year: 2023, speaker: 'cy' })
    expect(r.talks).toEqual([])
    expect(r.yearCounts).toContainEqual([2023, 0])
    expect(r.speakerCounts.map(([s, n]) => [s.slug, n])).toContainEqual(['cy', 0])
    // Years stay newest first with the added one in place.
    const years = r.yearCounts.map(([y]) => y)
    expect(years).toEqual([...years].sort((a, b) => b - a))
  })

  it('flags an unknown speaker and lists nothing for it', () => {
    const r = browse(data, { speaker: 'nobody' })
    expect(r.unknownSpeaker).toBe(true)
    expect(r.talks).toEqual([])
    expect(r.speakerCounts.some(([s]) => s.slug === 'nobody')).toBe(false)
  })

  it('a query that finds nothing gives no talks and no counts', () => {
    const r = browse(data, { q: 'zzz' })
    expect(r.talks).toEqual([])
    expect(r.yearCounts).toEqual([])
    expect(r.speakerCounts).toEqual([])
  })

  it('counts always add up to the talks shown', () => {
    fc.assert(
      fc.property(
        fc.record({ year: fc.option(fc.constantFrom(2021, 2022, 2023, 2030), { nil: undefined }), speaker: fc.option(fc.constantFrom('ann', 'bob', 'cy', 'zed'), { nil: undefined }) }),
        (params) => {
          const r = browse(data, params)
          const yearTotal = r.yearCounts.filter(([y]) => !params.year || y === params.year).reduce((n, [, c]) => n + c, 0)
          expect(yearTotal).toBe(r.talks.length)
          for (const [s, n] of r.speakerCounts) if (s.slug === params.speaker) expect(n).toBe(r.talks.length)
        },
      ),
    )
  })
})

describe('browse by tag', () => {
  // Tags as real collections write them: the same topic in several spellings, tracks among them.
  const tagged = [
    talk('d', '2023-05-01', ['ann'], 0, ['Kubernetes', 'eBPF']),
    talk('c', '2022-05-01', ['bob'], 1, ['kubernetes']),
    talk('b', '2021-09-01', ['bob'], 2, ['Service Mesh', 'KUBERNETES']),
    talk('a', '2021-02-01', ['cy'], 3, ['!!!']),
  ]
  const tagData: BrowseData = { talks: tagged, speakers, search: () => [] }

  it('counts every tag once per talk, however it is spelled, most used first, by its commonest spelling', () => {
    const r = browse(tagData, {})
    expect(r.tagCounts.map(([t, n]) => [t.slug, t.name, n])).toEqual([
      ['kubernetes', 'Kubernetes', 3],
      ['ebpf', 'eBPF', 1],
      ['service-mesh', 'Service Mesh', 1],
    ])
    expect(r.unknownTag).toBe(false)
  })

  it('filters by tag slug, combined with year and speaker, and counts under the other filters', () => {
    expect(slugs(browse(tagData, { tag: 'kubernetes' }))).toEqual(['d', 'c', 'b'])
    expect(slugs(browse(tagData, { tag: 'kubernetes', year: 2021 }))).toEqual(['b'])
    expect(slugs(browse(tagData, { tag: 'kubernetes', speaker: 'bob' }))).toEqual(['c', 'b'])
    const r = browse(tagData, { tag: 'service-mesh' })
    expect(r.yearCounts).toEqual([[2021, 1]])
    expect(r.speakerCounts.map(([s, n]) => [s.slug, n])).toEqual([['bob', 1]])
    // The tag's own counts ignore the tag: every topic stays on offer.
    expect(r.tagCounts.map(([t]) => t.slug)).toEqual(['kubernetes', 'ebpf', 'service-mesh'])
    // Under bob, eBPF is not on offer; the chosen tag stays with 0 when the rest leaves it empty.
    expect(browse(tagData, { speaker: 'bob' }).tagCounts.map(([t, n]) => [t.slug, n])).toEqual([['kubernetes', 2], ['service-mesh', 1]])
    expect(browse(tagData, { speaker: 'cy', tag: 'ebpf' }).tagCounts.map(([t, n]) => [t.slug, n])).toEqual([['ebpf', 0]])
  })

  it('flags an unknown tag and lists nothing for it', () => {
    const r = browse(tagData, { tag: 'quantum' })
    expect(r.unknownTag).toBe(true)
    expect(r.talks).toEqual([])
  })
})

describe('splitUpcoming', () => {
  it('puts talks after today first, soonest first, and keeps today with the past', () => {
    const list = [talk('x', '2030-01-02', [], 0), talk('y', '2030-01-01', [], 1), talk('z', '2026-05-01', [], 2), talk('w', '2020-01-01', [], 3)]
    const { upcoming, past } = splitUpcoming(list, '2026-05-01')
    expect(upcoming.map((t) => t.slug)).toEqual(['y', 'x'])
    expect(past.map((t) => t.slug)).toEqual(['z', 'w'])
  })
})

describe('localToday', () => {
  it('is the local calendar date, zero-padded', () => {
    expect(localToday(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05')
    expect(localToday(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31')
  })
})
