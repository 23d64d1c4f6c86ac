// The home page's view model: the URL's search params (query, year, speaker) → the talks to
// show, with counts per filter option. Pure, so components and tests share it.
import type { BrowseSearch } from './search-params.ts'
import type { SearchHit } from './search/talk-search.ts'
import type { SpeakerRow as Speaker } from './types.ts'
import type { TalkRow as Talk } from './wire.ts'

export interface BrowseResult {
  talks: Talk[]
  hits: Map<string, SearchHit>
  yearCounts: [number, number][]
  speakerCounts: [Speaker, number][]
  /** The speaker filter names nobody in the collection. */
  unknownSpeaker: boolean
}

export interface BrowseData {
  /** The talks loaded so far (all of them, or the first page only). */
  talks: readonly Talk[]
  speakers: readonly Speaker[]
  search: (query: string) => SearchHit[]
  /** While only the first page is loaded: [year, count] of the whole archive, for the year filter. */
  yearFacets?: readonly (readonly [number, number, ...number[]])[]
}

const slugIndexes = new WeakMap<readonly Talk[], Map<string, Talk>>()
function slugIndex(talks: readonly Talk[]): Map<string, Talk> {
  let map = slugIndexes.get(talks)
  if (!map) slugIndexes.set(talks, (map = new Map(talks.map((t) => [t.slug, t]))))
  return map
}

export function browse(data: BrowseData, params: BrowseSearch): BrowseResult {
  const hits = new Map<string, SearchHit>()
  let matched: Talk[]
  if (params.q) {
    const bySlug = slugIndex(data.talks)
    matched = []
    for (const hit of data.search(params.q)) {
      const t = bySlug.get(hit.slug)
      if (!t) continue
      hits.set(hit.slug, hit)
      matched.push(t)
    }
  } else matched = [...data.talks]

  // With only the first page loaded, a speaker may just not be known yet.
  const unknownSpeaker = !data.yearFacets && !!params.speaker && !data.speakers.some((s) => s.slug === params.speaker)
  const bySpeaker = (t: Talk) => !params.speaker || t.speakers.includes(params.speaker)
  const byYear = (t: Talk) => !params.year || t.year === params.year

  // Each filter's counts reflect the query and the *other* filter, so options never lead to nothing.
  const yearCounts = new Map<number, number>()
  for (const t of matched) if (bySpeaker(t)) yearCounts.set(t.year, (yearCounts.get(t.year) ?? 0) + 1)
  const speakerCounts = new Map<string, number>()
  for (const t of matched) if (byYear(t)) for (const s of t.speakers) speakerCounts.set(s, (speakerCounts.get(s) ?? 0) + 1)

  // A chosen option stays listed (with 0) even when the other filters leave it empty.
  if (params.year && !yearCounts.has(params.year)) yearCounts.set(params.year, 0)
  if (params.speaker && !unknownSpeaker && !speakerCounts.has(params.speaker)) speakerCounts.set(params.speaker, 0)

  const unfiltered = !params.q && !params.speaker
  const years = data.yearFacets && unfiltered ? data.yearFacets.map(([y, n]) => [y, n] as [number, number]) : [...yearCounts].sort((a, b) => b[0] - a[0])
  return {
    talks: matched.filter((t) => bySpeaker(t) && byYear(t)),
    hits,
    yearCounts: years,
    speakerCounts: data.speakers.filter((s) => speakerCounts.has(s.slug)).map((s) => [s, speakerCounts.get(s.slug)!] as [Speaker, number]),
    unknownSpeaker,
  }
}

/** Splits talks into upcoming (after today, soonest first) and past (newest first). */
export function splitUpcoming(talks: Talk[], today: string): { upcoming: Talk[]; past: Talk[] } {
  const upcoming = talks.filter((t) => t.date > today).reverse()
  return { upcoming, past: talks.filter((t) => t.date <= today) }
}

/** Today's date as YYYY-MM-DD in the reader's own zone. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
