import { Link } from '@tanstack/react-router'
import { useMyList } from './store.ts'

/** The header's link to the list, with how many talks it holds (known once the app runs). */
export function MyListLink({ className, activeClassName }: { className: string; activeClassName: string }) {
  const count = useMyList().length
  return (
    <Link to="/list" aria-label={count ? `My list, ${count} saved` : undefined} className={`${className} gap-1.5`} activeProps={{ className: activeClassName, 'aria-current': 'page' }} activeOptions={{ includeSearch: false }}>
      My list
      {count > 0 && (
        <span aria-hidden="true" className="inline-flex min-w-5 items-center justify-center rounded-full bg-amber-500 px-1 text-xs font-bold text-slate-950">
          {count}
        </span>
      )}
    </Link>
  )
}
