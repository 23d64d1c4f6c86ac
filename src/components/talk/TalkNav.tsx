import { Link } from '@tanstack/react-router'
type Neighbour = { slug: string; title: string }

/** Previous (older) and next (newer) talk in time. */
export function TalkNav({ older, newer }: { older?: Neighbour; newer?: Neighbour }) {
  if (!older && !newer) return null
  const cell = 'flex min-h-11 flex-col gap-1 rounded-2xl border border-slate-200 bg-white p-4 hover:border-brand-400 dark:border-slate-800 dark:bg-slate-900'
  return (
    <nav aria-label="Previous and next talk" className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {older ? (
        <Link to="/talks/$slug" params={{ slug: older.slug }} className={cell} rel="prev">
          <span className="text-sm text-slate-500 dark:text-slate-400">← Older talk</span>
          <span className="font-semibold">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer && (
        <Link to="/talks/$slug" params={{ slug: newer.slug }} className={`${cell} sm:text-right`} rel="next">
          <span className="text-sm text-slate-500 dark:text-slate-400">Newer talk →</span>
          <span className="font-semibold">{newer.title}</span>
        </Link>
      )}
    </nav>
  )
}
