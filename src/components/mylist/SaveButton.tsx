import { myList, useIsClient, useMyList } from './store.ts'

function Star({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z" />
    </svg>
  )
}

interface Props {
  slug: string
  title: string
  /** A labelled button (talk pages) rather than a star alone (cards). */
  labelled?: boolean
}

/**
 * Keeps a talk in the reader's list. It needs the app: until the app runs (and without JavaScript)
 * it keeps its room but is neither shown nor focusable, so nothing moves when it appears.
 */
export function SaveButton({ slug, title, labelled = false }: Props) {
  const client = useIsClient()
  const saved = useMyList().some((e) => e.slug === slug)
  const look = saved
    ? 'border-amber-500 bg-amber-50 text-amber-700 dark:border-amber-400 dark:bg-amber-400/10 dark:text-amber-300'
    : 'border-slate-300 bg-white text-slate-600 hover:border-slate-400 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300'
  return (
    <button
      type="button"
      aria-pressed={saved}
      aria-label={labelled ? undefined : `Save “${title}” to my list`}
      disabled={!client}
      onClick={() => myList.toggle(slug)}
      className={`${client ? '' : 'invisible'} relative z-10 inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-lg border text-sm font-semibold ${labelled ? 'px-3' : ''} ${look}`}
    >
      <Star filled={saved} />
      {labelled && 'Save to my list'}
    </button>
  )
}
