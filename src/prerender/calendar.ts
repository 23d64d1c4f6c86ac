// iCalendar files (built with ical-generator): one per talk and one with every talk. Times are exact
// (UTC) when the slot's zone is known, floating (as written) when not, all-day without a slot.
import ical, { type ICalCalendar } from 'ical-generator'
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import type { Speaker, Talk, TalkIndex } from '../data/types.ts'
import { timingOf } from '../data/zones.ts'

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
  const speakers = new Map(index.speakers.map((s) => [s.slug, s]))
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

/** One calendar holding the events of several one-event calendars (header of the first). */
export function joinCalendars(calendars: string[], fallback: string): string {
  const first = calendars[0] ?? fallback
  const header = first.slice(0, first.indexOf('BEGIN:VEVENT') >= 0 ? first.indexOf('BEGIN:VEVENT') : first.indexOf('END:VCALENDAR'))
  const events = calendars.map(eventBlock).filter(Boolean)
  return `${header}${events.map((e) => `${e}\r\n`).join('')}END:VCALENDAR\r\n`
}
