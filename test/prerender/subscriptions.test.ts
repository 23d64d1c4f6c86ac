// @vitest-environment node
// Feeds and calendars per speaker, tag and year, read back as a feed reader (fast-xml-parser) and a
// calendar app (ical.js) would read them, through the same file map the build writes and dev serves.
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarOf, joinCalendars } from '../../src/prerender/calendar.ts'
import { pagesOf } from '../../src/prerender/pages.ts'
import { renderHead } from '../../src/prerender/head.ts'
import { siteFiles } from '../../src/prerender/site-files.ts'
import { subjectsOf } from '../../src/prerender/subscriptions.ts'
import { bundledIndex, makeIndex, makeSpeaker, makeTalk, SITE, SITE_ROOT } from './fixtures.ts'

const index = makeIndex(
  [
    makeTalk({ slug: 'mesh', date: '2023-03-01', title: 'Meshes, meshes; meshes', speakers: ['ann'], tags: ['Service Mesh', 'Kubernetes'], timeSlot: { text: '4:30pm - 5:00pm CET', start: '16:30', end: '17:00', zone: 'CET' } }),
    makeTalk({ slug: 'ebpf', date: '2022-06-01', speakers: ['bob'], tags: ['eBPF', 'kubernetes'] }),
    makeTalk({ slug: 'ops', date: '2022-01-10', speakers: ['ann', 'bob'], tags: ['KUBERNETES', 'Réseaux'] }),
    makeTalk({ slug: 'rust', date: '2021-05-05', speakers: ['cy'], tags: ['!!!'] }),
  ],
  [makeSpeaker('ann', 'Ann Archer', ['mesh', 'ops']), makeSpeaker('bob', 'Bob, "the" Builder; Jr', ['ebpf', 'ops']), makeSpeaker('cy', 'Cy Chen', ['rust'])],
)
const files = siteFiles(index, pagesOf(index, SITE), SITE)
const file = (path: string) => {
  const produce = files.get(path)
  if (!produce) throw new Error(`no file ${path}; have ${[...files.keys()].filter((k) => k.startsWith('feeds/')).join(', ')}`)
  return produce()
}

// Calendar apps read X-WR-CALNAME as TEXT (RFC 5545's default for X- properties, escapes and all);
// ical.js leaves unknown properties raw unless told.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' }

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) })
function feed(xml: string) {
  const { feed: f } = parser.parse(xml) as { feed: { id: string; title: string; link: { '@_href': string; '@_rel': string }[]; entry?: { id: string }[] } }
  return { id: f.id, title: f.title, links: Object.fromEntries(f.link.map((l) => [l['@_rel'], l['@_href']])), entries: (f.entry ?? []).map((e) => e.id) }
}
function calendar(ics: string) {
  const c = new ICAL.Component(ICAL.parse(ics))
  return { name: String(c.getFirstPropertyValue('x-wr-calname')), urls: c.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('url'))) }
}
const talkUrl = (slug: string) => `${SITE_ROOT}talks/${slug}`

describe('a feed and a calendar per speaker, tag and year', () => {
  it('are written for every subject with talks, and for nothing else', () => {
    const feeds = [...files.keys()].filter((k) => k.startsWith('feeds/')).sort()
    expect(feeds).toEqual(
      ['speaker/ann', 'speaker/bob', 'speaker/cy', 'tag/ebpf', 'tag/kubernetes', 'tag/réseaux', 'tag/service-mesh', 'year/2021', 'year/2022', 'year/2023']
        .flatMap((k) => [`feeds/${k}.ics`, `feeds/${k}.xml`])
        .sort(),
    )
  })

  it('a speaker’s feed holds their talks only, newest first, titled and linked to their page', () => {
    const f = feed(file('feeds/speaker/ann.xml'))
    expect(f.title).toBe('Ann Archer’s talks · Talkshelf')
    expect(f.entries).toEqual([talkUrl('mesh'), talkUrl('ops')])
    expect(f.id).toBe(`${SITE_ROOT}feeds/speaker/ann.xml`)
    expect(f.links).toEqual({ self: `${SITE_ROOT}feeds/speaker/ann.xml`, alternate: `${SITE_ROOT}speakers/ann` })
  })

  it('a tag’s feed gathers every spelling of the tag and links to the filtered list', () => {
    const f = feed(file('feeds/tag/kubernetes.xml'))
    expect(f.title).toBe('Talks on Kubernetes · Talkshelf')
    expect(f.entries).toEqual([talkUrl('mesh'), talkUrl('ebpf'), talkUrl('ops')])
    expect(f.links.alternate).toBe(`${SITE_ROOT}?tag=kubernetes`)
    expect(feed(file('feeds/year/2022.xml')).entries).toEqual([talkUrl('ebpf'), talkUrl('ops')])
  })

  it('calendars parse, carry their name (commas and semicolons escaped) and the same talks', () => {
    expect(calendar(file('feeds/tag/kubernetes.ics'))).toEqual({ name: 'Talks on Kubernetes · Talkshelf', urls: [talkUrl('mesh'), talkUrl('ebpf'), talkUrl('ops')] })
    expect(calendar(file('feeds/speaker/bob.ics'))).toEqual({ name: 'Bob, "the" Builder; Jr’s talks · Talkshelf', urls: [talkUrl('ebpf'), talkUrl('ops')] })
    expect(calendar(file('feeds/year/2021.ics')).urls).toEqual([talkUrl('rust')])
    const e = new ICAL.Event(new ICAL.Component(ICAL.parse(file('feeds/tag/service-mesh.ics'))).getFirstSubcomponent('vevent')!)
    expect(e.summary).toBe('Meshes, meshes; meshes')
    expect(e.startDate.toString()).toBe('2023-03-01T15:30:00Z')
  })

  it('a long or non-ASCII calendar name is folded at 75 octets and reads back whole', () => {
    const name = `${'Über-lange Überschrift, mit Kommas; '.repeat(6)}Ende`
    const ics = joinCalendars([calendarOf(index.talks.slice(0, 1), index, SITE)], name)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(calendar(ics).name).toBe(name)
  })

  it('the site calendar, joined from the per-talk ones, holds every talk', () => {
    expect(calendar(file('talks.ics'))).toEqual({ name: 'Talkshelf', urls: index.talks.map((t) => talkUrl(t.slug)) })
  })

  it('speaker pages announce their feed and calendar to feed readers', () => {
    const page = pagesOf(index, SITE).find((p) => p.path === '/speakers/ann')!
    const head = renderHead(page, SITE)
    expect(head).toContain(`<link rel="alternate" type="application/atom+xml" title="Ann Archer’s talks" href="${SITE_ROOT}feeds/speaker/ann.xml" />`)
    expect(head).toContain(`<link rel="alternate" type="text/calendar" title="Calendar" href="${SITE_ROOT}feeds/speaker/ann.ics" />`)
  })

  it('the bundled talks: one per speaker and year (they carry no tags)', () => {
    const subjects = subjectsOf(bundledIndex()).map((s) => (s.subject.kind === 'year' ? `year/${s.subject.year}` : `${s.subject.kind}/${s.subject.slug}`))
    expect(subjects).toEqual(['speaker/aloys-augustin', 'speaker/casey-davenport', 'speaker/chris-tomkins', 'speaker/nathan-skrzypczak', 'year/2023', 'year/2022', 'year/2021'])
  })
})
