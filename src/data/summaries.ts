// Card summaries, in chunks by timeline position: the first page's come with the app, the others when
// a card needs them. (The search has bodies and abstracts of its own: search/pack.ts.)
import first, { loadSummaries } from 'virtual:talks'
import { announce } from './data-version.ts'
import type { TalkRow } from './wire.ts'

const SIZE = first.chunks.summarySize

const cache: (string | undefined)[] = []
first.first.pos.forEach((pos, i) => (cache[pos] = first.first.summaries[i]))
const chunks = new Map<number, Promise<string[]>>()

/** `quietly`: no view is waiting for it (a prefetch), so none is told to read again. */
function summaryChunk(n: number, quietly = false): Promise<string[]> {
  let p = chunks.get(n)
  if (!p) {
    p = loadSummaries(n).then((items) => {
      items.forEach((s, i) => (cache[n * SIZE + i] = s))
      if (!quietly) announce()
      return items
    })
    // A chunk that failed (offline) is asked for again next time.
    p.catch(() => chunks.delete(n))
    chunks.set(n, p)
  }
  return p
}

/** A talk's summary if it is loaded (synchronous, for rendering). */
export function summaryOf(talk: Pick<TalkRow, 'pos'>): string | undefined {
  return cache[talk.pos]
}

/** Summaries that came with a page (a talk page's related talks). */
export function addSummaries(pos: readonly number[], summaries: readonly string[]): void {
  pos.forEach((p, i) => (cache[p] ??= summaries[i]))
}

/** A summary that changed (a dev edit). */
export function replaceSummary(pos: number, summary: string): void {
  cache[pos] = summary
}

/** Dev: a talk came in at (a summary) or went from (none) `pos`; the summaries after it move with their talks. */
export function spliceSummary(pos: number, summary?: string): void {
  if (summary === undefined) cache.splice(pos, 1)
  else cache.splice(pos, 0, summary)
}

/** Whether every summary of chunk `n` is already here (the first page's come with the app). */
function chunkKnown(n: number): boolean {
  for (let pos = n * SIZE; pos < Math.min(first.total, (n + 1) * SIZE); pos++) if (cache[pos] === undefined) return false
  return true
}

/** Chunks fetched at a time by the prefetch. */
const PARALLEL = 2

/**
 * Every summary, a chunk at a time, once someone is about to search: a result's cards then show
 * their summaries in the keystroke's own render, never a placeholder, then a fetch, then a second
 * render (the tail of typing latency at 10,000 talks). Loaded alongside the bodies the search
 * fetches at the same moment; a chunk a card asked for first is not fetched twice.
 */
export async function prefetchSummaries(): Promise<void> {
  const queue = Array.from({ length: Math.ceil(first.total / SIZE) }, (_, n) => n).filter((n) => !chunkKnown(n))
  const next = async (): Promise<void> => {
    const n = queue.shift()
    if (n === undefined) return
    await summaryChunk(n, true).catch(() => undefined)
    return next()
  }
  await Promise.all(Array.from({ length: PARALLEL }, next))
}

/** Loads the summaries of the given talks (only the chunks not loaded yet). */
export async function ensureSummaries(talks: readonly Pick<TalkRow, 'pos'>[]): Promise<void> {
  const needed = new Set(talks.filter((t) => cache[t.pos] === undefined).map((t) => Math.floor(t.pos / SIZE)))
  await Promise.all([...needed].map((n) => summaryChunk(n)))
}
