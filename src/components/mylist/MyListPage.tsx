import { getRouteApi, Link } from '@tanstack/react-router'
import { useEffect } from 'react'
import { talkBySlug, type TalkRow } from '../../data/catalog.ts'
import { titleOf } from '../../data/page-title.ts'
import { site } from '../../data/site.ts'
import { TalkCard } from '../timeline/TalkCard.tsx'
import { plural } from '../ui/format.ts'
import { cardGrid } from '../ui/layout.ts'
import { EntryControls, ShareList } from './ListControls.tsx'
import { shareUrl } from './share.ts'
import { myList, useIsClient, useMyList } from './store.ts'

const route = getRouteApi('/list')

const button = 'inline-flex min-h-11 items-center justify-center rounded-lg px-4 text-sm font-semibold'

/** A list someone shared (the slugs in the URL): shown, and offered to the reader's own list. */
function SharedList({ slugs }: { slugs: string[] }) {
  const mine = new Set(useMyList().map((e) => e.slug))
  const talks = slugs.map(talkBySlug).filter((t): t is TalkRow => !!t)
  const missing = slugs.length - talks.length
  const toAdd = talks.filter((t) => !mine.has(t.slug))
  return (
    <>
      <p className="text-slate-600 dark:text-slate-400">
        Someone shared {plural(talks.length, 'talk')} with you{missing ? ` (${plural(missing, 'talk')} of it no longer on this site)` : ''}.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" disabled={!toAdd.length} onClick={() => myList.addAll(toAdd.map((t) => t.slug))} className={`${button} bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400 dark:disabled:bg-slate-700`}>
          {toAdd.length ? `Add ${plural(toAdd.length, 'talk')} to my list` : 'All in my list'}
        </button>
        <Link to="/list" className={`${button} border border-slate-300 bg-white hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800`}>
          See my list
        </Link>
      </div>
      <h2 className="sr-only">The talks shared</h2>
      <div className={cardGrid}>
        {talks.map((t) => (
          <TalkCard key={t.slug} talk={t} />
        ))}
      </div>
    </>
  )
}

function OwnList() {
  const entries = useMyList()
  const known = entries.flatMap((entry) => {
    const talk = talkBySlug(entry.slug)
    return talk ? [{ entry, talk }] : []
  })
  if (!known.length) {
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700">
        <h2 className="text-xl font-semibold">Nothing here yet</h2>
        <p className="mt-2 text-slate-600 dark:text-slate-400">Press the star on any talk to keep it here, in this browser; no account needed.</p>
        <Link to="/" className={`${button} mt-5 bg-brand-600 text-white hover:bg-brand-700`}>
          Browse the talks
        </Link>
      </div>
    )
  }
  const watched = known.filter((k) => k.entry.watched).length
  return (
    <>
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {plural(known.length, 'talk')} · {watched} watched
      </p>
      <h2 className="sr-only">The talks in my list</h2>
      <div className={cardGrid}>
        {known.map(({ entry, talk }) => (
          <TalkCard key={talk.slug} talk={talk} footer={<EntryControls entry={entry} title={talk.title} />} />
        ))}
      </div>
      <ShareList url={shareUrl(known.map((k) => k.talk.slug), window.location.origin)} />
    </>
  )
}

/** The reader's own list (kept in this browser), or a list shared by link. */
export function MyListPage() {
  const { talks: shared } = route.useSearch()
  const client = useIsClient()
  useEffect(() => {
    document.title = titleOf({ kind: 'list', shared: !!shared }, site.title)
  }, [shared])
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{shared ? 'A shared list' : 'My list'}</h1>
      <noscript>
        <p className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-100">
          My list keeps the talks you star in this browser, and it needs JavaScript, which is off here. Everything else on this site works without it.
        </p>
      </noscript>
      {client && (shared ? <SharedList slugs={shared} /> : <OwnList />)}
    </div>
  )
}
