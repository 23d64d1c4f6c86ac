// The compiled collection cut into the modules of the wire format (wire.ts): a first load that stays
// small at any size, list and summary chunks by timeline position, talk pages and speaker profiles in
// buckets by slug. Runs in the talks plugin; tests use it to build collections of their own.
import { localToday } from './browse.ts'
import type { Picture } from './images.ts'
import { packSearch, type SearchChunk } from './search/pack.ts'
import type { Speaker, SpeakerProfile, SpeakerRow, Talk, TalkIndex } from './types.ts'
import {
  bucketOf,
  DETAIL_BUCKET_SIZE,
  encodeRow,
  FIRST_PAGE,
  LIST_CHUNK,
  PROFILE_BUCKET_SIZE,
  SEARCH_CHUNK_SIZE,
  SUMMARY_CHUNK_SIZE,
  type DetailPayload,
  type EncodeContext,
  type FirstLoad,
  type RowSet,
  type SpeakersPayload,
} from './wire.ts'

/** Other talks by a talk's speakers, shown on its page. */
const RELATED = 3

export interface Payload {
  first: FirstLoad
  list: unknown[][][]
  speakers: SpeakersPayload
  summaries: string[][]
  details: DetailPayload[][]
  profiles: SpeakerProfile[][]
  aliases: Record<string, string>
  search: SearchChunk[]
}

export interface EncodeOptions {
  /** When the site is built: talks from the day before on may still be upcoming. */
  now?: Date
  /** Smaller cuts, for tests that need several chunks of a small collection. */
  listSize?: number
  summarySize?: number
  detailBucketSize?: number
  /** Resized copies of images, from the build's image pipeline (none in dev and tests: originals). */
  pictures?: (sitePath: string) => Picture | undefined
  /** Talk slug → plain text of its body, for the full-text search (none: abstracts only). */
  texts?: ReadonlyMap<string, string>
  searchSize?: number
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

function buckets<T>(items: T[], count: number, slugOf: (item: T) => string): T[][] {
  const out: T[][] = Array.from({ length: count }, () => [])
  for (const item of items) out[bucketOf(slugOf(item), count)]!.push(item)
  return out
}

/** A day's margin for time zones: a talk dated yesterday may still be ahead for some readers. */
export function upcomingFrom(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10)
}

type Pictures = EncodeOptions['pictures']

/** A speaker as listed, with the photo's resized copies when there are some. */
function speakerRow({ slug, name, role, org, image }: Speaker, pictures: Pictures): SpeakerRow {
  const picture = image ? pictures?.(image) : undefined
  return picture ? { slug, name, role, org, image, picture } : { slug, name, role, org, image }
}

/** Rows for some talks, self-contained: with just the speakers they name, and their summaries. */
export function rowSet(talks: { talk: Talk; pos: number }[], bySlug: ReadonlyMap<string, Speaker>, upcoming: string, pictures?: Pictures): RowSet {
  const speakers = [...new Set(talks.flatMap(({ talk }) => talk.speakers))].map((s) => bySlug.get(s)!).filter(Boolean)
  const ctx: EncodeContext = { speakerIndex: new Map(speakers.map((s, i) => [s.slug, i])), upcomingFrom: upcoming, pictures }
  return { pos: talks.map((t) => t.pos), rows: talks.map(({ talk }) => encodeRow(talk, ctx)), speakers: speakers.map((s) => speakerRow(s, pictures)), summaries: talks.map(({ talk }) => talk.summary) }
}

/** [year, talks, first position] for every year, newest first (talks come newest first). */
function yearFacets(talks: Talk[]): [number, number, number][] {
  const years: [number, number, number][] = []
  talks.forEach((t, pos) => {
    const last = years[years.length - 1]
    if (last && last[0] === t.year) last[1]++
    else years.push([t.year, 1, pos])
  })
  return years
}

/** Other talks by a talk's speakers, newest first. */
function relatedTalks(talk: Talk, pos: number, posOf: ReadonlyMap<string, number>, bySlug: ReadonlyMap<string, Speaker>): number[] {
  const found = new Set<number>()
  for (const s of talk.speakers) {
    for (const slug of bySlug.get(s)?.talks ?? []) {
      const p = posOf.get(slug)
      if (p !== undefined && p !== pos) found.add(p)
    }
  }
  return [...found].sort((a, b) => a - b).slice(0, RELATED)
}

function detailsOf(index: TalkIndex, bodies: ReadonlyMap<string, string>, bySlug: ReadonlyMap<string, Speaker>, upcoming: string, pictures: Pictures): DetailPayload[] {
  const posOf = new Map(index.talks.map((t, i) => [t.slug, i]))
  const brief = (t: Talk | undefined) => t && { slug: t.slug, title: t.title }
  return index.talks.map((talk, pos) => ({
    talk: { ...talk, html: bodies.get(talk.slug) ?? '' },
    pos,
    older: brief(index.talks[pos + 1]),
    newer: brief(index.talks[pos - 1]),
    related: rowSet([pos, ...relatedTalks(talk, pos, posOf, bySlug)].map((p) => ({ talk: index.talks[p]!, pos: p })), bySlug, upcoming, pictures),
  }))
}

export function encodePayload(index: TalkIndex, bodies: ReadonlyMap<string, string>, options: EncodeOptions = {}): Payload {
  const { now = new Date(), listSize = LIST_CHUNK, summarySize = SUMMARY_CHUNK_SIZE, detailBucketSize = DETAIL_BUCKET_SIZE, searchSize = SEARCH_CHUNK_SIZE, pictures, texts = new Map() } = options
  const upcoming = upcomingFrom(now)
  const bySlug = new Map(index.speakers.map((s) => [s.slug, s]))
  const all: EncodeContext = { speakerIndex: new Map(index.speakers.map((s, i) => [s.slug, i])), upcomingFrom: upcoming, pictures }
  const detailBuckets = Math.ceil(index.talks.length / detailBucketSize) || 1
  const profileBuckets = Math.ceil(index.speakers.length / PROFILE_BUCKET_SIZE) || 1
  const list = chunk(index.talks.map((t) => encodeRow(t, all)), listSize)
  const search = packSearch(index.talks, texts, searchSize)
  const profiles = index.speakers.map(({ slug, bio, bioHtml, links, variants }): SpeakerProfile => ({ slug, bio, bioHtml, links, variants }))
  return {
    first: {
      total: index.talks.length,
      today: localToday(now),
      years: yearFacets(index.talks),
      first: rowSet(index.talks.slice(0, FIRST_PAGE).map((talk, pos) => ({ talk, pos })), bySlug, upcoming, pictures),
      chunks: { list: list.length, listSize, summarySize, details: detailBuckets, profiles: profileBuckets, search: search.length, searchSize },
    },
    list,
    speakers: { speakers: index.speakers.map((s) => speakerRow(s, pictures)), talks: index.speakers.map((s) => s.talks.length) },
    summaries: chunk(index.talks.map((t) => t.summary), summarySize),
    details: buckets(detailsOf(index, bodies, bySlug, upcoming, pictures), detailBuckets, (d) => d.talk.slug),
    profiles: buckets(profiles, profileBuckets, (p) => p.slug),
    aliases: index.aliases,
    search,
  }
}

