// iCalendar files (built with the `ics` library): one per talk and one with every talk.
import { createEvents, type DateArray, type EventAttributes } from 'ics'
import type { Speaker, Talk, TalkIndex } from '../data/types.ts'
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import { timingOf } from '../data/zones.ts'

function dateArray(ms: number, withTime: boolean): DateArray {
  const d = new Date(ms)
  const date: DateArray = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
  return withTime ? [...date, d.getUTCHours(), d.getUTCMinutes()] as DateArray : date
}

/**
 * A floating iCalendar time ("20220206T163000", no zone) from wall-clock-as-UTC ms. Written by hand
 * because `ics` reads 'local' times through the build machine's zone, which moves a time that falls
 * in that zone's daylight-saving gap; a string passes through it untouched.
 */
function floatingStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')
}

function eventOf(talk: Talk, speakers: Map<string, Speaker>, site: SiteSettings): EventAttributes {
  const timing = timingOf(talk.date, talk.timeSlot)
  const url = absoluteUrl(site, `/talks/${talk.slug}`)
  const names = talk.speakers.map((s) => speakers.get(s)?.name).filter(Boolean).join(', ')
  const description = [names && `Speakers: ${names}`, talk.summary, url].filter(Boolean).join('\n\n')
  const base = {
    uid: `${talk.slug}@${new URL(site.url).host}`,
    title: talk.title,
    description,
    url,
    productId: 'talkshelf',
    ...(talk.links.event ? { location: talk.links.event } : {}),
  }
  if (timing.kind === 'all-day') return { ...base, start: dateArray(timing.start, false), end: dateArray(timing.end, false) }
  if (timing.kind === 'floating') return { ...base, start: floatingStamp(timing.start), end: floatingStamp(timing.end) }
  return { ...base, start: dateArray(timing.start, true), end: dateArray(timing.end, true), startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' }
}

export function calendarOf(talks: Talk[], index: Pick<TalkIndex, 'speakers'>, site: SiteSettings): string {
  const speakers = new Map(index.speakers.map((s) => [s.slug, s]))
  const { error, value } = createEvents(talks.map((t) => eventOf(t, speakers, site)), { calName: site.title })
  if (error || !value) throw new Error(`Could not write the calendar: ${error?.message ?? 'no output'}`)
  return value
}

/** The VEVENT block of a one-event calendar, to assemble larger calendars without rebuilding events. */
function eventBlock(calendar: string): string {
  const start = calendar.indexOf('BEGIN:VEVENT')
  const end = calendar.lastIndexOf('END:VEVENT')
  return start < 0 || end < 0 ? '' : calendar.slice(start, end + 'END:VEVENT'.length)
}

/** RFC 5545 TEXT: backslash, comma, semicolon and newlines escaped (`ics` leaves X-WR-CALNAME as is). */
function icsText(text: string): string {
  return text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
}

/** A content line folded at 75 octets, as RFC 5545 asks, without splitting a UTF-8 character. */
function folded(line: string): string {
  const parts: string[] = []
  let part = ''
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch)
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(part)
      part = ''
      octets = 0
    }
    part += ch
    octets += size
  }
  parts.push(part)
  return parts.join('\r\n ')
}

/** The lines before the events, as `ics` writes them for an event of ours, under the given name. */
function calendarHeader(name: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:talkshelf', 'METHOD:PUBLISH', folded(`X-WR-CALNAME:${icsText(name)}`), 'X-PUBLISHED-TTL:PT1H']
  return lines.map((l) => `${l}\r\n`).join('')
}

/** One calendar named `name` holding the events of several one-event calendars. */
export function joinCalendars(calendars: string[], name: string): string {
  const events = calendars.map(eventBlock).filter(Boolean)
  return `${calendarHeader(name)}${events.map((e) => `${e}\r\n`).join('')}END:VCALENDAR\r\n`
}
