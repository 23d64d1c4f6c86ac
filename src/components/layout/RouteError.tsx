import { Link, type ErrorComponentProps } from '@tanstack/react-router'
import { useOnline } from '../offline/useOnline.ts'

/** Catches whatever slips through a route, with a way back. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  // Offline, a page fails when its data was never fetched: a page not opened before.
  const offline = !useOnline()
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{offline ? 'This page is not saved for offline reading' : 'Something went wrong on this page'}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        {offline ? 'You are offline, and this page was not opened on this device before. Pages you open online are kept for next time.' : error instanceof Error ? error.message : 'An unexpected error happened.'}
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-brand-600 px-4 font-medium text-white hover:bg-brand-700">
          Try again
        </button>
        <Link to="/" className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-medium dark:border-slate-700">
          All talks
        </Link>
      </div>
    </div>
  )
}
