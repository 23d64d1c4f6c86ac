import { Link } from '@tanstack/react-router'
import type { BrowseSearch } from '../../data/search-params.ts'
import { useClosestTalks } from '../search/useSearch.ts'

interface Props {
  params: BrowseSearch
  onClear: (patch: Partial<BrowseSearch>) => void
}

export function NoResults({ params, onClear }: Props) {
  const filtered = params.year !== undefined || params.speaker !== undefined || params.tag !== undefined
  const close = useClosestTalks(params.q, 3).talks
  return (
    <div className="rounded-2xl border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700">
      <h2 className="text-xl font-semibold">No talks found</h2>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {params.q ? <>Nothing matches “{params.q}”{filtered ? ' with these filters' : ''}.</> : 'Nothing matches these filters.'}
      </p>
      <div className="mt-5 flex flex-wrap justify-center gap-3">
        {params.q && (
          <button type="button" onClick={() => onClear({ q: undefined })} className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
            Clear the search
          </button>
        )}
        {filtered && (
          <button type="button" onClick={() => onClear({ year: undefined, speaker: undefined, tag: undefined })} className="min-h-11 rounded-lg border border-slate-300 px-4 text-sm font-semibold dark:border-slate-700">
            Clear the filters
          </button>
        )}
      </div>
      {close.length > 0 && (
        <div className="mt-8">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Closest talks</h3>
          <ul className="mt-2 flex flex-col items-center">
            {close.map((t) => (
              <li key={t.slug}>
                <Link to="/talks/$slug" params={{ slug: t.slug }} className="flex min-h-11 items-center py-1 font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-300">
                  {t.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
