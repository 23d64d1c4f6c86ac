// Calendar dates as written: "2023-02-05", a TOML date, or the date part of a date-time (ISO, or with
// a month name as Hugo reads them: date-text.ts). Never shifted through UTC ("2023-12-31T23:30-05:00"
// is 2023-12-31, as its author meant).
import { isoOfNamedDate } from './date-text.ts'

/** A date value's text in ISO form ("YYYY-MM-DD…"), with a zone abbreviation it named ("PST"). */
function isoText(value: unknown): { text: string; zone?: string } | undefined {
  // smol-toml's TomlDate keeps the text as written (offset included) in toISOString().
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { text: value.toISOString() }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^\d{4}-/.test(text)) return { text }
  const named = isoOfNamedDate(text)
  return named && { text: named.iso, ...(named.zone ? { zone: named.zone } : {}) }
}

/** "YYYY-MM-DD" of a TOML date or a date string, exactly as written; 'invalid' if impossible. */
export function calendarDate(value: unknown): string | 'invalid' {
  const text = isoText(value)?.text
  if (!text) return 'invalid'
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(text)
  if (!m) return 'invalid'
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return 'invalid'
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export interface DateTime {
  /** "YYYY-MM-DD" as written. */
  date: string
  /** "HH:MM", when the value has a time of day. */
  time?: string
  /** "UTC" for Z, else the offset as written ("-07:00"), when the value has one. */
  zone?: string
}

const DATE_TIME = /^\d{4}-\d{1,2}-\d{1,2}[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Seconds past the minute ("12:04:22", "10:55:15.159Z") are a machine's stamp: the moment `hugo new`
 * or a CMS made the file, which sits in `date` of many sites. No talk is set for 12:04:22.
 */
const stamped = (seconds: string | undefined) => seconds !== undefined && Number(seconds) !== 0

/** A date or an ISO date-time (with or without an offset): the calendar date as written, and the time and zone when given. */
export function dateTimeOf(value: unknown): DateTime | 'invalid' {
  const date = calendarDate(value)
  if (date === 'invalid') return date
  // smol-toml's dates keep their text in toISOString(): "2023-12-31", or with the time and offset as written.
  const { text, zone: named } = isoText(value)!
  const m = DATE_TIME.exec(text)
  if (!m) return { date }
  const [hour, minute] = [Number(m[1]), Number(m[2])]
  if (hour > 23 || minute > 59) return 'invalid'
  if (stamped(m[3])) return { date }
  const time = `${String(hour).padStart(2, '0')}:${m[2]}`
  const written = m[4]
  const offset = written && written.toUpperCase() !== 'Z' ? (written.length === 5 ? `${written.slice(0, 3)}:${written.slice(3)}` : written) : undefined
  const zone = written ? (offset === undefined || /^[+-]00:00$/.test(offset) ? 'UTC' : offset) : named
  return { date, time, ...(zone ? { zone } : {}) }
}

/** "HH:MM" plus minutes, on a 24-hour clock (wrapping past midnight). */
export function addMinutes(time: string, minutes: number): string {
  const total = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + Math.round(minutes)) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}
