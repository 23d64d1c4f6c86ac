// A prerender worker: renders its share of the pages and per-talk calendars. Built by Vite into the
// server bundle next to the server entry (see server-bundle.ts), then run in a worker thread, or
// in-process when the site is small.
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { SiteSettings } from '../data/site-settings.ts'
import type { Speaker, Talk } from '../data/types.ts'
import type { PageMeta } from './pages.ts'
import type { PageStyles } from './page-styles.ts'
import type { ServerEntry } from './render-contract.ts'
import { renderPagesTo } from './render-pages.ts'
import { writeCalendars } from './write-calendars.ts'

export interface Share {
  /** file: URL of the built server entry. */
  entry: string
  pages: PageMeta[]
  talks: Talk[]
  speakers: Speaker[]
  template: string
  /** The stylesheets to inline a share of in each page, and the policy. */
  styles: PageStyles
  site: SiteSettings
  outDir: string
}

/** Renders the pages and writes the calendars of a share; returns the calendars' texts in talk order. */
export async function renderShare(share: Share): Promise<string[]> {
  const entry = (await import(share.entry)) as ServerEntry
  await renderPagesTo(entry, share.pages, share.template, share.styles, share.site, share.outDir)
  return writeCalendars(share.talks, share.speakers, share.site, share.outDir)
}

// Started as a worker thread: do the share given, hand back the calendars. An error rejects the
// promise, which Node reports to the parent as the worker's 'error' event.
if (!isMainThread && parentPort) {
  const port = parentPort
  void renderShare(workerData as Share).then((calendars) => port.postMessage(calendars))
}
