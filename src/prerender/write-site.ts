// Writes the generated files besides pages into dist/: feeds, sitemap, robots, the calendars of
// every talk, speaker, tag and year (joined from the per-talk ones) and a redirect page per Hugo alias.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SiteSettings } from '../data/site-settings.ts'
import type { Talk, TalkIndex } from '../data/types.ts'
import type { PageMeta } from './pages.ts'
import { aliasRedirects, redirectPage } from './redirects.ts'
import { siteFiles } from './site-files.ts'

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** `calendars`: each talk's calendar text, in talk order, as the workers wrote them. */
export function writeSiteFiles(index: TalkIndex, pages: PageMeta[], site: SiteSettings, outDir: string, calendars: string[]): void {
  const written = new Map<Talk, string>(index.talks.map((t, i) => [t, calendars[i]!]))
  const files = siteFiles(index, pages, site, (t) => written.get(t)!)
  // The workers wrote the per-talk calendars already.
  for (const [path, produce] of files) if (!path.startsWith('calendar/')) write(join(outDir, path), produce())
  for (const { from, to } of aliasRedirects(index, site)) {
    // An alias never replaces a page or a file the site already has.
    if (!existsSync(join(outDir, from)) && !files.has(from)) write(join(outDir, from, 'index.html'), redirectPage(to))
  }
}
