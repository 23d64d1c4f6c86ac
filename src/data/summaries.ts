// Card summaries, in chunks by timeline position: the first page's come with the app, the others when
// a card needs them. (The search has bodies and abstracts of its own: search/pack.ts.)
import first, { loadSummaries } from 'virtual:talks'
import { announce } from './data-version.ts'
import type { TalkRow } from './wire.ts'

const SIZE = first.chunks.summarySize

const cache: (string | undefined)[] = []
first.first.pos.forEach((pos, i) => (cache[pos] = first.first.summaries[i]))
const chunks = new Map<number, Promise<string[]>>()

function summaryChunk(n: number): Promise<string[]> {
  let p = chunks.get(n)
  if (!p) {
    p = loadSummaries(n).then((items) => {
      items.forEach((s, i) => (cache[n * SIZE + i] = s))
      announce()
      return items
    })
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

/** Loads the summaries of the given talks (only the chunks not loaded yet). */
export async function ensureSummaries(talks: readonly Pick<TalkRow, 'pos'>[]): Promise<void> {
  const needed = new Set(talks.filter((t) => cache[t.pos] === undefined).map((t) => Math.floor(t.pos / SIZE)))
  await Promise.all([...needed].map(summaryChunk))
}
