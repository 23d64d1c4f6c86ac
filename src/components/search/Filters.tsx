import type { BrowseResult } from '../../data/browse.ts'
import type { BrowseSearch } from '../../data/search-params.ts'

interface Props {
  params: BrowseSearch
  result: BrowseResult
  onChange: (patch: Partial<BrowseSearch>) => void
}

const chip =
  'inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3.5 text-sm font-medium transition aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white'
const idle = 'border-slate-300 bg-white text-slate-700 hover:border-slate-400 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200'

/** Year chips and a speaker picker, each option with its count; all state lives in the URL. */
export function Filters({ params, result, onChange }: Props) {
  const active = params.year !== undefined || params.speaker !== undefined || !!params.q
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
      {result.yearCounts.length > 0 && (
        <div role="group" aria-label="Filter by year" className="flex flex-wrap gap-2">
          {result.yearCounts.map(([year, count]) => {
            const pressed = params.year === year
            return (
              <button key={year} type="button" aria-pressed={pressed} onClick={() => onChange({ year: pressed ? undefined : year })} className={`${chip} ${pressed ? '' : idle}`}>
                {year}
                <span className={pressed ? 'text-white/90' : 'text-slate-500 dark:text-slate-400'}>
                  <span className="sr-only">(</span>
                  {count}
                  <span className="sr-only">{count === 1 ? ' talk)' : ' talks)'}</span>
                </span>
              </button>
            )
          })}
        </div>
      )}
      <div className="flex items-center gap-3">
        <label htmlFor="speaker-filter" className="text-sm font-medium text-slate-700 dark:text-slate-300">
          Speaker
        </label>
        <select
          id="speaker-filter"
          value={params.speaker ?? ''}
          onChange={(e) => onChange({ speaker: e.target.value || undefined })}
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-sm sm:max-w-[16rem] sm:flex-none dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="">All speakers</option>
          {result.unknownSpeaker && params.speaker && <option value={params.speaker}>No such speaker ({params.speaker})</option>}
          {result.speakerCounts.map(([s, count]) => (
            <option key={s.slug} value={s.slug}>
              {s.name} ({count})
            </option>
          ))}
        </select>
      </div>
      {active && (
        <button type="button" onClick={() => onChange({ q: undefined, year: undefined, speaker: undefined })} className="-ml-3 min-h-11 self-start rounded-lg px-3 text-sm font-medium text-brand-600 underline-offset-2 hover:underline sm:ml-0 sm:self-auto dark:text-brand-300">
          Clear all
        </button>
      )}
    </div>
  )
}
