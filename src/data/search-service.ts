// Talk search over the whole archive: it needs the complete list and every summary, which it loads
// the first time someone searches.
import { catalogComplete, loadCatalog, loadedTalks, speakerBySlug, talkBySlug } from './catalog.ts'
import { onSummaries } from './summaries.ts'
import { TalkSearch, type SearchHit } from './search/talk-search.ts'
import type { TalkRow } from './wire.ts'

export type { SearchHit } from './search/talk-search.ts'

let searcher: TalkSearch | undefined

/** Fuzzy search, best first, over titles, speakers, events and tags, and abstracts once loaded. */
export function searchTalks(query: string): SearchHit[] {
  if (!catalogComplete()) return []
  if (!searcher) {
    const s = new TalkSearch(loadedTalks(), { get: speakerBySlug })
    onSummaries((first, items) => s.addSummaries(first, items))
    searcher = s
  }
  return searcher.search(query)
}

/** Loads what search needs (the whole list; summaries stream in as they come). */
export function prepareSearch(): Promise<void> {
  return loadCatalog()
}

/**
 * Talks close to some text that found nothing as a whole (a query, a mistyped address): the best
 * hits of each of its words, in order, without repeats.
 */
export function closestTalks(text: string, limit: number): TalkRow[] {
  const seen = new Set<string>()
  for (const word of text.split(/\s+/).filter(Boolean)) for (const hit of searchTalks(word).slice(0, limit)) seen.add(hit.slug)
  return [...seen]
    .slice(0, limit)
    .map((slug) => talkBySlug(slug))
    .filter((t): t is TalkRow => !!t)
}
