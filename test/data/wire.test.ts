// @vitest-environment node
// The wire format: the compiled collection cut into a small first load and lazily loaded chunks, the
// compact talk row with its encoder and decoder, and the virtual modules' source.
import { describe, expect, it } from 'vitest'
import { collectTalks } from '../../src/compiler/collection.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { encodePayload } from '../../src/data/payload.ts'
import { badgesOf, bucketOf, chunkModuleId, decodeRows, FIRST_PAGE, isTalksModule, LIST_CHUNK, parseChunkModuleId, SUMMARY_CHUNK_SIZE, TALKS_MODULE } from '../../src/data/wire.ts'
import { moduleSource } from '../../src/vite/talk-modules.ts'
import { context, encode, talk } from '../compiler/helpers.ts'

function collectionOf(files: Record<string, string>) {
  const compiled = Object.entries(files).map(([name, text]) => compileFile(name, encode(text), context()))
  return collectTalks(compiled)
}

const speaker = (name: string) => `{{< speaker name="${name}" >}}Bio of ${name}.{{< /speaker >}}`
const many = (n: number) =>
  collectionOf(Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}.md`, talk([`title = "T${i}"`, `date = "20${String(10 + (i % 10))}-01-${String((i % 28) + 1).padStart(2, '0')}"`], `${speaker(`Person ${i % 7}`)}`)])))

describe('encodePayload', () => {
  const { index, bodies } = collectionOf({
    'a.md': talk(['title = "Old"', 'date = "2020-01-01"', 'pdfurl = "https://x.org/s.pdf"', 'tags = ["ebpf"]'], `First paragraph.\n\n${speaker('Ann Example - Dev @ Org')}`),
    'b.md': talk(['title = "Ahead"', 'date = "2030-05-01"', 'time_slot = "4pm - 5pm CET"', 'youtubeurl = "https://youtu.be/abcdefghijk"'], `{{% btn txt="Register" link="https://reg.example.org" %}}\n\n${speaker('Bob Example')}`),
  })
  const payload = encodePayload(index, bodies, { now: new Date('2026-11-21T12:00:00Z') })
  const rows = decodeRows(payload.list[0]!, payload.speakers.speakers)

  it('encodes one compact row per talk, newest first, with speaker indices and badge bits', () => {
    const [ahead, old] = rows
    expect(ahead).toMatchObject({ slug: 'b', title: 'Ahead', date: '2030-05-01', year: 2030, time: '4pm - 5pm CET', speakers: ['bob-example'], badges: ['Video'], pos: 0 })
    expect(ahead!.event).toBeUndefined()
    expect(payload.list[0]![0]![4]).toEqual([payload.speakers.speakers.findIndex((s) => s.slug === 'bob-example')])
    expect(old).toMatchObject({ slug: 'a', tags: ['ebpf'], badges: ['Slides'], pos: 1 })
    expect(payload.speakers.speakers.map((s) => s.slug).sort()).toEqual(['ann-example', 'bob-example'])
    expect(payload.speakers.speakers.find((s) => s.slug === 'ann-example')).toEqual({ slug: 'ann-example', name: 'Ann Example', role: 'Dev', org: 'Org', image: undefined })
    expect(payload.speakers.talks).toEqual([1, 1])
  })

  it('gives a talk still ahead its registration link, and a past one none', () => {
    expect(rows[0]!.cta).toEqual({ label: 'Register', url: 'https://reg.example.org/' })
    expect(rows[1]).not.toHaveProperty('cta')
  })

  it('puts summaries, talk pages with bodies and speaker bios in the lazy parts', () => {
    expect(payload.summaries).toEqual([['', 'First paragraph.']])
    const details = payload.details.flat()
    expect(details.map((d) => d.talk.slug).sort()).toEqual(['a', 'b'])
    expect(details.find((d) => d.talk.slug === 'a')!.talk.html).toContain('<p>First paragraph.</p>')
    expect(payload.profiles.flat().find((p) => p.slug === 'bob-example')!.bioHtml).toContain('Bio of Bob Example.')
    expect(JSON.stringify(payload.list)).not.toContain('Bio of')
  })

  it('names what a talk offers', () => {
    expect(badgesOf(index.talks[0]!)).toEqual(['Video'])
    expect(badgesOf(index.talks[1]!)).toEqual(['Slides'])
  })

  it('calls an event-page "video" link no recording of its own, and another site\'s link a recording', () => {
    const { index } = collectionOf({
      'e.md': talk(['title = "E"', 'date = "2022-02-06"', 'youtubeurl = "https://fosdem.org/2022/schedule/event/x/"', 'eventurl = "https://fosdem.org/2022/schedule/event/x/"']),
      'v.md': talk(['title = "V"', 'date = "2022-02-07"', 'youtubeurl = "https://media.ccc.de/v/36c3-10652-a_talk"', 'eventurl = "https://fosdem.org/2022/"']),
    })
    expect(badgesOf(index.talks.find((t) => t.slug === 'e')!)).toEqual(['Event page'])
    expect(badgesOf(index.talks.find((t) => t.slug === 'v')!)).toEqual(['Recording', 'Event page'])
  })
})

describe('the full-text search chunks', () => {
  const { index, bodies, texts } = collectionOf({
    'a.md': talk(['title = "Old"', 'date = "2020-01-01"', 'youtubeurl = "https://youtu.be/dQw4w9WgXcQ"', 'eventurl = "https://fosdem.org/2020/schedule/event/x/"'], `Opening words.\n\nThen **memif** and hugepages.\n\n${speaker('Ann')}`),
    'b.md': talk(['title = "New"', 'date = "2021-01-01"', 'summary = "An abstract of its own."', 'pdfurl = "https://x.org/B.pdf"'], 'A body.'),
    'c.md': talk(['title = "Newest"', 'date = "2022-01-01"']),
  })
  const p = encodePayload(index, bodies, { texts, searchSize: 2 })

  it('holds every talk’s whole body as plain text, by timeline position, in chunks of their own', () => {
    expect(p.first.chunks).toMatchObject({ search: 2, searchSize: 2 })
    expect(p.search.map((c) => c.text.length)).toEqual([2, 1])
    const [c, b, a] = p.search.flatMap((chunk) => chunk.text)
    expect(a).toBe('Opening words. Then memif and hugepages.')
    expect(c).toBe('Body text.')
    // A summary of its own is not in the body: it comes first.
    expect(b).toBe('An abstract of its own. A body.')
    // Neither the first load nor the list carries the body text.
    expect(JSON.stringify(p.first) + JSON.stringify(p.list)).not.toContain('hugepages')
  })

  it('gives each talk the keys of its links', () => {
    const links = p.search.flatMap((chunk) => chunk.links)
    expect(links[2]).toEqual(['youtube:dQw4w9WgXcQ', 'url:fosdem.org/2020/schedule/event/x'])
    expect(links[1]).toEqual(['url:x.org/b.pdf'])
    expect(links[0]).toEqual([])
  })

  it('is served as modules in dev, with an empty chunk past the end', () => {
    const src = moduleSource('virtual:talks', p)!
    expect(src).toContain('import("virtual:talks/search")')
    expect(moduleSource('virtual:talks/search', p)).toBe('export default [() => import("virtual:talks/search/0"),() => import("virtual:talks/search/1")]\n')
    expect(moduleSource('virtual:talks/search/1', p)).toContain('Opening words.')
  })
})

describe('the first load stays small at any size', () => {
  const big = many(300)
  const p = encodePayload(big.index, big.bodies)

  it('carries the first page only, self-contained (its own speakers and summaries), and the year facets', () => {
    expect(p.first.total).toBe(300)
    expect(p.first.first.rows).toHaveLength(FIRST_PAGE)
    expect(p.first.first.pos).toEqual(Array.from({ length: FIRST_PAGE }, (_, i) => i))
    const firstRows = decodeRows(p.first.first.rows, p.first.first.speakers, p.first.first.pos)
    expect(firstRows.map((t) => t.slug)).toEqual(big.index.talks.slice(0, FIRST_PAGE).map((t) => t.slug))
    expect(p.first.first.summaries).toEqual(big.index.talks.slice(0, FIRST_PAGE).map((t) => t.summary))
    expect(p.first.years.reduce((n, [, count]) => n + count, 0)).toBe(300)
    for (const [year, count, start] of p.first.years) {
      expect(big.index.talks[start]!.year).toBe(year)
      expect(big.index.talks.filter((t) => t.year === year)).toHaveLength(count)
    }
    expect(JSON.stringify(p.first).length).toBeLessThan(JSON.stringify(encodePayload(many(30).index, new Map()).first).length * 1.5)
  })

  it('cuts the list and the summaries by position, and puts each talk page in the bucket its slug names', () => {
    expect(p.list.flat()).toHaveLength(300)
    expect(p.list[0]).toHaveLength(Math.min(LIST_CHUNK, 300))
    expect(p.summaries).toHaveLength(Math.ceil(300 / SUMMARY_CHUNK_SIZE))
    p.details.forEach((bucket, n) => {
      for (const d of bucket) expect(bucketOf(d.talk.slug, p.first.chunks.details)).toBe(n)
    })
    expect(p.details.flat()).toHaveLength(300)
  })

  it('gives each talk page its neighbours and its speakers’ other talks, with what their cards need', () => {
    const d = p.details.flat().find((x) => x.pos === 10)!
    expect(d.newer).toEqual({ slug: big.index.talks[9]!.slug, title: big.index.talks[9]!.title })
    expect(d.older).toEqual({ slug: big.index.talks[11]!.slug, title: big.index.talks[11]!.title })
    const [own, ...related] = decodeRows(d.related.rows, d.related.speakers, d.related.pos)
    expect(own!.slug).toBe(d.talk.slug)
    expect(related).toHaveLength(3)
    for (const r of related) expect(r.speakers).toEqual(own!.speakers)
    expect(d.related.summaries).toHaveLength(4)
  })
})

describe('module ids', () => {
  it('names one module per chunk and reads the ids back', () => {
    expect(chunkModuleId('details', 3)).toBe('virtual:talks/details/3')
    expect(parseChunkModuleId(chunkModuleId('details', 3))).toEqual({ kind: 'details', n: 3 })
    expect(parseChunkModuleId(chunkModuleId('speakers'))).toEqual({ kind: 'speakers' })
    expect(parseChunkModuleId(chunkModuleId('details'))).toEqual({ kind: 'details' })
    for (const odd of ['virtual:talks/other', 'virtual:talks/details/x', 'virtual:talks/details/1/2']) expect(parseChunkModuleId(odd), odd).toBeUndefined()
    expect(isTalksModule(TALKS_MODULE) && isTalksModule(chunkModuleId('aliases')) && !isTalksModule('virtual:other')).toBe(true)
  })

  it('spreads slugs over buckets evenly and stably', () => {
    const counts = new Array<number>(10).fill(0)
    for (let i = 0; i < 5000; i++) counts[bucketOf(`talk-${i}`, 10)]!++
    for (const c of counts) expect(c).toBeGreaterThan(400)
    expect(bucketOf('a-talk', 7)).toBe(bucketOf('a-talk', 7))
  })
})

describe('moduleSource', () => {
  const { index, bodies } = collectionOf({ 'a.md': talk(['title = "A"', 'date = "2020-01-01"', 'aliases = ["/__proto__/"]']) })
  const payload = encodePayload(index, bodies)

  it('emits data as JSON.parse of a string; the chunks’ loaders are tables of their own, one import per chunk', () => {
    const src = moduleSource('virtual:talks', payload)!
    expect(src).toMatch(/^export default JSON\.parse\("/)
    for (const id of ['list', 'summaries', 'details', 'profiles', 'speakers', 'aliases']) expect(src).toContain(`import("virtual:talks/${id}")`)
    expect(src).not.toContain('virtual:talks/details/0')
    expect(moduleSource('virtual:talks/details', payload)).toBe('export default [() => import("virtual:talks/details/0")]\n')
  })

  it('serves each chunk, an empty one past the end, and nothing for unknown ids', () => {
    const load = (id: string) => {
      const src = moduleSource(id, payload)
      return src === undefined ? undefined : JSON.parse(JSON.parse(src.slice('export default JSON.parse('.length, src.lastIndexOf(')'))))
    }
    expect(load('virtual:talks/details/0')[0].talk.slug).toBe('a')
    expect(load('virtual:talks/details/7')).toEqual([])
    expect(Object.keys(load('virtual:talks/aliases'))).toEqual(['__proto__'])
    expect(load('virtual:talks/other')).toBeUndefined()
  })
})
