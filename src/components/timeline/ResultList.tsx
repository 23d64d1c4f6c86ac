import type { TalkRow as Talk } from '../../data/catalog.ts'
import type { CardMatches } from '../../data/search-service.ts'
import { MoreButton } from './MoreButton.tsx'
import { TalkCard } from './TalkCard.tsx'
import { useIncremental } from './useIncremental.ts'
import { cardGrid } from '../ui/layout.ts'

/** Search results, best match first, with the matching words highlighted. */
export function ResultList({ talks, matches }: { talks: Talk[]; matches?: CardMatches }) {
  const { count, sentinel, showMore } = useIncremental(talks.length)
  return (
    <section aria-labelledby="results-h">
      <h2 id="results-h" className="sr-only">
        Search results
      </h2>
      <div className={cardGrid}>
        {talks.slice(0, count).map((t, i) => (
          <TalkCard key={t.slug} talk={t} match={matches?.get(t.pos)} priority={i === 0} />
        ))}
      </div>
      <MoreButton remaining={talks.length - count} onClick={showMore} sentinel={sentinel} />
    </section>
  )
}
