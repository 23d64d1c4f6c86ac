import { Link } from '@tanstack/react-router'
import { memo, type ReactNode } from 'react'
import { speakersOf, type TalkRow } from '../../data/catalog.ts'
import type { CardMatch } from '../../data/search-service.ts'
import { Highlight } from '../search/Highlight.tsx'
import { Badges } from '../ui/Badges.tsx'
import { Cover } from '../ui/Cover.tsx'
import { formatWhen } from '../ui/format.ts'
import { cardImageSizes, wideCardImageSizes } from '../ui/layout.ts'
import { SaveButton } from '../mylist/SaveButton.tsx'
import { LocalTimeBadge, LocalTimeText } from '../time/LocalTime.tsx'
import { useSummary } from './useSummary.ts'

interface Props {
  talk: TalkRow
  /** Why it is a search result: the words to mark, and a passage of its body when it matched there. */
  match?: CardMatch
  eager?: boolean
  /** The first card of the page: its cover is the largest image, fetched first. */
  priority?: boolean
  headingLevel?: 2 | 3
  /** Spans the whole row of the grid, picture beside the text (from the sm breakpoint). */
  wide?: boolean
  /** Controls below the card's text (the list page's "Watched" and "Remove"). */
  footer?: ReactNode
}

/**
 * A talk in a list. The title link stretches over the whole card (so the card leads to the talk)
 * while speaker links sit above it: no link nested in another.
 */
// Memoised: a timeline holds hundreds of cards, and a change to one talk (a dev edit, a summary
// arriving) should re-render that card, not all of them. A keystroke changes every result's marked
// words, so the parts that depend on the talk alone (picture, date, badges, save button) are
// memoised apart and only the marked text renders again.
export const TalkCard = memo(function TalkCard({ talk, match, eager, priority, headingLevel = 3, wide = false, footer }: Props) {
  const Heading = `h${headingLevel}` as const
  const speakers = speakersOf(talk)
  const summary = useSummary(talk)
  const summaryClass = `line-clamp-3 text-sm leading-6 text-slate-600 dark:text-slate-400 ${wide ? 'lg:line-clamp-4 lg:text-base lg:leading-7' : ''}`
  return (
    <article className={`${wide ? 'sm:col-span-full sm:flex-row' : ''} group relative flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md focus-within:ring-2 focus-within:ring-brand-500 motion-safe:transition motion-safe:hover:-translate-y-0.5 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-slate-700 dark:focus-within:ring-brand-400`}>
      <CardMedia talk={talk} eager={eager} priority={priority} wide={wide} />
      <div className={`flex flex-1 flex-col gap-2 p-4 ${wide ? 'sm:justify-center sm:p-6 lg:px-8' : ''}`}>
        <CardWhen talk={talk} />
        <Heading className={`text-lg font-semibold leading-snug text-slate-900 dark:text-white ${wide ? 'lg:text-2xl lg:leading-tight' : ''}`}>
          <Link to="/talks/$slug" params={{ slug: talk.slug }} className="outline-hidden after:absolute after:inset-0 after:content-['']">
            <Highlight text={talk.title} tokens={match?.tokens} />
          </Link>
        </Heading>
        {speakers.length > 0 && (
          // 44 px tall targets, pulled into the gaps around them so the card keeps its rhythm.
          <p className="relative z-10 -my-2 flex flex-wrap gap-x-1 text-sm text-slate-700 dark:text-slate-300">
            {speakers.map((s, i) => (
              <span key={s.slug} className="inline-flex items-center">
                <Link to="/speakers/$slug" params={{ slug: s.slug }} className="inline-flex min-h-11 items-center font-medium hover:text-brand-600 hover:underline dark:hover:text-brand-300">
                  <Highlight text={s.name} tokens={match?.tokens} />
                </Link>
                {i < speakers.length - 1 ? ',' : ''}
              </span>
            ))}
          </p>
        )}
        {match?.snippet ? (
          // The words matched in the body: the passage around them stands in for the summary.
          <p className={summaryClass} data-snippet="">
            <Highlight text={match.snippet} tokens={match.tokens} />
          </p>
        ) : summary === undefined ? (
          <p aria-hidden="true" className="flex flex-col gap-2 py-1">
            <span className="h-3 w-full animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
            <span className="h-3 w-4/5 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          </p>
        ) : (
          <p className={summaryClass}>
            <Highlight text={summary} tokens={match?.tokens} />
          </p>
        )}
        <CardActions talk={talk} wide={wide} />
        {footer}
      </div>
    </article>
  )
})

/** The cover with its local-time badge. */
const CardMedia = memo(function CardMedia({ talk, eager, priority, wide }: { talk: TalkRow; eager?: boolean; priority?: boolean; wide: boolean }) {
  return (
    <div className={`relative ${wide ? 'sm:w-1/2 sm:shrink-0' : ''}`}>
      {/* Beside the text (wide), the picture fills the card's height, as it did without the wrapper. */}
      <Cover talk={talk} eager={eager} priority={priority} sizes={wide ? wideCardImageSizes : cardImageSizes} className={wide ? 'sm:h-full' : ''} />
      <LocalTimeBadge talk={talk} />
    </div>
  )
})

/** Date, time and event. */
const CardWhen = memo(function CardWhen({ talk }: { talk: TalkRow }) {
  return (
    <p className="text-sm text-slate-500 dark:text-slate-400">
      <time dateTime={talk.date}>{formatWhen(talk)}</time>
      <LocalTimeText talk={talk} />
      {talk.event ? <> · {talk.event}</> : null}
    </p>
  )
})

/** What the talk offers, and the save button. */
const CardActions = memo(function CardActions({ talk, wide }: { talk: TalkRow; wide: boolean }) {
  return (
    <div className={`flex items-end justify-between gap-2 ${wide ? 'pt-2' : 'mt-auto pt-2'}`}>
      <Badges badges={talk.badges} />
      <div className="ml-auto">
        <SaveButton slug={talk.slug} title={talk.title} />
      </div>
    </div>
  )
})
