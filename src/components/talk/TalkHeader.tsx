import { Link } from '@tanstack/react-router'
import type { TalkRow } from '../../data/catalog.ts'
import type { SpeakerRow, TalkDetail } from '../../data/types.ts'
import { tagSlug } from '../../data/tags.ts'
import { LocalTimeLine } from '../time/LocalTime.tsx'
import { useToday } from '../time/useToday.ts'
import { formatWhen } from '../ui/format.ts'

/** When and where, the title, who speaks ("A, B and C") and the tags. */
export function TalkHeader({ row, talk, speakers }: { row: TalkRow; talk: TalkDetail; speakers: SpeakerRow[] }) {
  const today = useToday()
  return (
    <header className="flex flex-col gap-3">
      <p className="text-sm font-medium text-slate-500 dark:text-slate-400">
        <time dateTime={talk.date}>{formatWhen(row)}</time>
        {talk.event ? <> · {talk.event}</> : null}
      </p>
      {/* Kept for talks it can apply to (a zoned slot, or still ahead), so the title never moves. */}
      {(row.zoned || row.cta || row.date >= today) && <LocalTimeLine talk={row} className="-mt-3" />}
      <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{talk.title}</h1>
      {speakers.length > 0 && (
        <p className="text-lg text-slate-700 dark:text-slate-300">
          by{' '}
          {speakers.map((s, i) => (
            <span key={s.slug}>
              <Link to="/speakers/$slug" params={{ slug: s.slug }} className="-my-2 inline-block py-2 font-semibold hover:text-brand-600 hover:underline dark:hover:text-brand-300">
                {s.name}
              </Link>
              {i < speakers.length - 2 ? ', ' : i === speakers.length - 2 ? ' and ' : ''}
            </span>
          ))}
        </p>
      )}
      {talk.tags.length > 0 && (
        <ul aria-label="Tags" className="flex flex-wrap gap-2">
          {talk.tags.map((tag) =>
            tagSlug(tag) ? (
              <li key={tag}>
                <Link to="/" search={{ tag: tagSlug(tag) }} aria-label={`Talks on ${tag}`} className="inline-flex min-h-11 items-center rounded-full bg-slate-200 px-3 text-sm hover:bg-slate-300 dark:bg-slate-800 dark:hover:bg-slate-700">
                  {tag}
                </Link>
              </li>
            ) : (
              <li key={tag} className="inline-flex min-h-11 items-center rounded-full bg-slate-200 px-3 text-sm dark:bg-slate-800">
                {tag}
              </li>
            ),
          )}
        </ul>
      )}
    </header>
  )
}
