import type { LabelledLink, Talk } from '../../data/types.ts'

/** The link that lets a reader sign up for or attend a talk: a "Register" button, else the event page. */
export function registrationLink(talk: Talk): LabelledLink | undefined {
  const register = talk.buttons.find((b) => /regist|sign.?up|rsvp|ticket/i.test(b.label))
  if (register) return register
  return talk.links.event ? { label: 'Event page', url: talk.links.event } : undefined
}
