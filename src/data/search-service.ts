// Talk search as the views ask it: the search box's query (every word must match, with passages of
// the bodies that matched) and the closest talks to some text (any word), answered by the engine
// (search-client.ts) and read back as talk rows.
import { loadedTalks } from './catalog.ts'
import { prepareSearch } from './search-client.ts'
import type { SearchRequest, SearchResult } from './search/talk-search.ts'
import { prefetchSummaries } from './summaries.ts'
import type { TalkRow } from './wire.ts'

export { prepareSearch, requestSearch, searchFor, searchResult, subscribeSearch, fullTextProgress } from './search-client.ts'
export type { SearchResult } from './search/talk-search.ts'

/** Someone is about to type in the search box: every body for the engine, and every card summary for its results. */
export function prepareTyping(): void {
  void prepareSearch()
  void prefetchSummaries()
}

/** Body passages come with the first results; more are asked for as the list grows. */
export const SNIPPETS = 48

/** What the search box asks for a query. */
export function talkQuery(query: string, snippets = SNIPPETS): SearchRequest {
  return { query, snippets }
}

/** What "closest talks" asks for some text that found nothing as a whole (a query, a mistyped address). */
export function closestQuery(text: string, limit: number): SearchRequest {
  return { query: text, mode: 'any', limit }
}

/** Why a talk matched, for its card: the query's words to mark, and a passage of its body when it matched there. */
export interface CardMatch {
  tokens: readonly string[]
  snippet?: string
}

const rowsOf = new WeakMap<SearchResult, TalkRow[]>()
/** A result's talks, best first (computed once per result). */
export function talksOf(result: SearchResult): TalkRow[] {
  let rows = rowsOf.get(result)
  if (!rows) {
    const all = loadedTalks()
    rows = [...result.docs].map((pos) => all[pos]).filter((t): t is TalkRow => !!t)
    rowsOf.set(result, rows)
  }
  return rows
}

/** Each result's card match, by timeline position. */
export interface CardMatches {
  get(pos: number): CardMatch
}

const matchesOf = new WeakMap<SearchResult, CardMatches>()
/**
 * A result's card matches, made as cards ask (a two-letter query matches most of 50,000 talks; a
 * page shows 24): one shared match for the cards without a passage, one each for those with.
 */
export function cardMatches(result: SearchResult): CardMatches {
  let m = matchesOf.get(result)
  if (!m) {
    const plain: CardMatch = { tokens: result.tokens }
    const withPassage = new Map(result.snippets.map(([pos, snippet]): [number, CardMatch] => [pos, { tokens: result.tokens, snippet }]))
    m = { get: (pos) => withPassage.get(pos) ?? plain }
    matchesOf.set(result, m)
  }
  return m
}
