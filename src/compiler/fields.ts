// Front matter → the typed fields of a talk, each problem reported at the line of its key.
// Pure: no file system, no Vite. Keys are case-insensitive, as in Hugo.
import type { TimeSlot } from '../data/types.ts'
import { calendarDate } from './dates.ts'
import type { DiagnosticCode } from './diagnostic-codes.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import { parseTimeSlot } from './time-slot.ts'

export interface Fields {
  title?: string
  date?: string
  publishDate?: string
  timeSlot?: TimeSlot
  urls: { youtubeurl?: string; pdfurl?: string; ppturl?: string; eventurl?: string }
  previewImage?: string
  slug?: string
  aliases: string[]
  tags: string[]
  event?: string
  type?: string
  draft: boolean
  summary?: string
  extra: Record<string, unknown>
}

// Hugo's own front-matter keys that a talk archive has no use for: accepted quietly.
const HUGO_KEYS = new Set(['weight', 'lastmod', 'layout', 'url', 'keywords', 'expirydate', 'images', 'author', 'authors', 'linktitle', 'menu', 'toc', 'outputs', 'markup', 'translationkey', 'headless', 'build', 'cascade', 'sitemap', 'resources', 'series'])
const KNOWN = new Set(['title', 'date', 'publishdate', 'time_slot', 'timeslot', 'youtubeurl', 'pdfurl', 'ppturl', 'eventurl', 'previewimage', 'slug', 'aliases', 'tags', 'categories', 'event', 'type', 'draft', 'description', 'summary'])

/** A value as it reads in a message; an invalid Date has no ISO form (toISOString would throw). */
function shown(v: unknown): string {
  return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : String(v)
}

function describe(v: unknown): string {
  if (v instanceof Date) return 'a date'
  if (Array.isArray(v)) return 'a list'
  if (v === null) return 'null'
  return typeof v === 'object' ? 'a table' : `a ${typeof v}`
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

/** Typed reads of one file's front matter, by lower-cased key, reporting at each key's line. */
class FrontMatterReader {
  readonly data: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  private lines = new Map<string, number>()
  /** Each key as the author wrote it. */
  readonly written = new Map<string, string>()

  constructor(
    private file: string,
    raw: Record<string, unknown>,
    keyLines: Map<string, number>,
    private diagnostics: Diagnostic[],
  ) {
    for (const [k, v] of Object.entries(raw)) {
      const key = k.toLowerCase()
      this.data[key] = v
      this.lines.set(key, keyLines.get(k) ?? 2)
      this.written.set(key, k)
    }
  }

  lineOf(key: string): number {
    return this.lines.get(key) ?? 1
  }

  report(key: string, code: DiagnosticCode, message: string): void {
    this.diagnostics.push(diag(this.file, this.lineOf(key), 1, code, message))
  }

  text(key: string): string | undefined {
    const v = this.data[key]
    if (v === undefined) return undefined
    if (typeof v !== 'string') {
      this.report(key, 'wrong-type', `"${key}" must be a text string in quotes, not ${describe(v)}.`)
      return undefined
    }
    return v.trim()
  }

  url(key: string): string | undefined {
    const v = this.text(key)
    if (v === undefined) return undefined
    if (v === '') {
      this.report(key, 'empty-url', `"${key}" is empty: it is ignored.`)
      return undefined
    }
    let parsed: URL
    try {
      parsed = new URL(v)
    } catch {
      this.report(key, 'bad-url', `"${key}" is not a full URL ("${v.slice(0, 80)}"): write it as https://….`)
      return undefined
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      this.report(key, 'bad-url', `"${key}" must be an http(s) link, not "${parsed.protocol}".`)
      return undefined
    }
    return parsed.href
  }

  list(key: string): string[] {
    const v = this.data[key]
    if (v === undefined) return []
    if (typeof v === 'string') return v.trim() ? [v.trim()] : []
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.report(key, 'wrong-type', `"${key}" must be a list of strings, like ["a", "b"].`)
      return []
    }
    return (v as string[]).map((s) => s.trim()).filter(Boolean)
  }

  bool(key: string): boolean | undefined {
    const v = this.data[key]
    if (v === undefined || typeof v === 'boolean') return v
    this.report(key, 'wrong-type', `"${key}" must be true or false (without quotes).`)
    return undefined
  }

  /** Keys no field read, kept as written; each reported once. */
  unknownKeys(known: (key: string) => boolean): Record<string, unknown> {
    const extra: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const key of Object.keys(this.data)) {
      if (known(key)) continue
      const name = this.written.get(key) ?? key
      this.report(key, 'unknown-key', `Unknown front-matter key "${name}": it is kept in the data but not shown.`)
      extra[name] = toJson(this.data[key])
    }
    return extra
  }
}

function readTitle(fm: FrontMatterReader): string | undefined {
  const title = fm.text('title')
  if (title) return title.replace(/\s+/g, ' ')
  if (title === '' || fm.data.title === undefined) fm.report('title', 'missing-title', 'The talk has no title: add title = "…" to the front matter.')
  return undefined
}

function readDate(fm: FrontMatterReader): string | undefined {
  const value = fm.data.date
  if (value === undefined || value === '') {
    fm.report('date', 'missing-date', 'The talk has no date: add date = "YYYY-MM-DD" to the front matter.')
    return undefined
  }
  const date = calendarDate(value)
  if (date !== 'invalid') return date
  fm.report('date', 'invalid-date', `"date" is not a real calendar date (${shown(value).slice(0, 40)}): write it as YYYY-MM-DD.`)
  return undefined
}

function readPublishDate(fm: FrontMatterReader): string | undefined {
  if (fm.data.publishdate === undefined) return undefined
  const date = calendarDate(fm.data.publishdate)
  if (date !== 'invalid') return date
  fm.report('publishdate', 'invalid-publish-date', '"publishDate" is not a real calendar date: it is ignored.')
  return undefined
}

function readTimeSlot(fm: FrontMatterReader): TimeSlot | undefined {
  const slot = fm.text('time_slot') ?? fm.text('timeslot')
  return slot ? parseTimeSlot(slot) : undefined
}

export function readFields(file: string, raw: Record<string, unknown>, keyLines: Map<string, number>, diagnostics: Diagnostic[]): Fields {
  const fm = new FrontMatterReader(file, raw, keyLines, diagnostics)
  // Read in the order of the fields below: diagnostics come out in that order.
  return {
    title: readTitle(fm),
    date: readDate(fm),
    publishDate: readPublishDate(fm),
    timeSlot: readTimeSlot(fm),
    urls: { youtubeurl: fm.url('youtubeurl'), pdfurl: fm.url('pdfurl'), ppturl: fm.url('ppturl'), eventurl: fm.url('eventurl') },
    previewImage: fm.text('previewimage') || undefined,
    slug: fm.text('slug') || undefined,
    aliases: fm.list('aliases'),
    tags: [...new Set([...fm.list('tags'), ...fm.list('categories')])],
    event: fm.text('event') || undefined,
    type: fm.text('type') || undefined,
    summary: fm.text('summary') || fm.text('description') || undefined,
    draft: fm.bool('draft') ?? false,
    extra: fm.unknownKeys((key) => KNOWN.has(key) || HUGO_KEYS.has(key)),
  }
}
