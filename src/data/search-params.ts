// Each route's URL search params, parsed from untrusted text once, in the route (validateSearch).
// Bad values are dropped, never thrown. Every key a route knows is present in the result, as
// undefined when absent or invalid: the router lays the result over the raw params, so a key left
// out would let a dropped raw value (`?year=abc`) through to the views.
import { parseStartTime } from './start-time.ts'

export interface BrowseSearch {
  q?: string
  year?: number
  speaker?: string
  /** A tag's slug (src/data/tags.ts). */
  tag?: string
}

const MAX_QUERY = 200

/** A query as the address keeps it: whitespace collapsed, at most 200 characters. */
export function normalQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY)
}

/** A speaker or tag slug: letters, digits and hyphens only, so it can never be markup or a path. */
function slugParam(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max && /^[\p{L}\p{N}\p{M}-]+$/u.test(value) ? value : undefined
}

export function parseBrowseSearch(raw: Record<string, unknown>): BrowseSearch {
  const q = typeof raw.q === 'string' || typeof raw.q === 'number' ? normalQuery(String(raw.q)) : ''
  const year = typeof raw.year === 'number' ? raw.year : typeof raw.year === 'string' ? Number(raw.year) : NaN
  const speaker = slugParam(raw.speaker, 120)
  const tag = slugParam(raw.tag, 80)
  return { q: q || undefined, year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined, speaker, tag }
}

/** A talk page's `?t=` start time (seconds, or "1m30s"), under a day. */
export function parseTalkSearch(raw: Record<string, unknown>): { t?: number } {
  const t = parseStartTime(typeof raw.t === 'number' ? String(raw.t) : typeof raw.t === 'string' ? raw.t : undefined)
  return { t: t && Number.isInteger(t) && t < 86_400 ? t : undefined }
}

/** The speakers page's name filter. */
export function parseSpeakersSearch(raw: Record<string, unknown>): { q?: string } {
  const q = typeof raw.q === 'string' || typeof raw.q === 'number' ? String(raw.q).trim().slice(0, 100) : ''
  return { q: q || undefined }
}

const MAX_SHARED = 500
const TALK_SLUG = /^[\p{L}\p{N}\p{M}._~-]{1,200}$/u

/** The list page's `?talks=a,b,c`: a shared list's talk slugs, in order, without repeats. */
export function parseListSearch(raw: Record<string, unknown>): { talks?: string[] } {
  // The router reads "2022", "true" or "null" as JSON: a one-talk list's slug may look like any of them.
  const value = raw.talks
  const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(',') : ['string', 'number', 'boolean'].includes(typeof value) || value === null ? String(value) : ''
  const talks = [...new Set(text.split(',').map((s) => s.trim()))].filter((s) => TALK_SLUG.test(s)).slice(0, MAX_SHARED)
  return { talks: talks.length ? talks : undefined }
}
