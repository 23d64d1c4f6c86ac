// @vitest-environment node
// The .ics calendars, read back with ical.js as a calendar app would, and the time zone rules behind them.
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import { calendarOf } from '../../src/prerender/calendar.ts'
import { timingOf, wallTimeToUtc } from '../../src/data/zones.ts'
import { bundledIndex, CHEETAH, CHEETAH_SLUG, EDGE_SLUG, makeIndex, makeTalk, PLUGGABLE_SLUG, SITE, SITE_ROOT, talkOf } from './fixtures.ts'

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c)
    return { uid: e.uid, summary: e.summary, start: e.startDate, end: e.endDate, url: String(c.getFirstPropertyValue('url')), description: e.description }
  })
}

/** "2022-02-06T15:30:00Z" (UTC), "2022-02-06T16:30:00" (floating) or "2022-02-06" (a date). */
const written = (t: ICAL.Time) => t.toString()

describe('talks.ics from the bundled talks', () => {
  const index = bundledIndex()
  const all = events(calendarOf(index.talks, index, SITE))
  const bySlug = (slug: string) => all.find((e) => e.url === `${SITE_ROOT}talks/${slug}`)!

  it('has one event per talk, each with its own UID, title and absolute page URL', () => {
    expect(all).toHaveLength(5)
    expect(new Set(all.map((e) => e.uid)).size).toBe(5)
    expect(all.map((e) => e.summary)).toEqual(index.talks.map((t) => t.title))
    expect(all.map((e) => e.url)).toEqual(index.talks.map((t) => `${SITE_ROOT}talks/${t.slug}`))
    expect(bySlug(CHEETAH_SLUG).summary).toBe(CHEETAH)
    expect(bySlug(CHEETAH_SLUG).description).toContain('Speakers: Chris Tomkins, Nathan Skrzypczak')
  })

  it('"4:30pm - 5:00pm CET" on 2022-02-06 is 15:30–16:00 UTC', () => {
    const e = bySlug(CHEETAH_SLUG)
    expect(written(e.start)).toBe('2022-02-06T15:30:00Z')
    expect(written(e.end)).toBe('2022-02-06T16:00:00Z')
    expect(e.start.toJSDate().toISOString()).toBe('2022-02-06T15:30:00.000Z')
  })

  it('"11:20am - 11:50am PST" on 2021-10-12 is 18:20 UTC: Pacific daylight time then', () => {
    const e = bySlug(EDGE_SLUG)
    expect(written(e.start)).toBe('2021-10-12T18:20:00Z')
    expect(written(e.end)).toBe('2021-10-12T18:50:00Z')
  })

  it('"11:55am - 12:30am PST" ends 35 minutes later, not the night before', () => {
    const e = bySlug(PLUGGABLE_SLUG)
    expect(written(e.start)).toBe('2021-10-15T18:55:00Z')
    expect(written(e.end)).toBe('2021-10-15T19:30:00Z')
  })

  it('a talk’s own calendar holds that talk only', () => {
    const talk = talkOf(index, CHEETAH_SLUG)
    const one = events(calendarOf([talk], index, SITE))
    expect(one).toHaveLength(1)
    expect(one[0]!.uid).toBe(bySlug(CHEETAH_SLUG).uid)
  })
})

describe('talks without an exact time', () => {
  const savedTz = process.env.TZ
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ
    else process.env.TZ = savedTz
  })

  it('no time slot: an all-day event (DTSTART;VALUE=DATE)', () => {
    const talk = makeTalk({ slug: 'no-slot', date: '2022-02-06' })
    const ics = calendarOf([talk], makeIndex([talk]), SITE)
    expect(ics).toContain('DTSTART;VALUE=DATE:20220206')
    const [e] = events(ics)
    expect(e!.start.isDate).toBe(true)
    expect(written(e!.start)).toBe('2022-02-06')
    expect(written(e!.end)).toBe('2022-02-07')
  })

  it('a slot with a written-but-unknown zone: floating local time, as written', () => {
    const talk = makeTalk({ slug: 'mystery-zone', date: '2022-02-06', timeSlot: { text: '4:30pm - 5:00pm XYZ', start: '16:30', end: '17:00', zone: 'XYZ' } })
    const ics = calendarOf([talk], makeIndex([talk]), SITE)
    expect(ics).toMatch(/^DTSTART:20220206T163000\r?$/m)
    const [e] = events(ics)
    expect(e!.start.isDate).toBe(false)
    expect(e!.start.zone?.tzid).toBe('floating')
    expect(written(e!.start)).toBe('2022-02-06T16:30:00')
    expect(written(e!.end)).toBe('2022-02-06T17:00:00')
  })

  it('floating times do not depend on the build machine’s zone (even in its DST gap)', () => {
    // 02:30 on 2021-03-28 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    process.env.TZ = 'Europe/Berlin'
    const talk = makeTalk({ slug: 'night', date: '2021-03-28', timeSlot: { text: '2:30am - 3:00am', start: '02:30', end: '03:00' } })
    const [e] = events(calendarOf([talk], makeIndex([talk]), SITE))
    expect(written(e!.start)).toBe('2021-03-28T02:30:00')
    expect(written(e!.end)).toBe('2021-03-28T03:00:00')
  })

  it('titles with commas, semicolons and new lines survive the calendar format', () => {
    const title = 'eBPF, XDP; and VPP: a "fast" path\\ for all'
    const talk = makeTalk({ slug: 'odd', date: '2022-02-06', title, summary: 'Line one,\nline two; done.' })
    const [e] = events(calendarOf([talk], makeIndex([talk]), SITE))
    expect(e!.summary).toBe(title)
    expect(e!.description).toContain('Line one,\nline two; done.')
  })
})

describe('zones', () => {
  it('maps abbreviations to the region’s local time on that date', () => {
    expect(new Date(wallTimeToUtc('2022-02-06', '16:30', 'CET')!).toISOString()).toBe('2022-02-06T15:30:00.000Z')
    // "CET" in summer is read as Berlin's local (summer) time, as attendees mean it.
    expect(new Date(wallTimeToUtc('2022-07-06', '16:30', 'CET')!).toISOString()).toBe('2022-07-06T14:30:00.000Z')
    expect(new Date(wallTimeToUtc('2021-12-12', '11:20', 'PST')!).toISOString()).toBe('2021-12-12T19:20:00.000Z')
  })

  it('reads fixed offsets and leaves unknown zones undecided', () => {
    expect(new Date(wallTimeToUtc('2022-02-06', '16:30', 'UTC+2')!).toISOString()).toBe('2022-02-06T14:30:00.000Z')
    expect(new Date(wallTimeToUtc('2022-02-06', '16:30', 'GMT-05:30')!).toISOString()).toBe('2022-02-06T22:00:00.000Z')
    expect(wallTimeToUtc('2022-02-06', '16:30', 'XYZ')).toBeUndefined()
  })

  it('gives a slot without an end one hour', () => {
    const t = timingOf('2022-02-06', { text: '4:30pm CET', start: '16:30', zone: 'CET' })
    expect(t.kind).toBe('utc')
    expect(t.end - t.start).toBe(3_600_000)
  })
})
