import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useEffect, useMemo } from 'react'
import { browse } from '../../data/browse.ts'
import { allSpeakers, totalTalks, yearFacets } from '../../data/catalog.ts'
import { cardMatches, prepareSearch, talkQuery, talksOf } from '../../data/search-service.ts'
import type { BrowseSearch } from '../../data/search-params.ts'
import { useSearchResult } from '../search/useSearch.ts'
import { useCatalog } from '../ui/useCatalog.ts'

const route = getRouteApi('/')
const NONE: readonly never[] = []

/** The home page's state from the URL, and a way to change it (replacing history while typing). */
export function useBrowse() {
  const params = route.useSearch()
  const navigate = route.useNavigate()
  const { talks, complete } = useCatalog()
  // A query from the address (a reload, a shared link) loads the full text as typing would.
  useEffect(() => {
    if (params.q) void prepareSearch()
  }, [params.q])
  // The engine answers in the search worker; until a new query's answer is in, the last one shows, dimmed.
  const search = useSearchResult(params.q ? talkQuery(params.q) : undefined)
  const found = search.result ? talksOf(search.result) : NONE
  const result = useMemo(
    () => browse({ talks, speakers: allSpeakers(), search: () => found, ...(complete ? {} : { yearFacets }) }, params),
    [params, found, talks, complete],
  )
  const matches = useMemo(() => (search.result ? cardMatches(search.result) : undefined), [search.result])
  const update = useCallback(
    (patch: Partial<BrowseSearch>, options: { replace?: boolean } = {}) =>
      navigate({
        search: (prev: BrowseSearch) => {
          const next: BrowseSearch = { ...prev, ...patch }
          for (const k of Object.keys(next) as (keyof BrowseSearch)[]) if (next[k] === undefined || next[k] === '') delete next[k]
          return next
        },
        replace: options.replace ?? false,
        resetScroll: false,
      }),
    [navigate],
  )
  return { params, result, matches, update, total: totalTalks, complete, stale: search.stale }
}
