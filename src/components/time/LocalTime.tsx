import { memo } from 'react'
import { howSoon, yourTime } from '../../data/local-time.ts'
import type { TalkRow } from '../../data/catalog.ts'
import { useViewer } from './useViewer.ts'

type Timed = Pick<TalkRow, 'date' | 'zoned'>

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** How soon, and the reader's own time, or nothing (also before load). */
export function useLocalTime(talk: Timed): { soon?: string; yours?: string } {
  const viewer = useViewer()
  if (!viewer) return {}
  return { soon: howSoon(talk, viewer), yours: yourTime(talk, viewer) }
}

/**
 * A card's local time, drawn over the corner of its picture: it takes no room in the card's flow,
 * so adding it after load moves nothing. Screen readers get it from LocalTimeText instead.
 */
// Memoised, as the text below: a card re-rendered for a new search match keeps its talk and time.
export const LocalTimeBadge = memo(function LocalTimeBadge({ talk }: { talk: Timed }) {
  const { soon, yours } = useLocalTime(talk)
  if (!soon && !yours) return null
  return (
    <span aria-hidden="true" className="pointer-events-none absolute right-2 top-2 flex max-w-[calc(100%-1rem)] flex-col items-end rounded-lg bg-black/80 px-2 py-1 text-right text-xs leading-5 text-white">
      {soon && <span className="font-semibold">{capitalised(soon)}</span>}
      {yours && <span>{yours}</span>}
    </span>
  )
})

/** The same, as text for screen readers (visually hidden, so it shifts nothing either). */
export const LocalTimeText = memo(function LocalTimeText({ talk }: { talk: Timed }) {
  const { soon, yours } = useLocalTime(talk)
  const text = [yours, soon].filter(Boolean).join(', ')
  return text ? <span className="sr-only">{` (${text})`}</span> : null
})

/** A talk page's line for it: its room is kept from the first paint, so filling it moves nothing. */
export function LocalTimeLine({ talk, className = '' }: { talk: Timed; className?: string }) {
  const { soon, yours } = useLocalTime(talk)
  return (
    <p data-local-time="" className={`min-h-6 text-sm font-medium leading-6 text-brand-700 dark:text-brand-300 ${className}`}>
      {[yours, soon && capitalised(soon)].filter(Boolean).join(' · ')}
    </p>
  )
}
