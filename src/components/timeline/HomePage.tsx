import { useEffect } from 'react'
import { localToday, splitUpcoming } from '../../data/browse.ts'
import { loadCatalog } from '../../data/catalog.ts'
import { titleOf } from '../../data/page-title.ts'
import { site } from '../../data/site.ts'
import { Filters } from '../search/Filters.tsx'
import { SearchBox } from '../search/SearchBox.tsx'
import { plural } from '../ui/format.ts'
import { NoResults } from './NoResults.tsx'
import { ResultList } from './ResultList.tsx'
import { Timeline } from './Timeline.tsx'
import { UpcomingTalks } from './UpcomingTalks.tsx'
import { useBrowse } from './useBrowse.ts'

export function HomePage() {
  const { params, result, update, total, complete, stale } = useBrowse()
  const shown = result.talks.length
  const filtered = !!(params.q || params.year || params.speaker)
  const { upcoming, past } = splitUpcoming(result.talks, localToday())

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
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Talks</h1>
        <p className="text-slate-600 dark:text-slate-400">{site.description}</p>
      </div>
      <div role="search" className="flex flex-col gap-4" aria-label="Search and filter talks">
        <SearchBox value={params.q ?? ''} onChange={(q) => update({ q: q || undefined }, { replace: true })} />
        <Filters params={params} result={result} onChange={(patch) => update(patch)} />
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {filtered ? `${shown.toLocaleString('en')} of ${plural(total, 'talk')}` : plural(total, 'talk')}
        {result.unknownSpeaker ? ' · no such speaker' : ''}
      </p>
      <div className={stale ? 'opacity-70 transition-opacity' : 'transition-opacity'}>
        {shown === 0 ? (
          <NoResults params={params} onClear={update} />
        ) : (
          <>
            {upcoming.length > 0 && <UpcomingTalks talks={upcoming} />}
            {params.q ? <ResultList talks={past} hits={result.hits} /> : <Timeline talks={past} total={complete || filtered ? past.length : total - upcoming.length} upcoming={upcoming.length} />}
          </>
        )}
      </div>
    </div>
  )
}
