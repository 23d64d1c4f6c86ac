// The app's data API: the only importer of `virtual:talks`. Lists, filters and title search
// work synchronously on the eager rows; summaries, talk details and speaker profiles load in
// chunks on demand and are cached here.
import list, { loadAliases, loadDetails, loadProfiles, loadSummaries } from 'virtual:talks'
import { TalkSearch, type SearchHit } from './search/talk-search.ts'
import type { SpeakerProfile, SpeakerRow, TalkDetail } from './types.ts'
import { decodeRows, type TalkRow } from './wire.ts'

export type { SpeakerProfile, SpeakerRow, TalkDetail } from './types.ts'
export type { TalkRow } from './wire.ts'
export type { SearchHit } from './search/talk-search.ts'

export const allSpeakers: readonly SpeakerRow[] = list.speakers

/** All talks, newest first. */
export const allTalks: readonly TalkRow[] = decodeRows(list)

const talkMap = new Map(allTalks.map((t) => [t.slug, t]))
const speakerMap = new Map(allSpeakers.map((s) => [s.slug, s]))
const talksOfSpeaker = new Map<string, TalkRow[]>()
for (const t of allTalks) {
  for (const s of t.speakers) {
    const list = talksOfSpeaker.get(s)
    if (list) list.push(t)
    else talksOfSpeaker.set(s, [t])
  }
}

export function talkBySlug(slug: string): TalkRow | undefined {
  return talkMap.get(slug)
}

export function speakerBySlug(slug: string): SpeakerRow | undefined {
  return speakerMap.get(slug)
}

export function speakersOf(talk: TalkRow): SpeakerRow[] {
  return talk.speakers.map((s) => speakerMap.get(s)).filter((s): s is SpeakerRow => !!s)
}

/** Talks of a speaker, newest first. */
export function talksBySpeaker(slug: string): TalkRow[] {
  return talksOfSpeaker.get(slug) ?? []
}

/** The talk before and after in time (older / newer). */
export function neighbours(talk: TalkRow): { older?: TalkRow; newer?: TalkRow } {
  return { newer: allTalks[talk.pos - 1], older: allTalks[talk.pos + 1] }
}

/** Co-speakers of a speaker, most shared talks first. */
export function coSpeakers(slug: string): SpeakerRow[] {
  const counts = new Map<string, number>()
  for (const t of talksBySpeaker(slug)) for (const s of t.speakers) if (s !== slug) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => speakerMap.get(s))
    .filter((s): s is SpeakerRow => !!s)
}

/** Other talks by any of a talk's speakers, newest first. */
export function moreFromSpeakers(talk: TalkRow, limit = 3): TalkRow[] {
  const seen = new Set([talk.slug])
  const out: TalkRow[] = []
  for (const s of talk.speakers) {
    for (const t of talksBySpeaker(s)) {
      if (seen.has(t.slug)) continue
      seen.add(t.slug)
      out.push(t)
    }
  }
  return out.sort((a, b) => a.pos - b.pos).slice(0, limit)
}

// ---- Lazily loaded chunks ----

const summaryChunks = new Map<number, Promise<string[]>>()
const summaryCache: (string | undefined)[] = []

function summaryChunk(n: number): Promise<string[]> {
  let p = summaryChunks.get(n)
  if (!p) {
    p = loadSummaries(n).then((items) => {
      items.forEach((s, i) => (summaryCache[n * list.summaryChunkSize + i] = s))
      searcher?.addSummaries(n * list.summaryChunkSize, items)
      announce()
      return items
    })
    summaryChunks.set(n, p)
  }
  return p
}

/** A talk's summary if its chunk is loaded (synchronous, for rendering). */
export function summaryOf(talk: TalkRow): string | undefined {
  return summaryCache[talk.pos]
}

/** Loads the summaries of the given talks (only the chunks not loaded yet). */
export async function ensureSummaries(talks: readonly TalkRow[]): Promise<void> {
  const chunks = new Set(talks.filter((t) => summaryCache[t.pos] === undefined).map((t) => Math.floor(t.pos / list.summaryChunkSize)))
  await Promise.all([...chunks].map(summaryChunk))
}

/** Loads every summary (for search over abstracts). */
export function ensureAllSummaries(): Promise<void> {
  return ensureSummaries(allTalks)
}

// ---- Search ----

let searcher: TalkSearch | undefined

/** Fuzzy search, best first, over titles, speakers and events, and abstracts once loaded. */
export function searchTalks(query: string): SearchHit[] {
  if (!searcher) {
    searcher = new TalkSearch(allTalks, speakerMap)
    summaryCache.forEach((s, pos) => s !== undefined && searcher!.addSummaries(pos, [s]))
  }
  return searcher.search(query)
}

/**
 * Talks close to some text that found nothing as a whole (a query, a mistyped address): the best
 * hits of each of its words, in order, without repeats.
 */
export function closestTalks(text: string, limit: number): TalkRow[] {
  const seen = new Set<string>()
  for (const word of text.split(/\s+/).filter(Boolean)) for (const hit of searchTalks(word).slice(0, limit)) seen.add(hit.slug)
  return [...seen]
    .slice(0, limit)
    .map((slug) => talkMap.get(slug))
    .filter((t): t is TalkRow => !!t)
}

// Views re-run searches when more summaries arrive: a version number they can subscribe to.
let version = 0
const listeners = new Set<() => void>()
function announce() {
  version++
  for (const l of listeners) l()
}
export const dataVersion = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  get: () => version,
}

const detailChunks = new Map<number, Promise<TalkDetail[]>>()

/** Everything about a talk, with its rendered body. */
export async function loadTalk(talk: TalkRow): Promise<TalkDetail> {
  const n = Math.floor(talk.pos / list.detailChunkSize)
  let p = detailChunks.get(n)
  if (!p) detailChunks.set(n, (p = loadDetails(n)))
  const detail = (await p).find((d) => d.slug === talk.slug)
  if (!detail) throw new Error(`The details of “${talk.title}” are missing from the build.`)
  return detail
}

let profiles: Promise<Map<string, SpeakerProfile>> | undefined

/** Bios and links of speakers. */
export async function loadSpeakerProfiles(): Promise<Map<string, SpeakerProfile>> {
  profiles ??= loadProfiles().then((all) => new Map(all.map((p) => [p.slug, p])))
  return profiles
}

let aliases: Promise<Record<string, string>> | undefined

/** Slug of the talk an old Hugo path (an `aliases` entry) now lives at. */
export async function talkForAlias(path: string): Promise<string | undefined> {
  aliases ??= loadAliases()
  const map = await aliases
  const key = path.replace(/^\/+|\/+$/g, '').toLowerCase()
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}
