// Reads the front-matter fields of one talk into typed values, reporting each problem at the
// line of its key. Pure: no file system, no Vite.
import type { Diagnostic, TimeSlot } from '../data/types.ts'
import { diag } from './diagnostics.ts'

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

type Report = (key: string, severity: 'error' | 'warning', code: string, message: string) => void

/** "YYYY-MM-DD" of a TOML date or a date string, exactly as written; undefined if impossible. */
export function calendarDate(value: unknown): string | undefined | 'invalid' {
  let text: string
  if (value instanceof Date) {
    // smol-toml's TomlDate keeps the text as written (offset included) in toISOString().
    if (Number.isNaN(value.getTime())) return 'invalid'
    text = value.toISOString()
  } else if (typeof value === 'string') text = value.trim()
  else return 'invalid'
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(text)
  if (!m) return 'invalid'
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return 'invalid'
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function clock(h: string, min: string | undefined, ampm: string | undefined): string | undefined {
  let hour = Number(h)
  const minute = Number(min ?? 0)
  if (minute > 59 || hour > 23) return undefined
  const suffix = ampm?.toLowerCase()
  // "13:05pm" is a 24-hour time with a stray suffix: take the hour as written.
  if (suffix === 'pm' && hour < 12) hour += 12
  if (suffix === 'am' && hour === 12) hour = 0
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

const SLOT = /^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?\s*(?:-|–|—|to|until)\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?\s*(?:\(?\s*([A-Za-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\s*\)?)?$/i

export function parseTimeSlot(text: string): TimeSlot {
  const slot: TimeSlot = { text }
  // Spaces are collapsed first: on long runs of them the pattern's optional parts backtrack cubically.
  const m = SLOT.exec(text.trim().replace(/\s+/g, ' '))
  if (!m) return slot
  const strip = (s?: string) => s?.replace(/\./g, '')
  // "4:30 - 5:00pm": a missing suffix on the start borrows the end's, unless the start comes later
  // on the 12-hour dial, where 12 is 0 ("11:30 - 12:30pm" starts at 11:30 in the morning).
  const endSuffix = strip(m[6])
  const start = clock(m[1]!, m[2], strip(m[3]) ?? (Number(m[1]) % 12 <= Number(m[4]) % 12 ? endSuffix : undefined))
  const end = clock(m[4]!, m[5], endSuffix)
  if (start) slot.start = start
  if (end) slot.end = end
  if (m[7]) slot.zone = m[7].toUpperCase()
  return slot
}

function string(data: Record<string, unknown>, key: string, report: Report): string | undefined {
  const v = data[key]
  if (v === undefined) return undefined
  if (typeof v !== 'string') {
    report(key, 'error', 'wrong-type', `"${key}" must be a text string in quotes, not ${describe(v)}.`)
    return undefined
  }
  return v.trim()
}

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

function url(data: Record<string, unknown>, key: string, report: Report): string | undefined {
  const v = string(data, key, report)
  if (v === undefined) return undefined
  if (v === '') {
    report(key, 'warning', 'empty-url', `"${key}" is empty: it is ignored.`)
    return undefined
  }
  let parsed: URL
  try {
    parsed = new URL(v)
  } catch {
    report(key, 'error', 'bad-url', `"${key}" is not a full URL ("${v.slice(0, 80)}"): write it as https://….`)
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    report(key, 'error', 'bad-url', `"${key}" must be an http(s) link, not "${parsed.protocol}".`)
    return undefined
  }
  return parsed.href
}

function list(data: Record<string, unknown>, key: string, report: Report): string[] {
  const v = data[key]
  if (v === undefined) return []
  if (typeof v === 'string') return v.trim() ? [v.trim()] : []
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    report(key, 'error', 'wrong-type', `"${key}" must be a list of strings, like ["a", "b"].`)
    return []
  }
  return (v as string[]).map((s) => s.trim()).filter(Boolean)
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

export function readFields(file: string, raw: Record<string, unknown>, keyLines: Map<string, number>, diagnostics: Diagnostic[]): Fields {
  // Hugo front-matter keys are case-insensitive.
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  const lines = new Map<string, number>()
  const written = new Map<string, string>()
  for (const [k, v] of Object.entries(raw)) {
    data[k.toLowerCase()] = v
    lines.set(k.toLowerCase(), keyLines.get(k) ?? 2)
    written.set(k.toLowerCase(), k)
  }
  const report: Report = (key, severity, code, message) => diagnostics.push(diag(file, lines.get(key) ?? 1, 1, severity, code, message))
  const fields: Fields = { urls: {}, aliases: [], tags: [], draft: false, extra: Object.create(null) as Record<string, unknown> }

  const title = string(data, 'title', report)
  if (!title) {
    if (title === '' || data.title === undefined) report('title', 'error', 'missing-title', 'The talk has no title: add title = "…" to the front matter.')
  } else fields.title = title.replace(/\s+/g, ' ')

  if (data.date === undefined || data.date === '') report('date', 'error', 'missing-date', 'The talk has no date: add date = "YYYY-MM-DD" to the front matter.')
  else {
    const date = calendarDate(data.date)
    if (date === 'invalid') report('date', 'error', 'invalid-date', `"date" is not a real calendar date (${shown(data.date).slice(0, 40)}): write it as YYYY-MM-DD.`)
    else fields.date = date
  }
  if (data.publishdate !== undefined) {
    const pd = calendarDate(data.publishdate)
    if (pd === 'invalid') report('publishdate', 'warning', 'invalid-date', '"publishDate" is not a real calendar date: it is ignored.')
    else fields.publishDate = pd
  }

  const slot = string(data, 'time_slot', report) ?? string(data, 'timeslot', report)
  if (slot) fields.timeSlot = parseTimeSlot(slot)

  for (const key of ['youtubeurl', 'pdfurl', 'ppturl', 'eventurl'] as const) fields.urls[key] = url(data, key, report)

  const image = string(data, 'previewimage', report)
  if (image) fields.previewImage = image
  const slug = string(data, 'slug', report)
  if (slug) fields.slug = slug
  fields.aliases = list(data, 'aliases', report)
  fields.tags = [...new Set([...list(data, 'tags', report), ...list(data, 'categories', report)])]
  fields.event = string(data, 'event', report) || undefined
  fields.type = string(data, 'type', report) || undefined
  fields.summary = string(data, 'summary', report) || string(data, 'description', report) || undefined
  if (data.draft !== undefined) {
    if (typeof data.draft === 'boolean') fields.draft = data.draft
    else report('draft', 'error', 'wrong-type', '"draft" must be true or false (without quotes).')
  }

  for (const key of Object.keys(data)) {
    if (KNOWN.has(key) || HUGO_KEYS.has(key)) continue
    // Unknown keys are kept under the name the author wrote, as Talk.extra promises.
    const name = written.get(key) ?? key
    report(key, 'warning', 'unknown-key', `Unknown front-matter key "${name}": it is kept in the data but not shown.`)
    fields.extra[name] = toJson(data[key])
  }
  return fields
}
