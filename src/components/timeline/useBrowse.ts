import { getRouteApi } from '@tanstack/react-router'
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { browse } from '../../data/browse.ts'
import { allSpeakers, totalTalks, yearFacets } from '../../data/catalog.ts'
import { cardMatches, prepareTyping, searchFor, talkQuery, talksOf } from '../../data/search-service.ts'
import { normalQuery, type BrowseSearch } from '../../data/search-params.ts'
import { useSearchResult } from '../search/useSearch.ts'
import { useCatalog } from '../ui/useCatalog.ts'

const route = getRouteApi('/')
const NONE: readonly never[] = []
/** The address follows typing once it rests this long: a navigation per keystroke re-renders the whole page. */
const ADDRESS_MS = 250
/** A query not answered by then is shown anyway, its list dimmed until the answer comes. */
const ANSWER_MS = 150
/**
 * An answer with up to this many talks renders at once, in the task that received it (a
 * transition is sliced over several frames: ~10 ms later on a 10,000-talk archive); a larger one
 * as a transition, as counting its facets can take a long task (at 50,000 talks: 71 ms with every
 * answer at once, 55 ms with up to 10,000).
 */
const RENDER_AT_ONCE = 5_000

/** The home page's state from the URL, and a way to change it (replacing history while typing). */
export function useBrowse() {
  const routeParams = route.useSearch()
  const navigate = route.useNavigate()
  const { talks, complete } = useCatalog()
  // What is being typed, ahead of the address: results follow it at once, the URL when typing rests.
  const [typed, setTyped] = useState<string | undefined>()
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The query last typed: an answer (or the ANSWER_MS wait) for any other is not shown.
  const latest = useRef(routeParams.q ?? '')
  // The address moved on its own (Back, a link, a cleared filter): what is shown follows it.
  useEffect(() => {
    if (pending.current) return
    // A late answer to what was typed before must not bring that query back.
    latest.current = routeParams.q ?? ''
    setTyped(undefined)
  }, [routeParams.q])
  useEffect(() => () => clearTimeout(pending.current), [])
  const shown = typed === undefined ? routeParams : { ...routeParams, q: typed || undefined }
  // The same view by value is the same object: the address catching up with typing recomputes nothing.
  const key = JSON.stringify([shown.q, shown.year, shown.speaker, shown.tag])
  const params = useMemo(() => shown, [key]) // shown is what its key says
  // A query from the address (a reload, a shared link) loads the full text as typing would.
  useEffect(() => {
    if (params.q) prepareTyping()
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
  /**
   * A keystroke in the search box. The page moves to the new query once the engine has answered it
   * (or after ANSWER_MS, dimmed), so a keystroke costs one render of the page, with its results;
   * the address follows when typing rests.
   */
  const type = useCallback(
    (text: string) => {
      const q = normalQuery(text)
      latest.current = q
      const show = (atOnce: boolean) => {
        if (latest.current !== q) return
        if (atOnce) setTyped(q)
        else startTransition(() => setTyped(q))
      }
      if (q) {
        void searchFor(talkQuery(q)).then((answer) => show(answer.docs.length <= RENDER_AT_ONCE))
        setTimeout(() => show(false), ANSWER_MS)
      } else show(totalTalks <= RENDER_AT_ONCE)
      clearTimeout(pending.current)
      pending.current = setTimeout(() => {
        pending.current = undefined
        void update({ q: q || undefined }, { replace: true })
      }, ADDRESS_MS)
    },
    [update],
  )
  /** A filter or a cleared search: the query still waiting for the address goes with it, so the URL never lags behind. */
  const change = useCallback(
    (patch: Partial<BrowseSearch>, options: { replace?: boolean } = {}) => {
      if (pending.current) {
        clearTimeout(pending.current)
        pending.current = undefined
        patch = { q: latest.current || undefined, ...patch }
      }
      // A query set or cleared here (no results' "Clear the search"): the view follows the address again.
      if ('q' in patch) {
        latest.current = patch.q ?? ''
        setTyped(undefined)
      }
      return update(patch, options)
    },
    [update],
  )
  return { params, result, matches, update: change, type, total: totalTalks, complete, stale: search.stale }
}
