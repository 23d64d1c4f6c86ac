import type { BrowseResult } from '../../data/browse.ts'
import type { BrowseSearch } from '../../data/search-params.ts'
import { FilterSelect } from './FilterSelect.tsx'

/** What the pickers show of a browse result: its counts, not its talks. */
export type FilterCounts = Pick<BrowseResult, 'yearCounts' | 'speakerCounts' | 'tagCounts' | 'unknownSpeaker' | 'unknownTag'>

/** The counts alone (a prop of thousands of talks is diffed, in development, at every render). */
export const countsOf = ({ yearCounts, speakerCounts, tagCounts, unknownSpeaker, unknownTag }: BrowseResult): FilterCounts => ({ yearCounts, speakerCounts, tagCounts, unknownSpeaker, unknownTag })

interface Props {
  id: string
  params: BrowseSearch
  result: FilterCounts
  /** Shown below the sm breakpoint; from sm up the filters are always shown. */
  open: boolean
  onChange: (patch: Partial<BrowseSearch>) => void
}

/** How many of the filters (not the search) are set: the count the collapsed control shows. */
export function activeFilters(params: BrowseSearch): number {
  return [params.year, params.speaker, params.tag].filter((v) => v !== undefined).length
}

/**
 * Year, speaker and tag pickers, each option with its count; all state lives in the URL. Years are
 * a picker, not a row of buttons: the timeline's year bar already lists them once.
 */
export function Filters({ id, params, result, open, onChange }: Props) {
  const active = activeFilters(params) > 0 || !!params.q
  const showTags = result.tagCounts.length > 0 || params.tag !== undefined
  return (
    <div id={id} className={`${open ? 'flex' : 'hidden'} flex-col gap-3 sm:flex sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-5`}>
      <FilterSelect
        id="year-filter"
        label="Year"
        all="All years"
        width="sm:w-36"
        value={params.year === undefined ? '' : String(params.year)}
        options={result.yearCounts.map(([year, count]) => ({ value: String(year), label: String(year), count }))}
        onChange={(v) => onChange({ year: v ? Number(v) : undefined })}
      />
      <FilterSelect
        id="speaker-filter"
        label="Speaker"
        all="All speakers"
        width="sm:w-64"
        value={params.speaker ?? ''}
        unknown={result.unknownSpeaker && params.speaker ? `No such speaker (${params.speaker})` : undefined}
        options={result.speakerCounts.map(([s, count]) => ({ value: s.slug, label: s.name, count }))}
        onChange={(v) => onChange({ speaker: v || undefined })}
      />
      {showTags && (
        <FilterSelect
          id="tag-filter"
          label="Topic"
          all="All topics"
          width="sm:w-56"
          value={params.tag ?? ''}
          unknown={result.unknownTag && params.tag ? `No such topic (${params.tag})` : undefined}
          options={result.tagCounts.map(([t, count]) => ({ value: t.slug, label: t.name, count }))}
          onChange={(v) => onChange({ tag: v || undefined })}
        />
      )}
      {active && (
        <button type="button" onClick={() => onChange({ q: undefined, year: undefined, speaker: undefined, tag: undefined })} className="-ml-3 min-h-11 self-start rounded-lg px-3 text-sm font-medium text-brand-600 underline-offset-2 hover:underline sm:ml-0 sm:self-auto dark:text-brand-300">
          Clear all
        </button>
      )}
    </div>
  )
}

/** The one control filters collapse behind on phones, saying how many are set. */
export function FiltersToggle({ controls, open, count, onToggle }: { controls: string; open: boolean; count: number; onToggle: () => void }) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={count ? `Filters, ${count} active` : 'Filters'}
      onClick={onToggle}
      className="inline-flex h-12 shrink-0 items-center gap-2 rounded-xl border border-slate-300 bg-white px-3.5 text-sm font-semibold text-slate-700 shadow-sm sm:hidden dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M4 6h16M7 12h10M10 18h4" />
      </svg>
      Filters
      {count > 0 && (
        <span aria-hidden="true" className="inline-flex min-w-6 items-center justify-center rounded-full bg-brand-600 px-1.5 text-xs font-bold text-white">
          {count}
        </span>
      )}
    </button>
  )
}
