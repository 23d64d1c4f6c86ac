// iCalendar files (built with ical-generator): one per talk and one with every talk. Times are exact
// (UTC) when the slot's zone is known, floating (as written) when not, all-day without a slot.
import ical, { type ICalCalendar } from 'ical-generator'
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import type { Speaker, Talk, TalkIndex } from '../data/types.ts'
import { timingOf } from '../data/zones.ts'
import { speakerMapOf } from './speaker-map.ts'

function addEvent(calendar: ICalCalendar, talk: Talk, speakers: ReadonlyMap<string, Speaker>, site: SiteSettings): void {
  const timing = timingOf(talk.date, talk.timeSlot)
  const url = absoluteUrl(site, `/talks/${talk.slug}`)
  const names = talk.speakers.map((s) => speakers.get(s)?.name).filter(Boolean).join(', ')
  calendar.createEvent({
    id: `${talk.slug}@${new URL(site.url).host}`,
    summary: talk.title,
    description: [names && `Speakers: ${names}`, talk.summary, url].filter(Boolean).join('\n\n'),
    url,
    ...(talk.links.event ? { location: talk.links.event } : {}),
    // Wall-clock-as-UTC instants for floating and all-day events: written with UTC getters, so the
    // build machine's own zone (and its daylight-saving gaps) never moves them.
    start: new Date(timing.start),
    end: new Date(timing.end),
    allDay: timing.kind === 'all-day',
    floating: timing.kind === 'floating',
    stamp: new Date(`${talk.date}T00:00:00Z`),
  })
}

export function calendarOf(talks: Talk[], index: Pick<TalkIndex, 'speakers'>, site: SiteSettings): string {
  const speakers = speakerMapOf(index.speakers)
  const calendar = ical({ name: site.title, prodId: { company: 'talkshelf', product: 'talkshelf', language: 'EN' } })
  for (const t of talks) addEvent(calendar, t, speakers, site)
  return calendar.toString()
}

/** The VEVENT block of a one-event calendar, to assemble larger calendars without rebuilding events. */
function eventBlock(calendar: string): string {
  const start = calendar.indexOf('BEGIN:VEVENT')
  const end = calendar.lastIndexOf('END:VEVENT')
  return start < 0 || end < 0 ? '' : calendar.slice(start, end + 'END:VEVENT'.length)
}

/** RFC 5545 TEXT: backslash, comma, semicolon and newlines escaped. */
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

/** The lines before the events of a joined calendar, under its own name. */
function calendarHeader(name: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:-//talkshelf//talkshelf//EN', 'METHOD:PUBLISH', folded(`X-WR-CALNAME:${icsText(name)}`), 'X-PUBLISHED-TTL:PT1H']
  return lines.map((l) => `${l}\r\n`).join('')
}

/** One calendar named `name` holding the events of several one-event calendars. */
export function joinCalendars(calendars: string[], name: string): string {
  const events = calendars.map(eventBlock).filter(Boolean)
  return `${calendarHeader(name)}${events.map((e) => `${e}\r\n`).join('')}END:VCALENDAR\r\n`
}
