// @vitest-environment node
// The split of the compiled collection into what the browser loads eagerly and in chunks.
import { describe, expect, it } from 'vitest'
import { collectTalks } from '../../src/compiler/collection.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { badgesOf, chunkModuleId, decodeRows, DETAIL_CHUNK_SIZE, encodePayload, isTalksModule, parseChunkModuleId, SUMMARY_CHUNK_SIZE, TALKS_MODULE } from '../../src/data/wire.ts'
import { moduleSource } from '../../src/vite/talk-modules.ts'
import { context, encode, talk } from '../compiler/helpers.ts'

function collectionOf(files: Record<string, string>) {
  const compiled = Object.entries(files).map(([name, text]) => compileFile(name, encode(text), context()))
  return collectTalks(compiled)
}

const speaker = (name: string) => `{{< speaker name="${name}" >}}Bio of ${name}.{{< /speaker >}}`

describe('encodePayload', () => {
  const { index, bodies } = collectionOf({
    'a.md': talk(['title = "Old"', 'date = "2020-01-01"', 'pdfurl = "https://x.org/s.pdf"', 'tags = ["ebpf"]'], `First paragraph.\n\n${speaker('Ann Example - Dev @ Org')}`),
    'b.md': talk(['title = "Ahead"', 'date = "2030-05-01"', 'time_slot = "4pm - 5pm CET"', 'youtubeurl = "https://youtu.be/abcdefghijk"'], `{{% btn txt="Register" link="https://reg.example.org" %}}\n\n${speaker('Bob Example')}`),
  })
  const payload = encodePayload(index, bodies, { now: new Date('2026-11-21T12:00:00Z') })

  const rows = decodeRows(payload.list)

  it('encodes one compact row per talk, newest first, with speaker indices and badge bits', () => {
    const [ahead, old] = rows
    expect(ahead).toMatchObject({ slug: 'b', title: 'Ahead', date: '2030-05-01', year: 2030, time: '4pm - 5pm CET', speakers: ['bob-example'], badges: ['Video'], pos: 0 })
    expect(ahead!.event).toBeUndefined()
    expect(payload.list.rows[0]![4]).toEqual([payload.list.speakers.findIndex((s) => s.slug === 'bob-example')])
    expect(old!.slug).toBe('a')
    expect(old!.tags).toEqual(['ebpf'])
    expect(old!.badges).toEqual(['Slides'])
    expect(payload.list.speakers.map((s) => s.slug).sort()).toEqual(['ann-example', 'bob-example'])
    expect(payload.list.speakers.find((s) => s.slug === 'ann-example')).toEqual({ slug: 'ann-example', name: 'Ann Example', role: 'Dev', org: 'Org', image: undefined })
  })

  it('gives a talk still ahead its registration link, and a past one none', () => {
    expect(rows[0]!.cta).toEqual({ label: 'Register', url: 'https://reg.example.org/' })
    expect(rows[1]!.cta).toBeUndefined()
    expect(rows[1]).not.toHaveProperty('cta')
  })

  it('puts summaries, details with bodies and speaker bios in the lazy parts', () => {
    expect(payload.summaries).toEqual([['', 'First paragraph.']])
    expect(payload.details[0]!.map((d) => d.slug)).toEqual(['b', 'a'])
    expect(payload.details[0]![1]!.html).toContain('<p>First paragraph.</p>')
    expect(payload.profiles.find((p) => p.slug === 'bob-example')!.bioHtml).toContain('Bio of Bob Example.')
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

  it('chunks by timeline position', () => {
    const many = collectionOf(Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`t${i}.md`, talk([`title = "T${i}"`, `date = "2020-01-${String((i % 28) + 1).padStart(2, '0')}"`])])))
    const p = encodePayload(many.index, many.bodies)
    expect(p.details.map((c) => c.length)).toEqual([DETAIL_CHUNK_SIZE, DETAIL_CHUNK_SIZE, 120 - 2 * DETAIL_CHUNK_SIZE])
    expect(p.summaries).toHaveLength(Math.ceil(120 / SUMMARY_CHUNK_SIZE))
    expect(p.details.flat().map((d) => d.slug)).toEqual(many.index.talks.map((t) => t.slug))
  })
})

describe('module ids', () => {
  it('names one module per chunk and reads the ids back', () => {
    expect(chunkModuleId('details', 3)).toBe('virtual:talks/details/3')
    expect(parseChunkModuleId(chunkModuleId('details', 3))).toEqual({ kind: 'details', n: 3 })
    expect(parseChunkModuleId(chunkModuleId('profiles'))).toEqual({ kind: 'profiles', n: 0 })
    expect(parseChunkModuleId('virtual:talks/other')).toBeUndefined()
    expect(isTalksModule(TALKS_MODULE) && isTalksModule(chunkModuleId('aliases')) && !isTalksModule('virtual:other')).toBe(true)
  })
})

describe('moduleSource', () => {
  const { index, bodies } = collectionOf({ 'a.md': talk(['title = "A"', 'date = "2020-01-01"', 'aliases = ["/__proto__/"]']) })
  const payload = encodePayload(index, bodies)

  it('emits data as JSON.parse of a string, with one lazy import per chunk', () => {
    const src = moduleSource('virtual:talks', payload)!
    expect(src).toMatch(/^export default JSON\.parse\("/)
    expect(src).toContain(`import("virtual:talks/summaries/0")`)
    expect(src).toContain(`import("virtual:talks/details/0")`)
    expect(src).not.toContain('virtual:talks/details/1')
  })

  it('serves each chunk, an empty one past the end, and nothing for unknown ids', () => {
    const load = (id: string) => {
      const src = moduleSource(id, payload)
      return src === undefined ? undefined : JSON.parse(JSON.parse(src.slice('export default JSON.parse('.length, src.lastIndexOf(')'))))
    }
    expect(load('virtual:talks/details/0')[0].slug).toBe('a')
    expect(load('virtual:talks/details/7')).toEqual([])
    expect(Object.keys(load('virtual:talks/aliases'))).toEqual(['__proto__'])
    expect(load('virtual:talks/other')).toBeUndefined()
  })
})
