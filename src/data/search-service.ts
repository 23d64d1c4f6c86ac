// Talk search as the views ask it: the search box's query (every word must match, with passages of
// the bodies that matched) and the closest talks to some text (any word), answered by the engine
// (search-client.ts) and read back as talk rows.
import { loadedTalks } from './catalog.ts'
import type { SearchRequest, SearchResult } from './search/talk-search.ts'
import type { TalkRow } from './wire.ts'

export { prepareSearch, requestSearch, searchFor, searchResult, subscribeSearch, fullTextProgress } from './search-client.ts'
export type { SearchResult } from './search/talk-search.ts'

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

const matchesOf = new WeakMap<SearchResult, Map<number, CardMatch>>()
/** Each result's card match, by timeline position. */
export function cardMatches(result: SearchResult): Map<number, CardMatch> {
  let m = matchesOf.get(result)
  if (!m) {
    const plain: CardMatch = { tokens: result.tokens }
    const snippets = new Map(result.snippets)
    m = new Map([...result.docs].map((pos) => [pos, snippets.has(pos) ? { tokens: result.tokens, snippet: snippets.get(pos)! } : plain]))
    matchesOf.set(result, m)
  }
  return m
}
