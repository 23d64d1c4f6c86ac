// Time slots as people write them ("4:30pm - 5:00pm CET", "11:30 - 12:30pm", "13:05pm"): kept as
// written, with the start, end and zone parsed when possible.
import type { TimeSlot } from '../data/types.ts'

function clock(h: string, min: string | undefined, ampm: string | undefined): string | undefined {
  let hour = Number(h)
  const minute = Number(min ?? 0)
  if (minute > 59 || hour > 23) return undefined
  const suffix = ampm?.toLowerCase()
  // "13:05pm" is a 24-hour time with a stray suffix: take the hour as written.
  if (suffix === 'pm' && hour < 12) hour += 12
  if (suffix === 'am' && hour === 12) hour = 0
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

const SLOT = /^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?\s*(?:-|–|—|to|until)\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?\s*(?:\(?\s*([A-Za-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\s*\)?)?$/i

const CLOCK = /^(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2})?\s*([ap]\.?m\.?)?$/i

/** One time of day as written ("10:00", "9.30", "2pm", "10:00:00", "4:30 PM") → "HH:MM", 24-hour. */
export function clockOf(text: string): string | undefined {
  const m = CLOCK.exec(text.trim())
  if (!m || (m[2] === undefined && !m[3])) return undefined
  return clock(m[1]!, m[2], m[3]?.replace(/\./g, ''))
}

export function parseTimeSlot(text: string): TimeSlot {
  const slot: TimeSlot = { text }
  // Spaces are collapsed first: on long runs of them the pattern's optional parts backtrack cubically.
  const m = SLOT.exec(text.trim().replace(/\s+/g, ' '))
  if (!m) return slot
  const strip = (s?: string) => s?.replace(/\./g, '')
  // "4:30 - 5:00pm": a missing suffix on the start borrows the end's, unless the start comes later
  // on the 12-hour dial, where 12 is 0 ("11:30 - 12:30pm" starts at 11:30 in the morning).
  const endSuffix = strip(m[6])
  const start = clock(m[1]!, m[2], strip(m[3]) ?? (Number(m[1]) % 12 <= Number(m[4]) % 12 ? endSuffix : undefined))
  const end = clock(m[4]!, m[5], endSuffix)
  if (start) slot.start = start
  if (end) slot.end = end
  if (m[7]) slot.zone = m[7].toUpperCase()
  return slot
}
