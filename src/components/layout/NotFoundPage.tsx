import { Link, useLocation, useNavigate } from '@tanstack/react-router'
import { useEffect } from 'react'
import { talkForAlias } from '../../data/talk-pages.ts'
import { titleOf } from '../../data/page-title.ts'
import { site } from '../../data/site.ts'
import { useClosestTalks } from '../search/useSearch.ts'

/** How many close talks the page offers. */
const CLOSEST = 5

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Unknown address: old Hugo aliases redirect; anything else gets the closest talks. */
export function NotFoundPage() {
  const location = useLocation()
  const navigate = useNavigate()
  const base = site.base.replace(/\/$/, '')
  const pathname = location.pathname.startsWith(base) ? location.pathname.slice(base.length) || '/' : location.pathname
  useEffect(() => {
    document.title = titleOf({ kind: 'not-found' }, site.title)
    let live = true
    // Old Hugo paths (aliases) move on to the talk; the static build also has redirect pages for them.
    talkForAlias(safeDecode(pathname)).then((slug) => {
      if (live && slug) void navigate({ to: '/talks/$slug', params: { slug }, replace: true })
    })
    return () => {
      live = false
    }
  }, [pathname, navigate])
  // The prerendered 404.html is rendered at this path: it names no address.
  const shownPath = pathname === '/404' ? undefined : safeDecode(pathname).slice(0, 200)
  const words = (shownPath ?? '').split('/').filter(Boolean).pop()?.replace(/[-_]+/g, ' ').slice(0, 100)
  const { talks: close, pending } = useClosestTalks(words, CLOSEST)
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">404</p>
      <h1 className="text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="text-slate-600 dark:text-slate-400">
        {shownPath ? (
          <>
            Nothing lives at <code className="break-all rounded bg-slate-200 px-1 dark:bg-slate-800">{shownPath}</code>.{' '}
          </>
        ) : null}
        It may have moved, or the link may be mistyped.
      </p>
      {(pending || close.length > 0) && (
        <section aria-labelledby="close-h" aria-busy={pending}>
          <h2 id="close-h" className="mb-2 text-lg font-semibold">
            Were you looking for…
          </h2>
          <ul className="flex flex-col gap-2">
            {pending
              ? // Room for the answer while the engine looks: the links below (and the footer) do not
                // move down under someone already tabbing through them.
                Array.from({ length: CLOSEST }, (_, i) => (
                  <li key={i} aria-hidden="true" className="h-11 animate-pulse rounded-xl border border-slate-200 bg-slate-100 dark:border-slate-800 dark:bg-slate-900" />
                ))
              : close.map((t) => (
                  <li key={t.slug}>
                    <Link to="/talks/$slug" params={{ slug: t.slug }} className="flex min-h-11 items-center rounded-xl border border-slate-200 bg-white px-4 py-2.5 font-medium text-brand-700 underline-offset-2 hover:border-brand-400 hover:underline dark:border-slate-800 dark:bg-slate-900 dark:text-brand-300">
                      {t.title}
                    </Link>
                  </li>
                ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        <Link to="/" search={words ? { q: words } : {}} className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-600 px-4 py-2 text-center font-semibold text-white hover:bg-brand-700">
          Search all talks{words ? ` for “${words}”` : ''}
        </Link>
        <Link to="/speakers" className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800">
          Browse speakers
        </Link>
      </div>
    </div>
  )
}
