import { useNavigate, useSearch } from '@tanstack/react-router'
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { browse, parseBrowseSearch, type BrowseSearch } from '../../data/browse.ts'
import { allSpeakers, allTalks, dataVersion, ensureAllSummaries, searchTalks } from '../../data/index.ts'

const data = { talks: allTalks, speakers: allSpeakers, search: searchTalks }

/** How long typing rests before the query is written to the address bar. */
const URL_DELAY_MS = 200

/** The home page's state from the URL, and a way to change it (replacing history while typing). */
export function useBrowse() {
  // The router lays validateSearch's result over the raw params, so a value it dropped
  // (`?year=abc`) would still come through: validate again here.
  const raw = useSearch({ from: '/' })
  const urlParams = useMemo(() => parseBrowseSearch(raw), [raw])
  const navigate = useNavigate({ from: '/' })
  // While typing, the query lives here and reaches the URL a moment later: a router navigation
  // per keystroke would cost more than the search itself. Back/forward still wins (below).
  const [typed, setTyped] = useState(urlParams.q)
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined)
  const typedRef = useRef(typed)
  typedRef.current = typed
  useEffect(() => {
    if (pending.current === undefined) setTyped(urlParams.q)
  }, [urlParams.q])
  useEffect(() => () => clearTimeout(pending.current), [])
  const params = useMemo(() => ({ ...urlParams, q: typed }), [urlParams, typed])
  if (!params.q) delete params.q
  // Results follow a deferred copy of the params, so the input never waits for them.
  const deferred = useDeferredValue(params)
  // Abstracts load in chunks; each arrival can add search matches, so results follow the data version.
  const version = useSyncExternalStore(dataVersion.subscribe, dataVersion.get, dataVersion.get)
  useEffect(() => {
    if (params.q) void ensureAllSummaries()
  }, [params.q])
  // Only a search can change with them; filtering alone must not re-render every card per chunk.
  const searchVersion = deferred.q ? version : 0
  const result = useMemo(() => browse(data, deferred), [deferred, searchVersion])
  const update = useCallback(
    (patch: Partial<BrowseSearch>, options: { replace?: boolean } = {}) => {
      // Typing still on its way to the URL goes with this change (an explicit q overrides it).
      if (pending.current !== undefined) {
        clearTimeout(pending.current)
        pending.current = undefined
        patch = { q: typedRef.current, ...patch }
      }
      if ('q' in patch) setTyped(patch.q)
      return navigate({
        search: (prev: BrowseSearch) => {
          const next: BrowseSearch = { ...prev, ...patch }
          for (const k of Object.keys(next) as (keyof BrowseSearch)[]) if (next[k] === undefined || next[k] === '') delete next[k]
          return next
        },
        replace: options.replace ?? false,
        resetScroll: false,
      })
    },
    [navigate],
  )
  const typeQuery = useCallback(
    (q: string) => {
      const next = parseBrowseSearch({ q }).q
      setTyped(next)
      typedRef.current = next
      clearTimeout(pending.current)
      pending.current = setTimeout(() => {
        pending.current = undefined
        void update({ q: next }, { replace: true })
      }, URL_DELAY_MS)
    },
    [update],
  )
  return { params, result, update, typeQuery, total: allTalks.length, stale: deferred !== params }
}
