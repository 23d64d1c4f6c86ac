import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { closestQuery, fullTextProgress, prepareSearch, requestSearch, searchResult, subscribeSearch, talksOf, type SearchResult } from '../../data/search-service.ts'
import type { SearchRequest } from '../../data/search/talk-search.ts'
import type { TalkRow } from '../../data/wire.ts'

/**
 * The answer to a search, kept up to date; while a new query's answer is on its way, the last one,
 * marked stale. Nothing on the server (no engine runs there).
 */
export function useSearchResult(request: SearchRequest | undefined): { result?: SearchResult; stale: boolean } {
  const key = request && JSON.stringify(request)
  // An answer re-renders the page as a transition, so a keystroke arriving meanwhile is never held up by it.
  const [, answered] = useState(0)
  useEffect(() => {
    if (request) requestSearch(request)
    return subscribeSearch(() => startTransition(() => answered((n) => n + 1)))
  }, [key]) // the request is what its key says
  const current = request ? searchResult(request) : undefined
  const last = useRef<SearchResult | undefined>(undefined)
  if (current) last.current = current
  return current ? { result: current, stale: false } : { result: request ? last.current : undefined, stale: !!request }
}

/**
 * Talks close to some text (any of its words), for pages that found nothing, and whether the answer
 * is still on its way (a page can keep room for it). It does not load the bodies itself: a 404 page need not.
 */
export function useClosestTalks(text: string | undefined, limit: number): { talks: TalkRow[]; pending: boolean } {
  useEffect(() => {
    if (text) void prepareSearch(false)
  }, [text])
  const { result, stale } = useSearchResult(text ? closestQuery(text, limit) : undefined)
  const answered = !!result && !stale
  return { talks: answered ? talksOf(result) : [], pending: !!text && !answered }
}

/** Whether every talk's body is indexed (the search box starts loading them on first use). */
export function useFullTextReady(): boolean {
  return useSyncExternalStore(
    subscribeSearch,
    () => {
      const { bodies, total } = fullTextProgress()
      return bodies >= total
    },
    () => false,
  )
}
