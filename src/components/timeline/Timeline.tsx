import { useEffect, useState } from 'react'
import { loadCatalog, type TalkRow as Talk } from '../../data/catalog.ts'
import { cardGrid } from '../ui/layout.ts'
import { useCatalogComplete } from '../ui/useCatalog.ts'
import { groupDigits, plural } from '../ui/format.ts'
import { MoreButton } from './MoreButton.tsx'
import { TalkCard } from './TalkCard.tsx'
import { useIncremental } from './useIncremental.ts'
import { yearGroups } from './yearGroups.ts'

interface Props {
  /** Past talks: all of them, or those of the first page until the rest has loaded. */
  talks: Talk[]
  /** How many past talks the archive has. */
  total?: number
  /** How many talks are ahead (shown apart): they come first in the archive's order. */
  upcoming?: number
}

/** Past talks, newest first, in year sections with a bar to jump between years. */
export function Timeline({ talks, total = talks.length, upcoming = 0 }: Props) {
  const complete = useCatalogComplete()
  const groups = yearGroups(talks, complete, upcoming)
  // The rendered window starts at `from`: a year jump moves the window instead of rendering every
  // card up to that year (at 10,000 talks that froze the page for seconds).
  const [from, setFrom] = useState(0)
  const [waiting, setWaiting] = useState<number>()
  const { count, sentinel, showMore, reset } = useIncremental(total - from)
  const end = from + count
  const scrollTo = (year: number) => requestAnimationFrame(() => document.getElementById(`year-${year}`)?.scrollIntoView({ block: 'start' }))
  useEffect(() => {
    // A new list (other filters, or the rest of the archive): back to the top, unless a jump waits for it.
    const target = waiting === undefined ? undefined : groups.find((g) => g.year === waiting)
    setFrom(target?.start ?? 0)
    if (target) scrollTo(target.year)
    setWaiting(undefined)
  }, [talks])
  // Scrolling or jumping past what is loaded loads the rest.
  useEffect(() => {
    if (!complete && end > talks.length) void loadCatalog()
  }, [complete, end, talks.length])
  const jump = (year: number, start: number) => {
    if (!complete && start >= talks.length) {
      setWaiting(year)
      void loadCatalog()
      return
    }
    setFrom(start)
    reset()
    scrollTo(year)
  }
  return (
    <div className="flex flex-col gap-8">
      {groups.length > 1 && (
        <nav aria-label="Jump to year" className="sticky top-[61px] z-20 -mx-4 -mb-2 -mt-4 flex gap-1 overflow-x-auto bg-slate-50/90 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 dark:bg-slate-950/90">
          <span aria-hidden="true" className="mr-1 shrink-0 self-center text-xs font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">
            Jump to
          </span>
          {groups.map((g) => (
            <a
              key={g.year}
              href={`#year-${g.year}`}
              onClick={(e) => {
                e.preventDefault()
                jump(g.year, g.start)
              }}
              className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-slate-600 hover:bg-slate-200/70 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              {g.year}
            </a>
          ))}
        </nav>
      )}
      {from > 0 && (
        <div className="flex justify-center">
          <button type="button" onClick={() => jump(groups[0]!.year, 0)} className="min-h-11 rounded-lg border border-slate-300 bg-white px-5 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800">
            Show newer talks ({groupDigits(from)})
          </button>
        </div>
      )}
      {groups
        .filter((g) => g.talks.length > 0 && g.start < end && g.start + g.talks.length > from)
        .map((g) => (
          <section key={g.year} id={`year-${g.year}`} aria-labelledby={`year-${g.year}-h`} className="scroll-mt-32">
            <h2 id={`year-${g.year}-h`} className="mb-4 flex items-baseline gap-3 text-2xl font-bold tracking-tight">
              {g.year}
              <span className="text-sm font-medium text-slate-500 dark:text-slate-400">{plural(g.count, 'talk')}</span>
            </h2>
            <div className={cardGrid}>
              {g.talks.slice(Math.max(0, from - g.start), Math.max(0, end - g.start)).map((t, i) => (
                // A year's only talk gets the whole row rather than a third of it.
                <TalkCard key={t.slug} talk={t} priority={g.start + i === 0} wide={g.count === 1} />
              ))}
            </div>
          </section>
        ))}
      <MoreButton remaining={total - end} onClick={showMore} sentinel={sentinel} />
    </div>
  )
}
