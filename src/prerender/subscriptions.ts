// The feeds and calendars per speaker, tag and year (paths and titles: src/data/subscriptions.ts).
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import { feedPath, subjectPage, subjectTitle, type Subject } from '../data/subscriptions.ts'
import { tagSlug, tagsOf } from '../data/tags.ts'
import type { Talk, TalkIndex } from '../data/types.ts'
import type { FeedOptions } from './feed.ts'

export interface SubjectTalks {
  subject: Subject
  /** Newest first, as the index holds them. */
  talks: Talk[]
}

/** Every subject with at least one talk: speakers, then tags, then years (newest first). */
export function subjectsOf(index: TalkIndex): SubjectTalks[] {
  const out: SubjectTalks[] = []
  const bySpeaker = new Map<string, Talk[]>()
  const byTag = new Map<string, Talk[]>()
  const byYear = new Map<number, Talk[]>()
  const push = <K>(map: Map<K, Talk[]>, key: K, t: Talk) => (map.get(key) ?? map.set(key, []).get(key)!).push(t)
  for (const t of index.talks) {
    for (const s of t.speakers) push(bySpeaker, s, t)
    for (const slug of new Set(t.tags.map(tagSlug))) if (slug) push(byTag, slug, t)
    push(byYear, t.year, t)
  }
  for (const s of index.speakers) {
    const talks = bySpeaker.get(s.slug)
    if (talks) out.push({ subject: { kind: 'speaker', slug: s.slug, name: s.name }, talks })
  }
  for (const tag of tagsOf(index.talks)) out.push({ subject: { kind: 'tag', slug: tag.slug, name: tag.name }, talks: byTag.get(tag.slug)! })
  for (const [year, talks] of [...byYear].sort((a, b) => b[0] - a[0])) out.push({ subject: { kind: 'year', year }, talks })
  return out
}

/** What the feed writer needs to title and link a subject's feed. */
export function subjectFeed({ subject, talks }: SubjectTalks, site: SiteSettings): FeedOptions {
  return {
    talks,
    title: `${subjectTitle(subject)} · ${site.title}`,
    self: feedPath(subject),
    page: absoluteUrl(site, subjectPage(subject)),
  }
}
