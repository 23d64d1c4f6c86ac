// Spreads the prerendering over every core: the work is CPU-bound and each page is independent.
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { runWorkerOnce } from '../compiler/worker-thread.ts'
import { pageShares } from './page-shares.ts'
import type { Share } from './worker.ts'

/** Below this many pages per thread, starting a thread costs more than it saves. */
const PAGES_PER_THREAD = 200

/**
 * Rendering makes many short-lived objects: with V8's default young generation
 * (~48 MB) a worker spent 10–12 % of its time in scavenges at 10,000 talks, with 128 MB about 5 %.
 */
const YOUNG_GENERATION_MB = 128

const runWorker = (workerFile: string, share: Share) => runWorkerOnce<string[]>(workerFile, share, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB })

/** Renders every page and per-talk calendar of `work`; returns the calendars' texts in talk order. */
export async function renderAll(workerFile: string, work: Share): Promise<string[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(work.pages.length / PAGES_PER_THREAD))
  if (threads <= 1) {
    // Each build's bundle is in a folder of its own (server-bundle.ts): its URL is fresh already.
    const worker = (await import(pathToFileURL(workerFile).href)) as { renderShare(share: Share): Promise<string[]> }
    return worker.renderShare(work)
  }
  const share = <T>(items: T[], i: number) => items.filter((_, j) => j % threads === i)
  const pages = pageShares(work.pages, threads)
  const parts = await Promise.all(Array.from({ length: threads }, (_, i) => runWorker(workerFile, { ...work, pages: pages[i]!, talks: share(work.talks, i) })))
  return work.talks.map((_, j) => parts[j % threads]![Math.floor(j / threads)]!)
}
