// The link that lets a reader sign up for or attend a talk: a "Register"-like button, else the event page.
import type { LabelledLink, Talk } from './types.ts'

export function registrationLink(talk: Pick<Talk, 'buttons' | 'links'>): LabelledLink | undefined {
  const register = talk.buttons.find((b) => /regist|sign.?up|rsvp|ticket/i.test(b.label))
  if (register) return register
  return talk.links.event ? { label: 'Event page', url: talk.links.event } : undefined
}
