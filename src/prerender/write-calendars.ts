// Writes one .ics file per talk, in the prerender workers; the texts come back so the all-talks
// calendar is assembled without building events twice.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Speaker, Talk } from '../data/types.ts'
import type { SiteSettings } from '../data/site-settings.ts'
import { calendarOf } from './calendar.ts'

export function writeCalendars(talks: Talk[], speakers: Speaker[], site: SiteSettings, outDir: string): string[] {
  const dir = join(outDir, 'calendar')
  mkdirSync(dir, { recursive: true })
  return talks.map((t) => {
    const text = calendarOf([t], { speakers }, site)
    writeFileSync(join(dir, `${t.slug}.ics`), text)
    return text
  })
}
