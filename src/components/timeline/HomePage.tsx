import { useEffect, useMemo, useState } from 'react'
import { splitUpcoming, tagList } from '../../data/browse.ts'
import { loadCatalog, loadedTalks, speakerBySlug, yearFacets } from '../../data/catalog.ts'
import { titleOf } from '../../data/page-title.ts'
import { site } from '../../data/site.ts'
import { subjectOfFilter } from '../../data/subscriptions.ts'
import { activeFilters, countsOf, Filters, FiltersToggle } from '../search/Filters.tsx'
import { SearchBox } from '../search/SearchBox.tsx'
import { useFullTextReady } from '../search/useSearch.ts'
import { SubscribeLinks } from '../subscribe/SubscribeLinks.tsx'
import { asOneValue } from '../ui/dev-props.ts'
import { groupDigits, plural } from '../ui/format.ts'
import { NoResults } from './NoResults.tsx'
import { ResultList } from './ResultList.tsx'
import { Timeline } from './Timeline.tsx'
import { useToday } from '../time/useToday.ts'
import { UpcomingTalks } from './UpcomingTalks.tsx'
import { useBrowse } from './useBrowse.ts'

const known = {
  hasYear: (year: number) => yearFacets.some(([y]) => y === year),
  speakerName: (slug: string) => speakerBySlug(slug)?.name,
  tagName: (slug: string) => tagList(loadedTalks()).find((t) => t.slug === slug)?.name,
}

export function HomePage() {
  const { params, result, matches, update, type, total, complete, stale } = useBrowse()
  // On phones the filters fold behind one control, so the first talk is in view without scrolling.
  const [filtersOpen, setFiltersOpen] = useState(false)
  const fullText = useFullTextReady()
  const shown = result.talks.length
  const filtered = !!(params.q || activeFilters(params))
  const today = useToday()
  // Thousands of matches on a keystroke: split once per result, not once per render.
  const { upcoming, past } = useMemo(() => {
    const split = splitUpcoming(result.talks, today)
    return { upcoming: asOneValue(split.upcoming), past: asOneValue(split.past) }
  }, [result.talks, today])
  const subject = subjectOfFilter(params, known)
  const counts = useMemo(() => countsOf(result), [result])

  useEffect(() => {
    document.title = titleOf({ kind: 'home', query: params.q }, site.title)
  }, [params.q])
  // The rest of the archive loads once the first screen is up, so the first load stays small.
  useEffect(() => {
    const start = () => void loadCatalog()
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 500)
    return () => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(idle as number) : clearTimeout(idle as ReturnType<typeof setTimeout>))
  }, [])

  return (
    <div className="flex flex-col gap-4 sm:gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Talks</h1>
        <p className="hidden text-slate-600 sm:block dark:text-slate-400">{site.description}</p>
      </div>
      <div role="search" className="flex flex-col gap-3 sm:gap-4" aria-label="Search and filter talks">
        <div className="flex gap-2">
          <div className="min-w-0 flex-1">
            <SearchBox value={params.q ?? ''} onChange={type} />
          </div>
          <FiltersToggle controls="talk-filters" open={filtersOpen} count={activeFilters(params)} onToggle={() => setFiltersOpen((o) => !o)} />
        </div>
        <Filters id="talk-filters" open={filtersOpen} params={params} result={counts} onChange={(patch) => update(patch)} />
      </div>
      <div className="-my-2 flex flex-wrap items-center justify-between gap-x-4">
        <p role="status" aria-live="polite" data-full-text={fullText ? 'ready' : 'loading'} className="py-2 text-sm font-medium text-slate-600 dark:text-slate-400">
          {filtered ? `${groupDigits(shown)} of ${plural(total, 'talk')}` : plural(total, 'talk')}
          {/* Until every body is in, results come from titles, speakers, tags and what has arrived. */}
          {params.q && !fullText ? ' · reading the full text…' : ''}
          {result.unknownSpeaker ? ' · no such speaker' : ''}
          {result.unknownTag ? ' · no such topic' : ''}
        </p>
        {subject && <SubscribeLinks subject={subject} className="-mx-2" />}
      </div>
      <div className={stale ? 'opacity-70 transition-opacity' : 'transition-opacity'}>
        {shown === 0 ? (
          <NoResults params={params} onClear={update} />
        ) : (
          <>
            {upcoming.length > 0 && <UpcomingTalks talks={upcoming} />}
            {params.q ? <ResultList talks={past} matches={matches} /> : <Timeline talks={past} total={complete || filtered ? past.length : total - upcoming.length} upcoming={upcoming.length} />}
          </>
        )}
      </div>
    </div>
  )
}
