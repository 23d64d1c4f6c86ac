// Every page the static site has, with what link previews and crawlers should see of it.
import { titleOf } from '../data/page-title.ts'
import type { SiteSettings } from '../data/site-settings.ts'
import { calendarPath, feedPath, subjectTitle, type Subject } from '../data/subscriptions.ts'
import type { TalkIndex } from '../data/types.ts'

export interface PageMeta {
  /** Route path without the base ("/", "/talks/x"). */
  path: string
  title: string
  description: string
  /** Public path or absolute URL of the preview image. */
  image: string
  type: 'website' | 'article' | 'profile'
  /** The calendar this page links to (path under the base). */
  calendar?: string
  /** A feed of its own besides the site's (a speaker's), for feed readers to discover. */
  feed?: { title: string; path: string }
  /** A page of the reader's own (their list): no use to crawlers, left out of the sitemap. */
  personal?: boolean
  /** The data files its route fetches as it starts (paths under the base), preloaded from the head. */
  data?: string[]
  /** The HTTP status its route must render with: 404 for the not-found page, else 200. */
  status: 200 | 404
}

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text)

export function pagesOf(index: TalkIndex, site: SiteSettings): PageMeta[] {
  const speakers = new Map(index.speakers.map((s) => [s.slug, s]))
  const pages: PageMeta[] = [
    { path: '/', title: titleOf({ kind: 'home' }, site.title), description: site.description, image: site.image, type: 'website', calendar: '/talks.ics', status: 200 },
    { path: '/speakers', title: titleOf({ kind: 'speakers' }, site.title), description: `${index.speakers.length} speakers of ${site.title}.`, image: site.image, type: 'website', status: 200 },
  ]
  for (const t of index.talks) {
    const names = t.speakers.map((s) => speakers.get(s)?.name).filter(Boolean).join(', ')
    pages.push({
      path: `/talks/${t.slug}`,
      title: titleOf({ kind: 'talk', title: t.title }, site.title),
      description: clip(t.summary || `${t.title}${names ? ` by ${names}` : ''}`),
      image: t.previewImage ?? site.image,
      type: 'article',
      calendar: `/calendar/${t.slug}.ics`,
      status: 200,
    })
  }
  for (const s of index.speakers) {
    const role = [s.role, s.org].filter(Boolean).join(' @ ')
    const subject: Subject = { kind: 'speaker', slug: s.slug, name: s.name }
    const feeds = s.talks.length ? { feed: { title: subjectTitle(subject), path: feedPath(subject) }, calendar: calendarPath(subject) } : {}
    pages.push({
      ...feeds,
      path: `/speakers/${s.slug}`,
      title: titleOf({ kind: 'speaker', name: s.name }, site.title),
      description: clip(s.bio || `${s.name}${role ? `, ${role}` : ''}: ${s.talks.length} talk${s.talks.length === 1 ? '' : 's'}.`),
      image: s.image ?? site.image,
      type: 'profile',
      status: 200,
    })
  }
  pages.push({ path: '/list', title: titleOf({ kind: 'list' }, site.title), description: 'The talks you keep, in this browser.', image: site.image, type: 'website', personal: true, status: 200 })
  return pages
}

/** The page written to 404.html, which static hosts serve for unknown paths. */
export function notFoundPage(site: SiteSettings): PageMeta {
  return { path: '/404', title: titleOf({ kind: 'not-found' }, site.title), description: site.description, image: site.image, type: 'website', status: 404 }
}
