import type { TalkRow as Talk } from '../../data/catalog.ts'
import { publicUrl } from '../ui/public-url.ts'
import { TalkCard } from './TalkCard.tsx'
import { cardGrid } from '../ui/layout.ts'

/** Talks dated after today, soonest first, with their registration or event link. */
export function UpcomingTalks({ talks }: { talks: Talk[] }) {
  return (
    <section aria-labelledby="upcoming-h" className="mb-10 rounded-3xl bg-brand-50 p-4 ring-1 ring-brand-100 sm:p-6 dark:bg-brand-500/10 dark:ring-brand-500/20">
      <h2 id="upcoming-h" className="mb-4 text-2xl font-bold tracking-tight">
        Upcoming
      </h2>
      <div className={cardGrid}>
        {talks.map((t) => {
          const link = t.cta
          return (
            <div key={t.slug} className="flex flex-col gap-2">
              <TalkCard talk={t} />
              <a href={publicUrl(`/calendar/${t.slug}.ics`)} download className="inline-flex min-h-11 items-center justify-center rounded-lg border border-brand-600 px-4 text-sm font-semibold text-brand-700 hover:bg-white dark:text-brand-300 dark:hover:bg-slate-900">
                Add to calendar
                <span className="sr-only"> (“{t.title}”, .ics file)</span>
              </a>
              {link && (
                <a href={link.url} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
                  {link.label}
                  <span className="sr-only"> for “{t.title}” (opens in a new tab)</span>
                </a>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
