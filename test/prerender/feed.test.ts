// @vitest-environment node
// The Atom feed, read back with an XML parser as a feed reader would.
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { feedOf } from '../../src/prerender/feed.ts'
import { bundledIndex, CHEETAH, CHEETAH_SLUG, decodeEntities, makeIndex, makeSpeaker, makeTalk, SITE, SITE_ROOT } from './fixtures.ts'

interface Link {
  '@_href': string
  '@_rel'?: string
}
interface Text {
  '#text'?: string
  '@_type'?: string
}
interface Entry {
  id: string
  title: Text
  summary?: Text
  updated: string
  link: Link[]
  author: { name: string; uri: string }[]
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Text always as { '#text' } so the `type` attribute is never lost.
  alwaysCreateTextNode: true,
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
})

function parseFeed(xml: string) {
  const { feed } = parser.parse(xml) as { feed: { id: { '#text': string }; updated: { '#text': string }; link: Link[]; entry?: (Entry & Record<string, unknown>)[] } }
  const text = (node: unknown) => (node as { '#text'?: string })['#text'] ?? ''
  const entries = (feed.entry ?? []).map((e) => ({
    id: text(e.id),
    title: e.title,
    summary: e.summary,
    updated: text(e.updated),
    links: e.link,
    authors: (e.author ?? []).map((a) => ({ name: text(a.name), uri: text(a.uri) })),
  }))
  return { id: text(feed.id), updated: text(feed.updated), links: feed.link, entries }
}

/** What a reader shows for an Atom text construct: HTML is decoded and its markup rendered. */
function shownText(node: Text | undefined): string {
  const raw = node?.['#text'] ?? ''
  if (node?.['@_type'] !== 'html') return raw
  // Plain text must reach the reader escaped: any tag in it would be rendered as markup.
  if (/<[a-z/!]/i.test(raw)) return `(markup: ${raw})`
  return decodeEntities(raw)
}

const isAbsolute = (url: string) => /^https?:\/\//.test(url) && !!new URL(url)

describe('feed.xml', () => {
  const index = bundledIndex()
  const feed = parseFeed(feedOf(index, SITE))

  it('lists every talk, newest first, with its title', () => {
    expect(feed.entries).toHaveLength(5)
    const dates = feed.entries.map((e) => e.updated)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(feed.entries.map((e) => shownText(e.title))).toEqual(index.talks.map((t) => t.title))
    expect(shownText(feed.entries[1]!.title)).toBe(CHEETAH)
    expect(feed.entries[0]!.updated).toBe('2023-02-05T00:00:00.000Z')
    expect(feed.updated).toBe(feed.entries[0]!.updated)
  })

  it('links only to absolute URLs on the site and sub-path', () => {
    expect(feed.id).toBe(SITE_ROOT)
    expect(feed.links.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${SITE_ROOT}feed.xml`)
    for (const e of feed.entries) {
      for (const url of [e.id, ...e.links.map((l) => l['@_href']), ...e.authors.map((a) => a.uri)]) {
        expect(isAbsolute(url), url).toBe(true)
        expect(url.startsWith(SITE_ROOT), url).toBe(true)
      }
    }
    const cheetah = feed.entries[1]!
    expect(cheetah.id).toBe(`${SITE_ROOT}talks/${CHEETAH_SLUG}`)
    expect(cheetah.links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate')?.['@_href']).toBe(cheetah.id)
    expect(cheetah.links.find((l) => l['@_rel'] === 'enclosure')?.['@_href']).toBe(`${SITE_ROOT}img/webinars/video_2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.jpg`)
    expect(cheetah.authors).toEqual([
      { name: 'Chris Tomkins', uri: `${SITE_ROOT}speakers/chris-tomkins` },
      { name: 'Nathan Skrzypczak', uri: `${SITE_ROOT}speakers/nathan-skrzypczak` },
    ])
  })

  it('shows titles and summaries as written, even with markup-like text, quotes and "]]>"', () => {
    const title = 'Why <template> & "slots" beat ]]> hacks'
    const summary = 'Tags like <b>bold</b> stay text; so does a & b.'
    const xml = feedOf(makeIndex([makeTalk({ slug: 'odd', date: '2024-01-01', title, summary })]), SITE)
    const [entry] = parseFeed(xml).entries
    expect(shownText(entry!.title)).toBe(title)
    expect(shownText(entry!.summary)).toBe(summary)
  })

  it('keeps the newest 50 talks', () => {
    const day = (i: number) => `2020-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    const talks = Array.from({ length: 60 }, (_, i) => makeTalk({ slug: `t${i}`, date: day(i) }))
    const { entries } = parseFeed(feedOf(makeIndex(talks, [makeSpeaker('a', 'A')]), SITE))
    expect(entries).toHaveLength(50)
    expect(entries[0]!.id).toBe(`${SITE_ROOT}talks/t59`)
    expect(entries.map((e) => e.id)).not.toContain(`${SITE_ROOT}talks/t0`)
  })
})
