import type { RefObject } from 'react'
import { groupDigits } from '../ui/format.ts'

/** The end of a partly rendered list: a sentinel for auto-loading and a button for keyboards. */
export function MoreButton({ remaining, onClick, sentinel }: { remaining: number; onClick: () => void; sentinel: RefObject<HTMLDivElement | null> }) {
  if (remaining <= 0) return null
  return (
    <div ref={sentinel} className="flex justify-center py-6">
      <button type="button" onClick={onClick} className="min-h-11 rounded-lg border border-slate-300 bg-white px-5 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800">
        Show more ({groupDigits(remaining)} left)
      </button>
    </div>
  )
}
