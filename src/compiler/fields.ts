// The mapping stage: a site's front matter → Talkshelf's talk fields, through the config's ordered
// key lists (config/defaults.ts). Values are read in the shapes real sites use: a date or an ISO
// date-time with offset (date, start time and zone at once), an end date-time or a duration in
// minutes, paths relative to a base; each value's own shapes are field-values.ts's.
// Links, media and Markdown are checked later (talk.ts), after the config's transform has run.
import { addMinutes, calendarDate, dateTimeOf, type DateTime } from './dates.ts'
import type { ResolvedConfig } from './config/resolve.ts'
import type { MappedTalk, SpeakerRef, TalkField } from './config/schema.ts'
import type { Diagnostic } from './diagnostics.ts'
import { addressOf, eventNameOf, eventPageOf, imageAddress, labelledLinks, tagsOf, videoAddress } from './field-values.ts'
import { FrontMatterReader, type Found } from './front-matter-reader.ts'
import { pageName } from './files.ts'
import { clockOf } from './time-slot.ts'

export interface FieldsResult {
  talk: MappedTalk
  /** Line of a key for a message, when the key is in the file (else 1). */
  lineOf(key: string): number
  /** Line of the key each field came from, to locate later checks. */
  lines: Partial<Record<TalkField, number>>
  /** The key each field came from (lower-cased), for npm run check's coverage table. */
  keys: Partial<Record<TalkField, string>>
  /** Where each of talk.slides came from. */
  slideSources: { line: number; key: string }[]
  /** Keys no field and no ignore list claims, as written, with their lines. */
  unknownKeys: { key: string; line: number }[]
  /** Their values, kept as written (Talk.extra). */
  extra: Record<string, unknown>
  /** The speakers came as text, not a list: one text may name several ("Jane Doe and John Smith"). */
  speakersAsText: boolean
}

function toJson(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString()
  if (Array.isArray(v)) return v.map(toJson)
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const [k, x] of Object.entries(v)) o[k] = toJson(x)
    return o
  }
  return v
}

/** A relative path read against a key's base ("2023/a.pdf" with base "/slides/" → "/slides/2023/a.pdf"). */
function withBase(address: string, base: string | undefined): string {
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith('/')) return address
  return `${base.replace(/\/+$/, '')}/${address.replace(/^\.?\/+/, '')}`
}

/** Every address the keys give, each with its key's line (repeats are dropped once checked). */
function addresses(found: Found[]): { address: string; line: number; key: string }[] {
  const out: { address: string; line: number; key: string }[] = []
  for (const f of found) {
    for (const item of Array.isArray(f.value) ? f.value : [f.value]) {
      const a = addressOf(item)
      if (a) out.push({ address: withBase(a, f.base), line: f.line, key: f.key })
    }
  }
  return out
}

function speakerRefs(found: Found[]): SpeakerRef[] {
  const out: SpeakerRef[] = []
  for (const f of found) {
    for (const item of Array.isArray(f.value) ? f.value : [f.value]) {
      if (typeof item === 'string' && item.trim()) out.push(item.trim())
      else if (item && typeof item === 'object' && !Array.isArray(item)) out.push(toJson(item) as SpeakerRef)
    }
  }
  return out
}

/**
 * The date a file's name starts with ("2023-05-04-keynote.md", "2021_02_07_x.md", a bundle's folder
 * "2023-05-04-keynote/index.md"): Hugo sites set `frontmatter.date = [":filename", …]` to date their
 * pages so, with no date in the front matter.
 */
function dateOfFileName(file: string): string | undefined {
  const m = /^(\d{4})[-_](\d{1,2})[-_](\d{1,2})(?=[-_]|$)/.exec(pageName(file))
  const date = m && calendarDate(`${m[1]}-${m[2]}-${m[3]}`)
  return date && date !== 'invalid' ? date : undefined
}

/** The key npm run check names for a date read from the file's name. */
export const FILE_NAME_DATE = '(file name)'

function readDate(fm: FrontMatterReader, config: ResolvedConfig, seen: Noted): DateTime | undefined {
  // A missing date is reported after the config's transform, which may supply one (talk.ts).
  const found = fm.first(config.fields.date)
  if (!found) {
    const date = dateOfFileName(fm.file)
    if (date) seen.keys.date = FILE_NAME_DATE
    return date ? { date } : undefined
  }
  seen.lines.date = found.line
  seen.keys.date = found.key
  const when = dateTimeOf(found.value)
  // A publication timestamp dates the talk (as Hugo dates the page) but is not its start time;
  // an invalid one is reported once, as publishDate (readPublishDate).
  if (found.key === 'publishdate') return when === 'invalid' ? undefined : when && { date: when.date }
  if (when !== 'invalid') return when
  const shown = found.value instanceof Date && Number.isNaN(found.value.getTime()) ? 'Invalid Date' : found.value instanceof Date ? found.value.toISOString() : String(found.value)
  fm.report(found.line, 'invalid-date', `"${fm.written.get(found.key) ?? found.key}" is not a real calendar date (${shown.slice(0, 40)}): write it as YYYY-MM-DD.`)
  return undefined
}

/** A time of day: a date-time's, or one written alone ("10:00", "4:30 PM"). */
function timeOf(found: Found | undefined): string | undefined {
  if (!found) return undefined
  const when = dateTimeOf(found.value)
  if (when !== 'invalid') return when.time
  return typeof found.value === 'string' ? clockOf(found.value) : undefined
}

/** The start time, when the date gave none: a time key of its own (DevOpsDays' Talk_start_time). */
function readStart(fm: FrontMatterReader, config: ResolvedConfig, when: DateTime | undefined): string | undefined {
  // Read even when the date has a time, so that its keys are never reported as unknown.
  const own = timeOf(fm.first(config.fields.start))
  return when?.time ?? own
}

/** The end time: an end date-time or time of day, else the start plus a duration in minutes. */
function readEnd(fm: FrontMatterReader, config: ResolvedConfig, start: string | undefined): string | undefined {
  const end = timeOf(fm.first(config.fields.end))
  if (end) return end
  const duration = fm.first(config.fields.duration)
  const minutes = duration ? Number(duration.value) : NaN
  if (!start || !Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) return undefined
  return addMinutes(start, minutes)
}

const isSlotNumber = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 100

function readTitle(fm: FrontMatterReader, config: ResolvedConfig, seen: Noted): string | undefined {
  const found = fm.first(config.fields.title)
  if (found) {
    seen.lines.title = found.line
    seen.keys.title = found.key
  }
  // Hugo prints a title written as a number or a date (`title: 2024`) as it reads: so does the archive.
  const title = found && typeof found.value === 'number' && Number.isFinite(found.value) ? String(found.value)
    : found?.value instanceof Date && !Number.isNaN(found.value.getTime()) ? found.value.toISOString().slice(0, 10)
    : fm.text(found, 'wrong-type')
  return title ? title.replace(/\s+/g, ' ') : undefined
}

function readPublishDate(fm: FrontMatterReader, config: ResolvedConfig): string | undefined {
  const found = fm.first(config.fields.publishDate)
  if (!found) return undefined
  const date = calendarDate(found.value)
  if (date !== 'invalid') return date
  fm.report(found.line, 'invalid-publish-date', `"${fm.written.get(found.key) ?? found.key}" is not a real calendar date: it is ignored.`)
  return undefined
}

type Noted = Pick<FieldsResult, 'lines' | 'keys'>

/** The first value of a field, with its line and key noted. */
function note<T>(seen: Noted, field: TalkField, found: Found | undefined, read: (f: Found) => T): T | undefined {
  if (!found) return undefined
  seen.lines[field] = found.line
  seen.keys[field] = found.key
  return read(found)
}

/** Front matter → the mapped talk (see config/schema.ts for the shape a transform receives). */
export function readFields(file: string, raw: Record<string, unknown>, keyLines: Map<string, number>, diagnostics: Diagnostic[], config: ResolvedConfig): FieldsResult {
  const fm = new FrontMatterReader(file, raw, keyLines, diagnostics)
  const f = config.fields
  const lines: FieldsResult['lines'] = {}
  const keys: FieldsResult['keys'] = {}
  const seen = { lines, keys }
  const each = (field: TalkField) => {
    const found = fm.all(f[field])
    if (found[0]) {
      lines[field] = found[0].line
      keys[field] = found.map((x) => x.key).join(', ')
    }
    return found
  }
  // Read in this order: diagnostics come out in it.
  const title = readTitle(fm, config, seen)
  const when = readDate(fm, config, seen)
  const publishDate = readPublishDate(fm, config)
  // A small number there (`timeslot: 3`) is the slot's place in a schedule, not a time to show; a
  // larger one (`time_slot = 1630`) is a time written without quotes, reported.
  const timeSlot = note(seen, 'timeSlot', fm.first(f.timeSlot), (x) => (isSlotNumber(x.value) ? undefined : fm.text(x)))
  const slides = addresses(each('slides'))
  const read = readStart(fm, config, when)
  const readEndTime = readEnd(fm, config, read)
  // Midnight to midnight (`2019-09-19T00:00:00Z` for start and end) is a date written as a date-time, not a time.
  const placeholder = read === '00:00' && (readEndTime === undefined || readEndTime === '00:00')
  const start = placeholder ? undefined : read
  const speakersFound = each('speakers')
  const talk: MappedTalk = {
    title,
    date: when?.date,
    start,
    end: placeholder ? undefined : readEndTime,
    zone: note(seen, 'zone', fm.first(f.zone), (x) => fm.text(x)) ?? when?.zone,
    timeSlot: timeSlot || undefined,
    publishDate,
    video: note(seen, 'video', fm.first(f.video), (x) => videoAddress(x.value)),
    slides: slides.map((s) => s.address),
    event: note(seen, 'event', fm.first(f.event), (x) => addressOf(x.value)) ?? note(seen, 'event', fm.first(f.eventName), (x) => eventPageOf(x)),
    image: note(seen, 'image', fm.first(f.image), (x) => imageAddress(Array.isArray(x.value) ? x.value[0] : x.value)),
    slug: note(seen, 'slug', fm.first(f.slug), (x) => fm.text(x)) || undefined,
    aliases: each('aliases').flatMap((x) => fm.strings(x)),
    tags: [...new Set(each('tags').flatMap((x) => tagsOf(fm.strings(x), x)))],
    eventName: note(seen, 'eventName', fm.first(f.eventName), (x) => eventNameOf(fm, x)) || undefined,
    type: note(seen, 'type', fm.first(f.type), (x) => fm.text(x)) || undefined,
    summary: note(seen, 'summary', fm.first(f.summary), (x) => fm.text(x)) || undefined,
    abstract: note(seen, 'abstract', fm.first(f.abstract), (x) => fm.text(x)) || undefined,
    draft: note(seen, 'draft', fm.first(f.draft), (x) => fm.bool(x)) ?? false,
    registration: note(seen, 'registration', fm.first(f.registration), (x) => addressOf(x.value)),
    speakers: speakerRefs(speakersFound),
    links: labelledLinks(each('links')),
  }
  const unknownKeys: FieldsResult['unknownKeys'] = []
  const extra: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(fm.data)) {
    if (fm.used.has(key) || config.ignore.has(key)) continue
    const name = fm.written.get(key) ?? key
    unknownKeys.push({ key: name, line: fm.lineOf(key) })
    extra[name] = toJson(fm.data[key])
  }
  return { talk, lineOf: (key) => fm.lineOf(key), lines, keys, slideSources: slides.map(({ line, key }) => ({ line, key })), unknownKeys, extra, speakersAsText: speakersFound.every((f) => typeof f.value === 'string') }
}
