import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react'
import { browse } from '../../data/browse.ts'
import { allSpeakers, totalTalks, yearFacets } from '../../data/catalog.ts'
import { dataVersion } from '../../data/data-version.ts'
import { searchTalks } from '../../data/search-service.ts'
import type { BrowseSearch } from '../../data/search-params.ts'
import { ensureAllSummaries } from '../../data/summaries.ts'
import { useCatalog } from '../ui/useCatalog.ts'

const route = getRouteApi('/')

/** The home page's state from the URL, and a way to change it (replacing history while typing). */
export function useBrowse() {
  const params = route.useSearch()
  const navigate = route.useNavigate()
  // Typing stays responsive: results follow a deferred copy of the params.
  const deferred = useDeferredValue(params)
  // Abstracts load in chunks; each arrival can add search matches, so results follow the data version.
  const version = useSyncExternalStore(dataVersion.subscribe, dataVersion.get, dataVersion.get)
  const { talks, complete } = useCatalog()
  useEffect(() => {
    if (params.q) void ensureAllSummaries()
  }, [params.q])
  // Only a search can change with them; filtering alone must not re-render every card per chunk.
  const searchVersion = deferred.q ? version : 0
  const result = useMemo(
    () => browse({ talks, speakers: allSpeakers(), search: searchTalks, ...(complete ? {} : { yearFacets }) }, deferred),
    [deferred, searchVersion, talks, complete],
  )
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
  return { params, result, update, total: totalTalks, complete, stale: deferred !== params }
}
