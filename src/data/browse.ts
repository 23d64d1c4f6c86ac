// The home page's view model: the URL's search params (query, year, speaker, tag) → the talks to
// show, with counts per filter option. Pure, so components and tests share it.
import type { BrowseSearch } from './search-params.ts'
import { tagSlug, tagsOf } from './tags.ts'
import type { SpeakerRow as Speaker } from './types.ts'
import type { TalkRow as Talk } from './wire.ts'

export interface BrowseResult {
  talks: Talk[]
  yearCounts: [number, number][]
  speakerCounts: [Speaker, number][]
  /** Tags (slug and shown name), most used first, with counts under the other filters. */
  tagCounts: [Tag, number][]
  /** The speaker filter names nobody in the collection. */
  unknownSpeaker: boolean
  /** The tag filter names no tag of the collection. */
  unknownTag: boolean
}

export interface Tag {
  slug: string
  name: string
}

export interface BrowseData {
  /** The talks loaded so far (all of them, or the first page only). */
  talks: readonly Talk[]
  speakers: readonly Speaker[]
  /** The talks a query finds, best first. */
  search: (query: string) => readonly Talk[]
  /** While only the first page is loaded: [year, count] of the whole archive, for the year filter. */
  yearFacets?: readonly (readonly [number, number, ...number[]])[]
}

const tagLists = new WeakMap<readonly Talk[], Tag[]>()
/** Every tag of a list of talks, most used first (computed once per list). */
export function tagList(talks: readonly Talk[]): Tag[] {
  let list = tagLists.get(talks)
  if (!list) tagLists.set(talks, (list = tagsOf(talks).map(({ slug, name }) => ({ slug, name }))))
  return list
}

const rowTags = new WeakMap<Talk, string[]>()
/** A talk's tag slugs, computed once per row. */
function tagSlugsOf(t: Talk): string[] {
  let slugs = rowTags.get(t)
  if (!slugs) rowTags.set(t, (slugs = [...new Set(t.tags.map(tagSlug))].filter(Boolean)))
  return slugs
}

/**
 * Computes what browse() keeps per row (`rows`, a chunk at a time as they arrive) and per list
 * (`list`, once it is whole) ahead of time, so the render that first shows a whole list need not.
 */
export function prepareBrowse(rows: readonly Talk[], list?: readonly Talk[]): void {
  for (const t of rows) tagSlugsOf(t)
  if (list) tagList(list)
}

const bump = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1)

/**
 * One pass over the matched talks: those every filter lets through, and each filter's counts over
 * the talks the *other* filters let through (so an option never leads to nothing). A keystroke
 * runs this over every match: one loop, each test once per talk.
 */
function facets(matched: readonly Talk[], params: BrowseSearch) {
  const talks: Talk[] = []
  const years = new Map<number, number>()
  const speakers = new Map<string, number>()
  const tags = new Map<string, number>()
  for (const t of matched) {
    const sp = !params.speaker || t.speakers.includes(params.speaker)
    const yr = !params.year || t.year === params.year
    const tg = !params.tag || tagSlugsOf(t).includes(params.tag)
    if (sp && tg) bump(years, t.year)
    if (yr && tg) for (const s of t.speakers) bump(speakers, s)
    if (yr && sp) for (const g of tagSlugsOf(t)) bump(tags, g)
    if (sp && yr && tg) talks.push(t)
  }
  return { talks, years, speakers, tags }
}

export function browse(data: BrowseData, params: BrowseSearch): BrowseResult {
  const matched = params.q ? data.search(params.q) : data.talks

  const tags = tagList(data.talks)
  // With only the first page loaded, a speaker or a topic may just not be known yet.
  const unknownSpeaker = !data.yearFacets && !!params.speaker && !data.speakers.some((s) => s.slug === params.speaker)
  const unknownTag = !data.yearFacets && !!params.tag && !tags.some((t) => t.slug === params.tag)
  const { talks, years: yearCounts, speakers: speakerCounts, tags: tagCounts } = facets(matched, params)

  // A chosen option stays listed (with 0) even when the other filters leave it empty.
  if (params.year && !yearCounts.has(params.year)) yearCounts.set(params.year, 0)
  if (params.speaker && !unknownSpeaker && !speakerCounts.has(params.speaker)) speakerCounts.set(params.speaker, 0)
  if (params.tag && !unknownTag && !tagCounts.has(params.tag)) tagCounts.set(params.tag, 0)

  const unfiltered = !params.q && !params.speaker && !params.tag
  const years = data.yearFacets && unfiltered ? data.yearFacets.map(([y, n]) => [y, n] as [number, number]) : ([...yearCounts] as [number, number][]).sort((a, b) => b[0] - a[0])
  return {
    talks,
    yearCounts: years,
    speakerCounts: data.speakers.filter((s) => speakerCounts.has(s.slug)).map((s) => [s, speakerCounts.get(s.slug)!] as [Speaker, number]),
    tagCounts: tags.filter((t) => tagCounts.has(t.slug)).map((t) => [t, tagCounts.get(t.slug)!] as [Tag, number]),
    unknownSpeaker,
    unknownTag,
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
