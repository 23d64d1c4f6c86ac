// How the pages are dealt to the prerender workers: pages that read the same data file (a talk's
// details bucket, a speaker's profile bucket) go to the same worker, so each worker reads, parses
// and keeps only its part of the data. Dealt one page at a time, every worker read every bucket:
// at 10,000 talks 47 MB of JSON each, kept for the whole render (the app caches what it loaded).
import type { PageMeta } from './pages.ts'

/**
 * `pages` in `threads` shares of about equal size; a group of pages reading the same file stays
 * whole. Each share keeps the pages' order: what a page renders may depend on what the worker
 * loaded before it (the home page's speaker picker ranks the rows loaded), and the home page, first,
 * must render with nothing loaded, as the browser starts.
 */
export function pageShares<P extends Pick<PageMeta, 'data'>>(pages: readonly P[], threads: number): P[][] {
  const order = new Map(pages.map((p, i) => [p, i]))
  const groups = new Map<string, P[]>()
  for (const page of pages) {
    const key = page.data?.[0] ?? ''
    const group = groups.get(key)
    if (group) group.push(page)
    else groups.set(key, [page])
  }
  const shares: P[][] = Array.from({ length: threads }, () => [])
  // Largest groups first, each to the share with the fewest pages: shares end within a group's size.
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const smallest = shares.reduce((min, s) => (s.length < min.length ? s : min))
    smallest.push(...group)
  }
  return shares.map((s) => s.sort((a, b) => order.get(a)! - order.get(b)!))
}
