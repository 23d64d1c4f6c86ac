// The app's data API: the only importer of `virtual:talks`. Views ask here, never the module.
import index, { loadBodyChunk } from 'virtual:talks'
import { createSearch, searchDocs, type SearchHit } from './search.ts'
import type { Speaker, Talk, TalkBody } from './types.ts'

export type { Speaker, Talk, TalkBody } from './types.ts'
export type { SearchHit } from './search.ts'

const talkMap = new Map(index.talks.map((t) => [t.slug, t]))
const speakerMap = new Map(index.speakers.map((s) => [s.slug, s]))
const positions = new Map(index.talks.map((t, i) => [t.slug, i]))

/** All talks, newest first. */
export const allTalks: readonly Talk[] = index.talks
/** All speakers, by name. */
export const allSpeakers: readonly Speaker[] = index.speakers

export function talkBySlug(slug: string): Talk | undefined {
  return talkMap.get(slug)
}

export function speakerBySlug(slug: string): Speaker | undefined {
  return speakerMap.get(slug)
}

export function speakersOf(talk: Talk): Speaker[] {
  return talk.speakers.map((s) => speakerMap.get(s)).filter((s): s is Speaker => !!s)
}

/** Talks of a speaker, newest first. */
export function talksBySpeaker(slug: string): Talk[] {
  return (speakerMap.get(slug)?.talks ?? []).map((t) => talkMap.get(t)).filter((t): t is Talk => !!t)
}

/** Years that have talks, newest first. */
export const years: readonly number[] = [...new Set(index.talks.map((t) => t.year))]

/** The talk before and after in time (older / newer). */
export function neighbours(slug: string): { older?: Talk; newer?: Talk } {
  const i = positions.get(slug)
  if (i === undefined) return {}
  return { newer: index.talks[i - 1], older: index.talks[i + 1] }
}

/** Slug of the talk an old Hugo path (an `aliases` entry) now lives at. */
export function talkForAlias(path: string): string | undefined {
  const key = path.replace(/^\/+|\/+$/g, '').toLowerCase()
  return Object.prototype.hasOwnProperty.call(index.aliases, key) ? index.aliases[key] : undefined
}

/** Co-speakers of a speaker, most shared talks first. */
export function coSpeakers(slug: string): Speaker[] {
  const counts = new Map<string, number>()
  for (const t of talksBySpeaker(slug)) for (const s of t.speakers) if (s !== slug) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => speakerMap.get(s))
    .filter((s): s is Speaker => !!s)
}

/** Other talks by any of a talk's speakers, newest first. */
export function moreFromSpeakers(talk: Talk, limit = 4): Talk[] {
  const seen = new Set([talk.slug])
  const out: Talk[] = []
  for (const t of index.talks) {
    if (seen.has(t.slug) || !t.speakers.some((s) => talk.speakers.includes(s))) continue
    seen.add(t.slug)
    out.push(t)
    if (out.length >= limit) break
  }
  return out
}

const bodyCache = new Map<number, Promise<Map<string, string>>>()

/** The sanitised HTML body of a talk, loaded with its chunk on demand. */
export async function loadTalkBody(talk: Talk): Promise<string> {
  let chunk = bodyCache.get(talk.bodyChunk)
  if (!chunk) {
    chunk = loadBodyChunk(talk.bodyChunk).then((bodies: TalkBody[]) => new Map(bodies.map((b) => [b.slug, b.html])))
    bodyCache.set(talk.bodyChunk, chunk)
  }
  return (await chunk).get(talk.slug) ?? ''
}

let searcher: ((q: string) => SearchHit[]) | undefined

/** Fuzzy search over all talks, best first; the index is built on the first query. */
export function searchTalks(query: string): SearchHit[] {
  searcher ??= createSearch(searchDocs(index.talks, speakerMap))
  return searcher(query)
}
