import { useId, useState } from 'react'
import { myList, type Entry } from './store.ts'

/** A saved talk's controls on the list page: watched or not, and out of the list. */
export function EntryControls({ entry, title }: { entry: Entry; title: string }) {
  const id = useId()
  return (
    <div className="relative z-10 -mx-1 flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-2 dark:border-slate-800">
      <label htmlFor={id} className="inline-flex min-h-11 cursor-pointer items-center gap-2 px-1 text-sm font-medium">
        <input id={id} type="checkbox" checked={entry.watched} onChange={(e) => myList.setWatched(entry.slug, e.target.checked)} className="size-5 accent-brand-600" />
        Watched
        <span className="sr-only">: “{title}”</span>
      </label>
      <button type="button" onClick={() => myList.toggle(entry.slug)} className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800">
        Remove{' '}
        <span className="sr-only">“{title}” from my list</span>
      </button>
    </div>
  )
}

/** The link that opens this list elsewhere, with a button to copy it. */
export function ShareList({ url }: { url: string }) {
  const [status, setStatus] = useState('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied')
    } catch {
      setStatus('Copy the link from the field')
    }
  }
  return (
    <section aria-labelledby="share-list-h" className="flex flex-col gap-2 rounded-2xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="share-list-h" className="text-lg font-semibold">
        Open this list on another device
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">The link holds the talks themselves; whoever opens it can add them to their own list.</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="share-list-url" className="sr-only">
          Link to this list
        </label>
        <input id="share-list-url" readOnly value={url} onFocus={(e) => e.target.select()} className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 text-sm dark:border-slate-700 dark:bg-slate-950" />
        <button type="button" onClick={copy} className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
          Copy link
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
    </section>
  )
}
