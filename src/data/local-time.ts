// A talk's time as the reader lives it: their own clock when their zone differs from the written
// one, and how soon an upcoming talk is. Pure (the zone, locale and now are passed in), so the
// views compute it after load and tests pin it down. Runtime-neutral: Intl only.
import { offsetMinutes } from './zones.ts'

export interface Zoned {
  /** UTC instants, in ms. */
  start: number
  end: number
  /** The written zone's offset from UTC at the start, in minutes. */
  offset: number
}

/** A talk row's slot (wire column `zoned`) as instants. */
export function zonedOf(talk: { date: string; zoned?: readonly [number, number, number] }): Zoned | undefined {
  if (!talk.zoned) return undefined
  const [y, m, d] = talk.date.split('-').map(Number)
  const start = Date.UTC(y!, m! - 1, d!) + talk.zoned[0] * 60_000
  return { start, end: start + talk.zoned[1] * 60_000, offset: talk.zoned[2] }
}

export interface Viewer {
  /** IANA zone ("America/New_York"). */
  zone: string
  /** undefined: the reader's own locale. */
  locale?: string
  now: number
}

const formats = new Map<string, Intl.DateTimeFormat>()
function format(locale: string | undefined, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone })))
  return f
}

/** "2024-03-05": the calendar date of an instant in a zone. */
function dayIn(zone: string, instant: number): string {
  return format('en-CA', zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000

/** The reader's clock differs from the written zone's at the talk's start. */
export function zoneDiffers(z: Zoned, viewer: Viewer): boolean {
  return offsetMinutes(viewer.zone, z.start) !== z.offset
}

/** "10:30 – 11:00 AM", with the day ("Sun, Feb 7, 12:30 – 1:00 AM") when it is not the talk's date. */
export function localRange(z: Zoned, date: string, viewer: Viewer): string {
  const sameDay = dayIn(viewer.zone, z.start) === date
  const options: Intl.DateTimeFormatOptions = sameDay ? { hour: 'numeric', minute: '2-digit' } : { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }
  return format(viewer.locale, viewer.zone, options).formatRange(z.start, z.end)
}

/** The reader's time of a talk, when it differs from the written one: "10:30 – 11:00 AM your time". */
export function yourTime(talk: { date: string; zoned?: readonly [number, number, number] }, viewer: Viewer): string | undefined {
  const z = zonedOf(talk)
  return z && zoneDiffers(z, viewer) ? `${localRange(z, talk.date, viewer)} your time` : undefined
}

function inUnits(days: number, locale: string | undefined): string {
  const rtf = new Intl.RelativeTimeFormat(locale ?? 'en', { numeric: 'auto' })
  if (days < 14) return rtf.format(days, 'day')
  if (days < 60) return rtf.format(Math.round(days / 7), 'week')
  if (days < 730) return rtf.format(Math.round(days / 30.44), 'month')
  return rtf.format(Math.round(days / 365.25), 'year')
}

/**
 * How soon a talk is, for talks still ahead: "live now", "today at 5:00 PM", "tomorrow at 9:00 AM",
 * "in 3 days", "in 5 weeks". A talk without a known instant counts by its date ("today", "in 3 days").
 * Undefined once it is over.
 */
export function howSoon(talk: { date: string; zoned?: readonly [number, number, number] }, viewer: Viewer): string | undefined {
  const z = zonedOf(talk)
  const today = dayNumber(dayIn(viewer.zone, viewer.now))
  if (!z) {
    const days = dayNumber(talk.date) - today
    return days < 0 ? undefined : days < 2 ? (days === 0 ? 'today' : 'tomorrow') : inUnits(days, viewer.locale)
  }
  if (viewer.now >= z.end) return undefined
  if (viewer.now >= z.start) return 'live now'
  const days = dayNumber(dayIn(viewer.zone, z.start)) - today
  const at = format(viewer.locale, viewer.zone, { hour: 'numeric', minute: '2-digit' }).format(z.start)
  if (days === 0) return `today at ${at}`
  if (days === 1) return `tomorrow at ${at}`
  return inUnits(days, viewer.locale)
}
