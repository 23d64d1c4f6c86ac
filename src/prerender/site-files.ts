// The generated files besides pages (feed, calendars, sitemap, robots), by URL path. The
// prerenderer writes them to dist/; in dev the same map is served, so links work there too.
import type { TalkIndex } from '../data/types.ts'
import type { SiteSettings } from '../data/site-settings.ts'
import { calendarOf } from './calendar.ts'
import { feedOf } from './feed.ts'
import type { PageMeta } from './pages.ts'
import { robotsOf, sitemapOf } from './sitemap.ts'

export const CONTENT_TYPES: Record<string, string> = {
  xml: 'application/xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
}

/** Path (under the base, no leading slash) → lazily produced file text. */
export function siteFiles(index: TalkIndex, pages: PageMeta[], site: SiteSettings): Map<string, () => string> {
  const files = new Map<string, () => string>([
    ['feed.xml', () => feedOf(index, site)],
    ['talks.ics', () => calendarOf(index.talks, index, site)],
    ['sitemap.xml', () => sitemapOf(pages, site)],
    ['robots.txt', () => robotsOf(site)],
  ])
  for (const t of index.talks) files.set(`calendar/${t.slug}.ics`, () => calendarOf([t], index, site))
  return files
}
