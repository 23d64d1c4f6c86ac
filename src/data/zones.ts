// Turns a talk's calendar date and written time slot into real instants. Zone abbreviations are
// mapped to the region people mean, so "PST" in October is Pacific *local* time (PDT), as attendees read it.
import type { TimeSlot } from './types.ts'

const ZONES: Record<string, string> = {
  UTC: 'UTC', GMT: 'UTC', Z: 'UTC',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', MEZ: 'Europe/Berlin',
  WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon', BST: 'Europe/London',
  EET: 'Europe/Athens', EEST: 'Europe/Athens', MSK: 'Europe/Moscow',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', PT: 'America/Los_Angeles',
  MST: 'America/Denver', MDT: 'America/Denver', MT: 'America/Denver',
  CST: 'America/Chicago', CDT: 'America/Chicago', CT: 'America/Chicago',
  EST: 'America/New_York', EDT: 'America/New_York', ET: 'America/New_York',
  BRT: 'America/Sao_Paulo', IST: 'Asia/Kolkata', SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong',
  JST: 'Asia/Tokyo', KST: 'Asia/Seoul', AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
}

/** Offset of a zone from UTC, in minutes, at a given instant. */
const formats = new Map<string, Intl.DateTimeFormat>()

// Creating a DateTimeFormat is costly (6% of a 10,000-talk prerender): one per zone.
function formatIn(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone)
  if (!f) formats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })))
  return f
}

export function offsetMinutes(zone: string, instant: number): number {
  const parts = formatIn(zone).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - instant) / 60_000)
}

/** A fixed offset written as "UTC+2", "GMT-05:30" or "+0200", in minutes; undefined otherwise. */
function fixedOffset(zone: string): number | undefined {
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone)
  if (!m) return undefined
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0))
}

// Instants by "date time zone": a build asks for each talk's slot once per row it writes (a talk
// page's related rows repeat talks), and each answer costs four Intl calls (~1 s at 10,000 talks).
const instants = new Map<string, number | undefined>()

/** The UTC instant of a wall-clock time in a zone; undefined when the zone is unknown. */
export function wallTimeToUtc(date: string, time: string, zone: string): number | undefined {
  const key = `${date} ${time} ${zone}`
  if (instants.has(key)) return instants.get(key)
  const utc = computeWallTimeToUtc(date, time, zone)
  instants.set(key, utc)
  return utc
}

function computeWallTimeToUtc(date: string, time: string, zone: string): number | undefined {
  const [y, mo, d] = date.split('-').map(Number)
  const [h, mi] = time.split(':').map(Number)
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!)
  const fixed = fixedOffset(zone)
  if (fixed !== undefined) return wall - fixed * 60_000
  const iana = ZONES[zone]
  if (!iana) return undefined
  // Two passes settle the offset across a daylight-saving change.
  let utc = wall - offsetMinutes(iana, wall) * 60_000
  utc = wall - offsetMinutes(iana, utc) * 60_000
  return utc
}

export interface Timing {
  kind: 'utc' | 'floating' | 'all-day'
  /** Start and end in ms: real UTC instants for 'utc', wall-clock-as-UTC for 'floating'. */
  start: number
  end: number
}

/** When a talk happens: exact when the slot and zone are known, wall-clock without a zone, else all day. */
export function timingOf(date: string, slot: TimeSlot | undefined): Timing {
  const [y, mo, d] = date.split('-').map(Number)
  const day = Date.UTC(y!, mo! - 1, d!)
  if (!slot?.start) return { kind: 'all-day', start: day, end: day + 86_400_000 }
  const toMs = (t: string) => (slot.zone ? wallTimeToUtc(date, t, slot.zone) : undefined)
  let start = toMs(slot.start)
  const kind = start === undefined ? 'floating' : 'utc'
  const wall = (t: string) => day + (Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))) * 60_000
  start ??= wall(slot.start)
  let end = slot.end ? (toMs(slot.end) ?? wall(slot.end)) : start + 3_600_000
  // "11:55am - 12:30am": an am/pm slip; read the end twelve hours later, else on the next day.
  if (end <= start) end += end + 12 * 3_600_000 > start ? 12 * 3_600_000 : 24 * 3_600_000
  return { kind, start, end }
}

/**
 * A slot in a known zone, compactly for the talk list: [minutes from the date's 00:00 UTC to the
 * start, minutes long, the written zone's UTC offset then]. Undefined without a start or a known zone.
 */
export function zonedSlot(date: string, slot: TimeSlot | undefined): [number, number, number] | undefined {
  const timing = timingOf(date, slot)
  if (timing.kind !== 'utc' || !slot?.start) return undefined
  const [y, mo, d] = date.split('-').map(Number)
  const day = Date.UTC(y!, mo! - 1, d!)
  const wall = day + (Number(slot.start.slice(0, 2)) * 60 + Number(slot.start.slice(3, 5))) * 60_000
  return [(timing.start - day) / 60_000, (timing.end - timing.start) / 60_000, (wall - timing.start) / 60_000]
}
