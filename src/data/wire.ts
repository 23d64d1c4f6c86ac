// Splits the compiled collection into what the browser loads: a small eager list (rows for cards,
// filters and title search) and lazily loaded chunks (summaries, talk details with bodies,
// speaker profiles, aliases). At 10,000 talks the eager part stays within the page's budget.
import { BADGES } from './badges.ts'
import { registrationLink } from './registration.ts'
import type { Badge, ListPayload, Speaker, SpeakerProfile, Talk, TalkDetail, TalkIndex } from './types.ts'

export const SUMMARY_CHUNK_SIZE = 250
export const DETAIL_CHUNK_SIZE = 50


function sameSite(a: string, b: string | undefined): boolean {
  return !!b && new URL(a).host === new URL(b).host
}

export function badgesOf(talk: Talk): Badge[] {
  const out: Badge[] = []
  if (talk.video && talk.video.kind !== 'external') out.push('Video')
  // A "video" link that is really the event's page (FOSDEM's schedule pages, say) is not a
  // recording of its own: the "Event page" badge already says it.
  else if (talk.video && !sameSite(talk.video.url, talk.links.event)) out.push('Recording')
  if (talk.slides.some((s) => s.kind !== 'pptx')) out.push('Slides')
  if (talk.slides.some((s) => s.kind === 'pptx')) out.push('PPT')
  if (talk.links.event) out.push('Event page')
  return out
}

function badgeBits(talk: Talk): number {
  return badgesOf(talk).reduce((bits, b) => bits | (1 << BADGES.indexOf(b)), 0)
}

export interface ClientPayload {
  list: ListPayload
  summaries: string[][]
  details: TalkDetail[][]
  profiles: SpeakerProfile[]
  aliases: Record<string, string>
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

function profileOf(s: Speaker): SpeakerProfile {
  return { slug: s.slug, bio: s.bio, bioHtml: s.bioHtml, links: s.links, variants: s.variants }
}

/** Talks on or after this date (a day's margin for time zones) may still be upcoming for readers. */
function upcomingFrom(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10)
}

export function clientPayload(index: TalkIndex, bodies: Map<string, string>, now = new Date()): ClientPayload {
  const soon = upcomingFrom(now)
  const speakerPos = new Map(index.speakers.map((s, i) => [s.slug, i]))
  const list: ListPayload = {
    rows: index.talks.map((t) => {
      const row: ListPayload['rows'][number] = [t.slug, t.title, t.date, t.timeSlot?.text ?? '', t.speakers.map((s) => speakerPos.get(s)!), t.event ?? '', t.previewImage ?? '', badgeBits(t), t.tags]
      const cta = t.date >= soon ? registrationLink(t) : undefined
      if (cta) row.push(cta)
      return row
    }),
    speakers: index.speakers.map(({ slug, name, role, org, image }) => ({ slug, name, role, org, image })),
    summaryChunkSize: SUMMARY_CHUNK_SIZE,
    detailChunkSize: DETAIL_CHUNK_SIZE,
  }
  return {
    list,
    summaries: chunk(index.talks.map((t) => t.summary), SUMMARY_CHUNK_SIZE),
    details: chunk(index.talks.map((t) => ({ ...t, html: bodies.get(t.slug) ?? '' })), DETAIL_CHUNK_SIZE),
    profiles: index.speakers.map(profileOf),
    aliases: index.aliases,
  }
}
