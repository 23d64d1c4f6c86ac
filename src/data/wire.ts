// The wire format between the talks plugin (build time, Node) and the app (browser): the virtual
// module ids, what each module exports, and the compact row a talk card is drawn from, with its
// encoder and decoder side by side. To add a field to the cards, add a column here and use it in the
// view; nothing else changes. Runtime-neutral: no DOM, no Node.
import { registrationLink } from './registration.ts'
import { zonedSlot } from './zones.ts'
import type { Badge, LabelledLink, Speaker, SpeakerProfile, SpeakerRow, Talk, TalkDetail, TalkIndex } from './types.ts'

// ---- Module ids

export const TALKS_MODULE = 'virtual:talks'
const CHUNK_PREFIX = `${TALKS_MODULE}/`

export type ChunkKind = 'summaries' | 'details' | 'profiles' | 'aliases'

/** "virtual:talks/details/3"; profiles and aliases are one module each. */
export function chunkModuleId(kind: ChunkKind, n?: number): string {
  return n === undefined ? `${CHUNK_PREFIX}${kind}` : `${CHUNK_PREFIX}${kind}/${n}`
}

export function isTalksModule(id: string): boolean {
  return id === TALKS_MODULE || id.startsWith(CHUNK_PREFIX)
}

export function parseChunkModuleId(id: string): { kind: ChunkKind; n: number } | undefined {
  const [kind, n] = id.slice(CHUNK_PREFIX.length).split('/')
  if (!id.startsWith(CHUNK_PREFIX) || !['summaries', 'details', 'profiles', 'aliases'].includes(kind!)) return undefined
  return { kind: kind as ChunkKind, n: Number(n ?? 0) }
}

/** What `import('virtual:talks')` gives the app (declared for TypeScript in virtual-talks.d.ts). */
export interface TalksModule {
  /** The eager list: compact rows for every talk, and the speakers. */
  default: ListPayload
  /** Summaries of talks [n * summaryChunkSize, (n + 1) * summaryChunkSize), by timeline position. */
  loadSummaries(n: number): Promise<string[]>
  /** Full talk data with rendered bodies, [n * detailChunkSize, …), by timeline position. */
  loadDetails(n: number): Promise<TalkDetail[]>
  loadProfiles(): Promise<SpeakerProfile[]>
  /** Old Hugo paths (normalised) → talk slug. */
  loadAliases(): Promise<Record<string, string>>
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

interface EncodeContext {
  speakerIndex: Map<string, number>
  /** Talks on or after this date may still be upcoming for readers. */
  upcomingFrom: string
}

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

/** The eager part of `virtual:talks`. */
export interface ListPayload {
  /** One row per talk, newest first, with the columns above in order. */
  rows: unknown[][]
  speakers: SpeakerRow[]
  summaryChunkSize: number
  detailChunkSize: number
}

function encodeRow(talk: Talk, ctx: EncodeContext): unknown[] {
  return KEYS.map((k) => COLUMNS[k].encode(talk, ctx))
}

export function decodeRows(list: ListPayload): TalkRow[] {
  const ctx: DecodeContext = { speakers: list.speakers }
  return list.rows.map((row, pos) => {
    const out = { pos } as Record<string, unknown>
    KEYS.forEach((k, i) => {
      const value = (COLUMNS[k].decode as (v: unknown, c: DecodeContext) => unknown)(row[i], ctx)
      if (value !== undefined) out[k] = value
    })
    out.year = Number((out.date as string).slice(0, 4))
    return out as TalkRow
  })
}

// ---- The whole payload

export const SUMMARY_CHUNK_SIZE = 250
export const DETAIL_CHUNK_SIZE = 50

/** Everything the talks modules serve: the eager list and the lazily loaded chunks. */
export interface ClientPayload {
  list: ListPayload
  summaries: string[][]
  details: TalkDetail[][]
  profiles: SpeakerProfile[]
  aliases: Record<string, string>
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

function profileOf(s: Speaker): SpeakerProfile {
  return { slug: s.slug, bio: s.bio, bioHtml: s.bioHtml, links: s.links, variants: s.variants }
}

/** A day's margin for time zones: a talk dated yesterday may still be ahead for some readers. */
function upcomingFrom(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10)
}

export interface EncodeOptions {
  /** When the site is built: talks from the day before on may still be upcoming. */
  now?: Date
  summaryChunkSize?: number
  detailChunkSize?: number
}

export function encodePayload(index: TalkIndex, bodies: ReadonlyMap<string, string>, options: EncodeOptions = {}): ClientPayload {
  const { now = new Date(), summaryChunkSize = SUMMARY_CHUNK_SIZE, detailChunkSize = DETAIL_CHUNK_SIZE } = options
  const ctx: EncodeContext = { speakerIndex: new Map(index.speakers.map((s, i) => [s.slug, i])), upcomingFrom: upcomingFrom(now) }
  return {
    list: {
      rows: index.talks.map((t) => encodeRow(t, ctx)),
      speakers: index.speakers.map(({ slug, name, role, org, image }) => ({ slug, name, role, org, image })),
      summaryChunkSize,
      detailChunkSize,
    },
    summaries: chunk(index.talks.map((t) => t.summary), summaryChunkSize),
    details: chunk(index.talks.map((t) => ({ ...t, html: bodies.get(t.slug) ?? '' })), detailChunkSize),
    profiles: index.speakers.map(profileOf),
    aliases: index.aliases,
  }
}
