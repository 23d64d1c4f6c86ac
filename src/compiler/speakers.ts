// Speaker identity: splits "Name - Role @ Org" and merges the same person written in several
// talks into one record (most recent role and bio, union of links, a photo that exists).
import type { Speaker, SpeakerLinks } from '../data/types.ts'
import type { RawSpeaker } from './shortcode-handlers.ts'
import { slugify } from './slug.ts'

export interface SpeakerName {
  name: string
  role?: string
  org?: string
}

/** A name's suffix after a comma ("King, Jr."), which is no role. */
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv|phd|ph\.d|md|esq)\.?$/i

/** "Chris Tomkins - Developer Advocate @ Project Calico/Tigera" → name, role, org; "Jane Doe (Google)" → name, org. */
export function splitSpeakerName(written: string): SpeakerName {
  const text = written.replace(/\s+/g, ' ').trim()
  let head = text
  let org: string | undefined
  const at = text.lastIndexOf(' @ ')
  const paren = /^(.*\S)\s*\(([^()]+)\)$/.exec(text)
  if (at > 0) {
    head = text.slice(0, at).trim()
    org = text.slice(at + 3).trim() || undefined
  } else if (paren) {
    head = paren[1]!
    org = paren[2]!.trim() || undefined
  }
  const dash = /\s+[-–—|]\s+|,\s+/.exec(head)
  if (dash && dash.index > 0 && !NAME_SUFFIX.test(head.slice(dash.index + dash[0].length).trim())) {
    return { name: head.slice(0, dash.index).trim(), role: head.slice(dash.index + dash[0].length).trim() || undefined, org }
  }
  return { name: head, org }
}

/** Social handles or URLs → full URLs; anything that is not http(s) is dropped. */
export function socialUrl(kind: keyof SpeakerLinks, value: string | undefined): string | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^https?:\/\//i.test(v)) return v
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return undefined
  const handle = v.replace(/^@/, '').replace(/^\/+|\/+$/g, '')
  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(handle)) return undefined
  switch (kind) {
    case 'github':
      return `https://github.com/${handle}`
    case 'twitter':
      return `https://x.com/${handle}`
    case 'linkedin':
      return handle.includes('/') ? `https://www.linkedin.com/${handle}` : `https://www.linkedin.com/in/${handle}`
    case 'website':
      return `https://${handle}`
  }
}

/** One appearance of a speaker in one talk, after the talk's own checks. */
export interface SpeakerAppearance {
  raw: RawSpeaker
  talkSlug: string
  talkDate: string
  /** Image path if the file exists under public/, else undefined. */
  image?: string
  bio?: string
  bioHtml?: string
  /** Given apart from the name (a speaker file, an inline object): the name is then taken as written. */
  role?: string
  org?: string
  exactName?: boolean
}

// The same few names recur across thousands of talks and every dev edit re-merges them all:
// remember each written form's slug (bounded, as content can be hostile).
const slugCache = new Map<string, string>()

/** The slug of how a speaker was given: a name as written, or "Name - Role @ Org" to be split. */
export function slugOfSpeaker(s: { raw: RawSpeaker; exactName?: boolean }): string {
  return s.exactName ? slugify(s.raw.written) || 'speaker' : speakerSlug(s.raw.written)
}

export function speakerSlug(written: string): string {
  let slug = slugCache.get(written)
  if (slug === undefined) {
    slug = slugify(splitSpeakerName(written).name) || 'speaker'
    if (slugCache.size > 50_000) slugCache.clear()
    slugCache.set(written, slug)
  }
  return slug
}

/**
 * Merges appearances into speakers. Appearances must be sorted newest first, so the first one
 * seen for a person gives the current role and bio; later ones only fill gaps.
 */
export function mergeSpeakers(appearances: SpeakerAppearance[]): Speaker[] {
  const bySlug = new Map<string, Speaker>()
  for (const a of appearances) {
    const slug = slugOfSpeaker(a)
    const parsed = a.exactName ? { name: a.raw.written.trim(), role: a.role, org: a.org } : splitSpeakerName(a.raw.written)
    let s = bySlug.get(slug)
    if (!s) {
      s = { slug, name: parsed.name, role: parsed.role, org: parsed.org, links: {}, talks: [], variants: [] }
      bySlug.set(slug, s)
    }
    if (!s.variants.includes(a.raw.written)) {
      s.variants.push(a.raw.written)
      // Only a new way of writing the person can fill a missing role or org.
      s.role ??= parsed.role
      s.org ??= parsed.org
    }
    if (s.talks[s.talks.length - 1] !== a.talkSlug && !s.talks.includes(a.talkSlug)) s.talks.push(a.talkSlug)
    s.image ??= a.image
    if (!s.bio && a.bio) {
      s.bio = a.bio
      s.bioHtml = a.bioHtml
    }
    for (const kind of ['github', 'twitter', 'linkedin', 'website'] as const) {
      s.links[kind] ??= socialUrl(kind, a.raw[kind])
    }
  }
  return [...bySlug.values()].sort((x, y) => x.name.localeCompare(y.name, 'en'))
}
