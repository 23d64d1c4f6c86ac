// The wire format between the talks plugin (build time, Node) and the app (browser): the virtual
// module ids, what each module exports, and the compact row a talk card is drawn from, with its
// encoder and decoder side by side. To add a field to the cards, add a column here and use it in the
// view; nothing else changes. Runtime-neutral: no DOM, no Node.
import type { Picture } from './images.ts'
import type { SearchChunk } from './search/pack.ts'
import { registrationLink } from './registration.ts'
import { zonedSlot } from './zones.ts'
import type { Badge, LabelledLink, SpeakerProfile, SpeakerRow, Talk, TalkDetail } from './types.ts'

// ---- Module ids
//
// virtual:talks               eager and small at any size: the first page of the timeline, the year
//                             facets and the counts the app needs to address everything else
// virtual:talks/list          the loaders of the list chunks (likewise summaries, details, profiles):
//                             kept out of the first load, whose size would otherwise grow with them
// virtual:talks/list/N        the timeline's rows N * LIST_CHUNK … (after first paint, or on demand)
// virtual:talks/speakers      every speaker as listed, with their talk counts
// virtual:talks/summaries/N   card summaries, by timeline position
// virtual:talks/details/B     talk pages (body, links, neighbours, related talks), bucketed by slug
// virtual:talks/profiles/B    speaker bios and links, bucketed by slug
// virtual:talks/search/N      full-text search: body text and link keys, by timeline position
// virtual:talks/aliases       old Hugo paths → talk slugs

export const TALKS_MODULE = 'virtual:talks'
const CHUNK_PREFIX = `${TALKS_MODULE}/`
const KINDS = ['list', 'speakers', 'summaries', 'details', 'profiles', 'aliases', 'search'] as const

export type ChunkKind = (typeof KINDS)[number]

/** "virtual:talks/details/3"; without a number, the table of a chunked kind's loaders (or the one module of speakers and aliases). */
export function chunkModuleId(kind: ChunkKind, n?: number): string {
  return n === undefined ? `${CHUNK_PREFIX}${kind}` : `${CHUNK_PREFIX}${kind}/${n}`
}

export function isTalksModule(id: string): boolean {
  return id === TALKS_MODULE || id.startsWith(CHUNK_PREFIX)
}

export function parseChunkModuleId(id: string): { kind: ChunkKind; n?: number } | undefined {
  const [kind, n, ...rest] = id.slice(CHUNK_PREFIX.length).split('/')
  if (!id.startsWith(CHUNK_PREFIX) || !(KINDS as readonly string[]).includes(kind!) || rest.length || (n !== undefined && !/^\d+$/.test(n))) return undefined
  return n === undefined ? { kind: kind as ChunkKind } : { kind: kind as ChunkKind, n: Number(n) }
}

/**
 * Cards in the first load (the prerendered page and its data), and how many more mount as the list
 * scrolls near its end. Twelve are two to three screens on a desktop and six on a phone, ahead of
 * the whole list, which loads after the first paint; each card more is bytes before the list and
 * layout in its first task, and work in every keystroke's render of search results.
 */
export const FIRST_PAGE = 12
/** Rows per list chunk, summaries per summary chunk: the unit of lazy loading. */
export const LIST_CHUNK = 2000
export const SUMMARY_CHUNK_SIZE = 250
/** Talks per full-text search chunk: a few hundred KB of text, parsed and indexed one at a time. */
export const SEARCH_CHUNK_SIZE = 500
/** Talks per detail bucket and speakers per profile bucket, on average. */
export const DETAIL_BUCKET_SIZE = 40
export const PROFILE_BUCKET_SIZE = 200

/** A stable bucket for a slug (FNV-1a): pages find their chunk from the slug alone, with no index to load. */
export function bucketOf(slug: string, buckets: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < slug.length; i++) h = Math.imul(h ^ slug.charCodeAt(i), 0x01000193)
  return (h >>> 0) % Math.max(1, buckets)
}

/** What `import('virtual:talks')` gives the app (declared for TypeScript in virtual-talks.d.ts). */
export interface TalksModule {
  default: FirstLoad
  loadList(n: number): Promise<unknown[][]>
  loadSpeakers(): Promise<SpeakersPayload>
  /** Summaries of talks [n * SUMMARY_CHUNK_SIZE, (n + 1) * SUMMARY_CHUNK_SIZE), by timeline position. */
  loadSummaries(n: number): Promise<string[]>
  loadDetails(bucket: number): Promise<DetailPayload[]>
  loadProfiles(bucket: number): Promise<SpeakerProfile[]>
  /** Old Hugo paths (normalised) → talk slug. */
  loadAliases(): Promise<Record<string, string>>
  /** Full-text search data of talks [n * SEARCH_CHUNK_SIZE, …), by timeline position. */
  loadSearch(n: number): Promise<SearchChunk>
  /**
   * Where a search worker can fetch chunk n itself (a production build's JSON file), so its text is
   * never parsed on the main thread; undefined where chunks are modules (dev, tests) or files on disk.
   */
  searchChunkUrl(n: number): string | undefined
}

// ---- Badges

/** The badges a card shows, in the order of their bits in a row. */
const BADGES: readonly Badge[] = ['Video', 'Recording', 'Slides', 'PPT', 'Event page']

function sameSite(a: string, b: string | undefined): boolean {
  return !!b && new URL(a).host === new URL(b).host
}

export function badgesOf(talk: Talk): Badge[] {
  const out: Badge[] = []
  if (talk.video && talk.video.kind !== 'external') out.push('Video')
  // A "video" link that is really the event's page (FOSDEM's schedule pages, say) is not a
  // recording of its own: the "Event page" badge already says it.
  else if (talk.video && !sameSite(talk.video.url, talk.links.event)) out.push('Recording')
  if (talk.slides.some((s) => s.kind !== 'pptx')) out.push('Slides')
  if (talk.slides.some((s) => s.kind === 'pptx')) out.push('PPT')
  if (talk.links.event) out.push('Event page')
  return out
}

// ---- The row of a talk card

interface DecodeContext {
  speakers: readonly SpeakerRow[]
}

/** One column: how a talk's field is written into a row, and read back. */
const column = <E, D>(encode: (talk: Talk, ctx: EncodeContext) => E, decode: (value: E, ctx: DecodeContext) => D) => ({ encode, decode })
const text = <K extends keyof Talk>(key: K) => column((t) => t[key] as string, (v) => v)
/** Text that may be absent: written as "" to keep rows short. */
const optional = (get: (t: Talk) => string | undefined) => column((t) => get(t) ?? '', (v) => v || undefined)

const COLUMNS = {
  slug: text('slug'),
  title: text('title'),
  /** "YYYY-MM-DD" as written. */
  date: text('date'),
  /** The time slot as written. */
  time: optional((t) => t.timeSlot?.text),
  /** Speaker slugs, written as indices into the speaker list. */
  speakers: column(
    (t, c) => t.speakers.map((s) => c.speakerIndex.get(s)!),
    (v, c) => v.map((i) => c.speakers[i]!.slug),
  ),
  event: optional((t) => t.event),
  image: optional((t) => t.previewImage),
  /** The preview image's size and variant key when the build made resized copies (src/data/images.ts); 0: none, show the original. */
  picture: column((t, c): Picture | 0 => (t.previewImage && c.pictures?.(t.previewImage)) || 0, (v) => v || undefined),
  badges: column(
    (t) => badgesOf(t).reduce((bits, b) => bits | (1 << BADGES.indexOf(b)), 0),
    (v) => BADGES.filter((_, i) => v & (1 << i)),
  ),
  tags: column((t) => t.tags, (v) => v),
  /** For talks still ahead when the site was built: where to register or attend (0: none). */
  cta: column(
    (t, c): LabelledLink | 0 => (t.date >= c.upcomingFrom ? (registrationLink(t) ?? 0) : 0),
    (v) => v || undefined,
  ),
  /** A slot in a known zone, for the reader's own time (src/data/local-time.ts); 0: none. */
  zoned: column((t): [number, number, number] | 0 => zonedSlot(t.date, t.timeSlot) ?? 0, (v) => v || undefined),
}

type Columns = typeof COLUMNS
const KEYS = Object.keys(COLUMNS) as (keyof Columns)[]

type Decoded = { [K in keyof Columns]: ReturnType<Columns[K]['decode']> }
type OptionalKey = { [K in keyof Decoded]: undefined extends Decoded[K] ? K : never }[keyof Decoded]

/** A talk as listed: what a card, the filters and the title search need. */
export type TalkRow = { [K in Exclude<keyof Decoded, OptionalKey>]: Decoded[K] } & { [K in OptionalKey]?: Exclude<Decoded[K], undefined> } & {
  year: number
  /** Position in the timeline (newest first); chunks are addressed by it. */
  pos: number
}

/** Rows with the speakers they point into: the first page, or a talk page's related talks. */
export interface RowSet {
  /** Timeline position of each row. */
  pos: number[]
  rows: unknown[][]
  speakers: SpeakerRow[]
  summaries: string[]
}

/** The eager module: what the first screen needs, whatever the archive's size. */
export interface FirstLoad {
  total: number
  /** The day the data was made (YYYY-MM-DD, in the build's zone): the prerendered pages split upcoming talks by it. */
  today: string
  /** [year, talks, position of its first talk], newest first. */
  years: [number, number, number][]
  first: RowSet
  /** How the rest is cut: list chunks (count, rows each), summaries per chunk, detail and profile buckets. */
  chunks: { list: number; listSize: number; summarySize: number; details: number; profiles: number; search: number; searchSize: number }
}

export interface SpeakersPayload {
  speakers: SpeakerRow[]
  /** Talks per speaker, in the same order. */
  talks: number[]
}

/** A talk page: the talk with its body, its place in the timeline, and what the page shows beside it. */
export interface DetailPayload {
  talk: TalkDetail
  pos: number
  /** The older and newer talk in the timeline. */
  older?: { slug: string; title: string }
  newer?: { slug: string; title: string }
  /** The talk's own row (first), then other talks by its speakers. */
  related: RowSet
}

/**
 * Dev server only: a talk file saved, added or deleted, sent as an HMR event so the open page
 * updates in place instead of reloading every chunk.
 */
export const TALK_PATCH_EVENT = 'talkshelf:talk'
/** One change to the timeline; positions are those of the list the page has when it applies it. */
export type TalkChange =
  /** A talk that stays where it was: its row and detail change. */
  | { op: 'replace'; talk: TalkDetail; set: RowSet; search: SearchEntry }
  /** A talk taken out (its file deleted, or moved by a new date: an insert follows). */
  | { op: 'remove'; slug: string; pos: number; year: number; speakers: string[] }
  /** A talk put in at `pos` (a new file, or a talk moved): the talks from there on move down one. */
  | { op: 'insert'; pos: number; talk: TalkDetail; set: RowSet; search: SearchEntry }
export interface TalkPatch {
  changes: TalkChange[]
}
/** A talk's entry in the full-text search (search/pack.ts). */
export interface SearchEntry {
  text: string
  links: string[]
}

export interface EncodeContext {
  speakerIndex: ReadonlyMap<string, number>
  /** Talks on or after this date may still be upcoming for readers. */
  upcomingFrom: string
  /** Resized copies the build made of an image (a site path), if any. */
  pictures?: (sitePath: string) => Picture | undefined
}

export function encodeRow(talk: Talk, ctx: EncodeContext): unknown[] {
  return KEYS.map((k) => COLUMNS[k].encode(talk, ctx))
}

/** Rows whose speaker indices point into `speakers`, at timeline positions `pos[i]` (else first + i). */
export function decodeRows(rows: readonly unknown[][], speakers: readonly SpeakerRow[], pos: number | readonly number[] = 0): TalkRow[] {
  const ctx: DecodeContext = { speakers }
  return rows.map((row, i) => {
    const out = { pos: typeof pos === 'number' ? pos + i : pos[i]! } as Record<string, unknown>
    KEYS.forEach((k, c) => {
      const value = (COLUMNS[k].decode as (v: unknown, c: DecodeContext) => unknown)(row[c], ctx)
      if (value !== undefined) out[k] = value
    })
    out.year = Number((out.date as string).slice(0, 4))
    return out as TalkRow
  })
}
