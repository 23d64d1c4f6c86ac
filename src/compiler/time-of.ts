// A talk's time slot from what the mapping found: the text as written when there is one (parsed as
// before), completed or replaced by the start, end and zone of date-time fields.
import type { TimeSlot } from '../data/types.ts'
import type { MappedTalk } from './config/schema.ts'
import { parseTimeSlot } from './time-slot.ts'

/** "-07:00" → "UTC-07:00"; abbreviations and "UTC" as they are. */
function zoneText(zone: string): string {
  return /^[+-]\d/.test(zone) ? `UTC${zone}` : zone
}

export function timeSlotOf(talk: Pick<MappedTalk, 'timeSlot' | 'start' | 'end' | 'zone'>): TimeSlot | undefined {
  const zone = talk.zone ? zoneText(talk.zone) : undefined
  if (talk.timeSlot) {
    const slot = parseTimeSlot(talk.timeSlot)
    // A slot written without a time ("Morning session") borrows the date-time fields' times.
    if (!slot.start && talk.start) return { ...slot, start: talk.start, ...(talk.end ? { end: talk.end } : {}), ...(zone ? { zone } : {}) }
    if (!slot.zone && zone && slot.start) return { ...slot, zone }
    return slot
  }
  if (!talk.start) return undefined
  const text = `${talk.start}${talk.end ? ` - ${talk.end}` : ''}${zone ? ` ${zone}` : ''}`
  return { text, start: talk.start, ...(talk.end ? { end: talk.end } : {}), ...(zone ? { zone } : {}) }
}
