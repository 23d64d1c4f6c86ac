import type { Badge } from '../../data/types.ts'

/** What a talk offers, as short labels: Video, Slides, PPT, Event page. */
export function Badges({ badges }: { badges: readonly Badge[] }) {
  if (!badges.length) return null
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Available">
      {badges.map((l) => (
        <li key={l} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-100 dark:bg-brand-500/15 dark:text-brand-300 dark:ring-brand-500/30">
          {l}
        </li>
      ))}
    </ul>
  )
}
