// Talk search over the whole archive: it needs the complete list, which it loads the first time
// someone searches, and the bodies, which follow in chunks.
import { loadSearch } from 'virtual:talks'
import first from 'virtual:talks'
import { catalogComplete, loadCatalog, loadedTalks, speakerBySlug, talkBySlug } from './catalog.ts'
import { announce } from './data-version.ts'
import { markRanges } from './search/marks.ts'
import { TalkSearch, type DocFields } from './search/talk-search.ts'
import { summaryOf } from './summaries.ts'
import type { TalkRow } from './wire.ts'

export interface SearchHit {
  slug: string
  /** Character ranges [start, end] (inclusive) to highlight, per field. */
  ranges: Partial<Record<'title' | 'summary', [number, number][]>>
}

let searcher: TalkSearch | undefined
let texts: Promise<void> | undefined

function docFields(t: TalkRow): DocFields {
  const people = t.speakers.map((s) => speakerBySlug(s)).map((s) => (s ? [s.name, s.org].filter(Boolean).join(' ') : '')).join(' · ')
  return [t.title, people, [t.event, ...t.tags].filter(Boolean).join(' · ')]
}

/** Fuzzy search, best first, over titles, speakers, tags and events, and bodies once loaded. */
export function searchTalks(query: string): SearchHit[] {
  if (!catalogComplete()) return []
  if (!searcher) {
    searcher = new TalkSearch()
    searcher.addDocs(0, loadedTalks().map(docFields))
  }
  const result = searcher.search({ query })
  const rows = loadedTalks()
  return [...result.docs].map((pos) => {
    const t = rows[pos]!
    return { slug: t.slug, ranges: { title: markRanges(t.title, result.tokens), summary: markRanges(summaryOf(t) ?? '', result.tokens) } }
  })
}

/** Loads what search needs (the whole list; bodies stream in as they come). */
export function prepareSearch(): Promise<void> {
  texts ??= loadCatalog().then(async () => {
    for (let n = 0; n < first.chunks.search; n++) {
      const chunk = await loadSearch(n)
      searchTalks('')
      searcher?.addTexts(n * first.chunks.searchSize, chunk)
      announce()
    }
  })
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
