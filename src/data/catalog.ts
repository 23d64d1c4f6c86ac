// The talk list, loaded in two steps so the first load does not grow with the archive: the first page
// of the timeline comes with the app (virtual:talks), the rest in chunks after first paint or when a
// view needs it (loadCatalog). Lookups answer from whatever is loaded.
import first, { loadList, loadSpeakers } from 'virtual:talks'
import { prepareBrowse } from './browse.ts'
import { announce, yieldToMain } from './data-version.ts'
import type { SpeakerRow } from './types.ts'
import { decodeRows, type RowSet, type TalkRow } from './wire.ts'

export type { TalkRow } from './wire.ts'

/** Every talk in the archive, loaded or not (changes only in dev, when a talk file is added or deleted). */
export let totalTalks = first.total
/** [year, talks, position of its first talk], newest first: the year filter and jumps without the list. */
export let yearFacets: readonly (readonly [number, number, number])[] = first.years

let rows: readonly TalkRow[] = decodeRows(first.first.rows, first.first.speakers, first.first.pos)
let complete = rows.length >= totalTalks
const bySlug = new Map(rows.map((t) => [t.slug, t]))
const speakers = new Map(first.first.speakers.map((s) => [s.slug, s]))
let everySpeaker: { speakers: SpeakerRow[]; talks: Map<string, number> } | undefined
let ofSpeaker: Map<string, TalkRow[]> | undefined

/** The talks loaded so far, newest first: the first page, or all of them once loadCatalog is done. */
export function loadedTalks(): readonly TalkRow[] {
  return rows
}

export function catalogComplete(): boolean {
  return complete
}

export function talkBySlug(slug: string): TalkRow | undefined {
  return bySlug.get(slug)
}

export function speakerBySlug(slug: string): SpeakerRow | undefined {
  return speakers.get(slug)
}

export function speakersOf(talk: Pick<TalkRow, 'speakers'>): SpeakerRow[] {
  return talk.speakers.map((s) => speakers.get(s)).filter((s): s is SpeakerRow => !!s)
}

/** Rows that came with a page (a talk page's related talks): known from now on. */
export function addRows(set: RowSet): TalkRow[] {
  for (const s of set.speakers) if (!speakers.has(s.slug)) speakers.set(s.slug, s)
  return decodeRows(set.rows, set.speakers, set.pos).map((t) => {
    const known = bySlug.get(t.slug)
    if (!known) bySlug.set(t.slug, t)
    return known ?? t
  })
}

/** A row that changed in place (a dev edit): it keeps its position. */
export function replaceRow(set: RowSet): TalkRow | undefined {
  const [fresh] = decodeRows(set.rows, set.speakers, 0)
  const old = fresh && bySlug.get(fresh.slug)
  if (!fresh || !old) return undefined
  const row = { ...fresh, pos: old.pos }
  for (const s of set.speakers) speakers.set(s.slug, s)
  bySlug.set(row.slug, row)
  rows = rows.map((t) => (t.slug === row.slug ? row : t))
  ofSpeaker = undefined
  return row
}

/** Dev: a talk put in at `pos`; the talks from there on move down one. */
export function insertRow(pos: number, set: RowSet): void {
  const [fresh] = decodeRows(set.rows, set.speakers, pos)
  if (!fresh) return
  for (const s of set.speakers) if (!speakers.has(s.slug)) speakers.set(s.slug, s)
  shift(pos, 1)
  bySlug.set(fresh.slug, fresh)
  const kept = [...rows]
  // The loaded rows are the first positions (or all of them): the new one joins them if it lands there.
  if (pos <= kept.length) kept.splice(pos, 0, fresh)
  rows = kept
  totalTalks++
  yearFacets = facetsWith(yearFacets, fresh.year, pos, 1)
  if (everySpeaker) countTalks(fresh.speakers, 1, set.speakers)
  ofSpeaker = undefined
}

/** Dev: a talk taken out; the talks after it move up one. */
export function removeRow(slug: string, pos: number, year: number, of: readonly string[]): void {
  bySlug.delete(slug)
  shift(pos + 1, -1)
  rows = rows.filter((t) => t.slug !== slug)
  totalTalks--
  yearFacets = facetsWith(yearFacets, year, pos, -1)
  if (everySpeaker) countTalks(of, -1, [])
  ofSpeaker = undefined
}

/**
 * Moves every known row at `from` or later by `delta` positions. In place: a row keeps its object,
 * so the cards showing it need not render again (what they show of it is the same).
 */
function shift(from: number, delta: number): void {
  for (const t of bySlug.values()) if (t.pos >= from) t.pos += delta
}

/** Year facets after a talk of `year` came in at (delta 1) or went from (delta -1) `pos`. */
export function facetsWith(facets: readonly (readonly [number, number, number])[], year: number, pos: number, delta: 1 | -1): [number, number, number][] {
  const out = facets.map(([y, n, start]): [number, number, number] => (y === year ? [y, n + delta, delta > 0 ? Math.min(start, pos) : start] : [y, n, start > pos || (delta > 0 && start === pos) ? start + delta : start]))
  if (delta > 0 && !facets.some(([y]) => y === year)) out.push([year, 1, pos])
  return out.filter(([, n]) => n > 0).sort((a, b) => b[0] - a[0])
}

/** Dev: talk counts of the speakers list after a talk came or went; a speaker left with none goes. */
function countTalks(of: readonly string[], delta: number, rowsOf: readonly SpeakerRow[]): void {
  const all = everySpeaker!
  for (const slug of of) {
    const n = (all.talks.get(slug) ?? 0) + delta
    all.talks.set(slug, n)
    const listed = all.speakers.some((s) => s.slug === slug)
    if (n <= 0) all.speakers = all.speakers.filter((s) => s.slug !== slug)
    else if (!listed) {
      const row = rowsOf.find((s) => s.slug === slug) ?? speakers.get(slug)
      if (row) all.speakers = [...all.speakers, row].sort((a, b) => a.name.localeCompare(b.name, 'en'))
    }
  }
}

let loading: Promise<void> | undefined

async function loadAll(): Promise<void> {
  const all = await loadSpeakers()
  for (const s of all.speakers) speakers.set(s.slug, s)
  everySpeaker = { speakers: all.speakers, talks: new Map(all.speakers.map((s, i) => [s.slug, all.talks[i]!])) }
  await yieldToMain()
  const decoded: TalkRow[] = []
  // A chunk at a time, the next one fetched meanwhile: parsing and decoding 50,000 rows at once would
  // hold the main thread for long.
  let next: Promise<unknown[][]> | undefined = loadList(0)
  for (let n = 0; next; n++) {
    const list = await next
    next = n + 1 < first.chunks.list ? loadList(n + 1) : undefined
    await yieldToMain()
    // Rows already shown (the first page) keep their objects: the cards showing them need not render again.
    const chunk = decodeRows(list, all.speakers, decoded.length).map((t) => bySlug.get(t.slug) ?? t)
    decoded.push(...chunk)
    await yieldToMain()
    // What the first render of the whole list would otherwise do in one piece, a chunk at a time.
    prepareBrowse(chunk)
    await yieldToMain()
  }
  for (const t of decoded) bySlug.set(t.slug, t)
  await yieldToMain()
  prepareBrowse([], decoded)
  await yieldToMain()
  rows = decoded
  complete = true
  ofSpeaker = undefined
  announce()
}

/** Loads the whole list and every speaker (once); resolves when lookups answer for all of them. */
export function loadCatalog(): Promise<void> {
  if (complete && everySpeaker) return Promise.resolve()
  loading ??= loadAll()
  return loading
}

/** Every speaker, by name, with their talk counts (after loadCatalog). */
export function allSpeakers(): readonly SpeakerRow[] {
  return everySpeaker?.speakers ?? [...speakers.values()]
}

export function talkCountOf(slug: string): number {
  return everySpeaker?.talks.get(slug) ?? talksBySpeaker(slug).length
}

/** Talks of a speaker, newest first (complete after loadCatalog). */
export function talksBySpeaker(slug: string): TalkRow[] {
  if (!ofSpeaker) {
    ofSpeaker = new Map()
    for (const t of rows) {
      for (const s of t.speakers) {
        const list = ofSpeaker.get(s)
        if (list) list.push(t)
        else ofSpeaker.set(s, [t])
      }
    }
  }
  return ofSpeaker.get(slug) ?? []
}

/** Co-speakers of a speaker, most shared talks first. */
export function coSpeakers(slug: string): SpeakerRow[] {
  const counts = new Map<string, number>()
  for (const t of talksBySpeaker(slug)) for (const s of t.speakers) if (s !== slug) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => speakers.get(s))
    .filter((s): s is SpeakerRow => !!s)
}
