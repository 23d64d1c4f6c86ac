// The generated files besides pages (feeds, calendars, sitemap, robots), by URL path. The
// prerenderer writes them to dist/; in dev the same map is served, so links work there too.
import { calendarPath, feedPath, subjectTitle } from '../data/subscriptions.ts'
import type { Talk, TalkIndex } from '../data/types.ts'
import type { SiteSettings } from '../data/site-settings.ts'
import { calendarOf, joinCalendars } from './calendar.ts'
import { feedOf } from './feed.ts'
import type { PageMeta } from './pages.ts'
import { robotsOf, sitemapOf } from './sitemap.ts'
import { subjectFeed, subjectsOf } from './subscriptions.ts'

export const CONTENT_TYPES: Record<string, string> = {
  xml: 'application/xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
}

/**
 * Path (under the base, no leading slash) → lazily produced file text. `calendarOfTalk` gives a
 * talk's one-event calendar: the build passes the texts its workers wrote, so the larger calendars
 * are joined from them instead of building every event again.
 */
export function siteFiles(index: TalkIndex, pages: PageMeta[], site: SiteSettings, calendarOfTalk?: (talk: Talk) => string): Map<string, () => string> {
  const one = calendarOfTalk ?? ((t: Talk) => calendarOf([t], index, site))
  const files = new Map<string, () => string>([
    ['feed.xml', () => feedOf(index, site)],
    ['talks.ics', () => joinCalendars(index.talks.map(one), site.title)],
    ['sitemap.xml', () => sitemapOf(pages, site)],
    ['robots.txt', () => robotsOf(site)],
  ])
  for (const t of index.talks) files.set(`calendar/${t.slug}.ics`, () => one(t))
  for (const entry of subjectsOf(index)) {
    files.set(feedPath(entry.subject).slice(1), () => feedOf(index, site, subjectFeed(entry, site)))
    files.set(calendarPath(entry.subject).slice(1), () => joinCalendars(entry.talks.map(one), `${subjectTitle(entry.subject)} · ${site.title}`))
  }
  return files
}
