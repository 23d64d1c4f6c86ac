import { getRouteApi, Link } from '@tanstack/react-router'
import { useEffect, useMemo, useState } from 'react'
import { allSpeakers, talkCountOf } from '../../data/catalog.ts'
import { titleOf } from '../../data/page-title.ts'
import { findSpeakers } from '../../data/search/speaker-match.ts'
import { site } from '../../data/site.ts'
import { roleLine } from '../talk/SpeakerCard.tsx'
import { Highlight } from '../search/Highlight.tsx'
import { Avatar } from '../ui/Avatar.tsx'
import { plural } from '../ui/format.ts'

const route = getRouteApi('/speakers')

/** Every speaker, by name, with photo, org and talk count; found by name, org or role as talks are (typos too). */
export function SpeakersPage() {
  const q = route.useSearch().q ?? ''
  const navigate = route.useNavigate()
  // The field keeps what was typed: the URL's trimmed copy would eat a space before the next word.
  const [text, setText] = useState(q)
  useEffect(() => setText((t) => (t.trim() === q ? t : q)), [q])
  const { shown, tokens } = useMemo(() => findSpeakers(allSpeakers(), q), [q])
  useEffect(() => {
    document.title = titleOf({ kind: 'speakers' }, site.title)
  }, [])
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Speakers</h1>
      <div role="search" aria-label="Speakers">
        <label htmlFor="speaker-search" className="sr-only">
          Find a speaker
        </label>
        <input
          id="speaker-search"
          type="search"
          value={text}
          placeholder="Find by name or organisation…"
          onChange={(e) => {
            setText(e.target.value)
            navigate({ search: e.target.value.trim() ? { q: e.target.value } : {}, replace: true })
          }}
          className="h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base shadow-sm placeholder:text-slate-500 focus:border-brand-500 sm:max-w-md dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400 dark:focus:border-brand-400"
        />
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {q ? `${shown.length} of ${plural(allSpeakers().length, 'speaker')}` : plural(allSpeakers().length, 'speaker')}
      </p>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((s) => (
          <li key={s.slug} className="relative flex items-center gap-4 rounded-2xl border border-slate-200 bg-white p-4 focus-within:ring-2 focus-within:ring-brand-500 hover:border-brand-400 dark:border-slate-800 dark:bg-slate-900 dark:focus-within:ring-brand-400">
            <Avatar name={s.name} image={s.image} picture={s.picture} size="md" />
            <div className="min-w-0">
              <h2 className="font-semibold">
                <Link to="/speakers/$slug" params={{ slug: s.slug }} className="outline-hidden after:absolute after:inset-0 after:content-['']">
                  <Highlight text={s.name} tokens={tokens} />
                </Link>
              </h2>
              {roleLine(s) && (
                <p className="truncate text-sm text-slate-600 dark:text-slate-400">
                  <Highlight text={roleLine(s)} tokens={tokens} />
                </p>
              )}
              <p className="text-sm text-slate-500 dark:text-slate-400">{plural(talkCountOf(s.slug), 'talk')}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
