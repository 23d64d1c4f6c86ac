// Writes the generated files besides pages into dist/: feeds, sitemap, robots, the calendars of
// every talk, speaker, tag and year (joined from the per-talk ones) and a redirect page per Hugo alias.
// In two steps, so the files that need no calendar are written while the workers render the pages
// (the main thread is idle then), and the rest once the workers hand back the talks' calendars.
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

const isCalendar = (path: string) => path.endsWith('.ics')

export interface SiteWriter {
  /** Writes the calendars and the redirects; `calendars`: each talk's calendar text, in talk order, as the workers wrote them. */
  finish(calendars: string[]): void
}

/** Writes every file that needs no calendar now (feeds, sitemap, robots); the rest on `finish`. */
export function startSiteFiles(index: TalkIndex, pages: PageMeta[], site: SiteSettings, outDir: string): SiteWriter {
  let written: Map<Talk, string> | undefined
  const files = siteFiles(index, pages, site, (t) => written!.get(t)!)
  for (const [path, produce] of files) if (!isCalendar(path)) write(join(outDir, path), produce())
  return {
    finish(calendars) {
      written = new Map(index.talks.map((t, i) => [t, calendars[i]!]))
      // The workers wrote the per-talk calendars already.
      for (const [path, produce] of files) if (isCalendar(path) && !path.startsWith('calendar/')) write(join(outDir, path), produce())
      for (const { from, to } of aliasRedirects(index, site)) {
        // An alias never replaces a page or a file the site already has.
        if (!existsSync(join(outDir, from)) && !files.has(from)) write(join(outDir, from, 'index.html'), redirectPage(to))
      }
    },
  }
}
