// What a reader can subscribe to besides everything: a speaker's talks, a tag's, a year's. One
// Atom feed and one calendar each, written at build time under feeds/; the app links to the same
// paths. Runtime-neutral: the prerenderer and the views share these names.
import type { BrowseSearch } from './search-params.ts'

export type Subject = { kind: 'speaker'; slug: string; name: string } | { kind: 'tag'; slug: string; name: string } | { kind: 'year'; year: number }

function keyOf(s: Subject): string {
  return s.kind === 'year' ? `year/${s.year}` : `${s.kind}/${s.slug}`
}

/** "/feeds/speaker/chris-tomkins.xml" (a site path, under the base path once deployed). */
export function feedPath(s: Subject): string {
  return `/feeds/${keyOf(s)}.xml`
}

/** "/feeds/speaker/chris-tomkins.ics". */
export function calendarPath(s: Subject): string {
  return `/feeds/${keyOf(s)}.ics`
}

/** "Chris Tomkins’s talks", "Talks on Kubernetes", "Talks from 2021". */
export function subjectTitle(s: Subject): string {
  switch (s.kind) {
    case 'speaker':
      return `${s.name}’s talks`
    case 'tag':
      return `Talks on ${s.name}`
    case 'year':
      return `Talks from ${s.year}`
  }
}

/** Link text for a subscription: "Subscribe to Chris Tomkins’s talks". */
export function subscribeLabel(s: Subject): string {
  return `Subscribe to ${s.kind === 'speaker' ? subjectTitle(s) : subjectTitle(s).replace(/^T/, 't')}`
}

/** The home page (with its filter) that lists a subject's talks, as a site path with search. */
export function subjectPage(s: Subject): string {
  if (s.kind === 'speaker') return `/speakers/${s.slug}`
  return s.kind === 'tag' ? `/?tag=${encodeURIComponent(s.slug)}` : `/?year=${s.year}`
}

interface Known {
  hasYear: (year: number) => boolean
  speakerName: (slug: string) => string | undefined
  tagName: (slug: string) => string | undefined
}

/**
 * The subscription matching the home page's filters, when there is one: exactly one of year,
 * speaker or tag set, and no search (no feed is written for a search or a combination).
 */
export function subjectOfFilter(params: BrowseSearch, known: Known): Subject | undefined {
  if (params.q) return undefined
  const set = [params.year, params.speaker, params.tag].filter((v) => v !== undefined)
  if (set.length !== 1) return undefined
  if (params.year !== undefined) return known.hasYear(params.year) ? { kind: 'year', year: params.year } : undefined
  if (params.speaker !== undefined) {
    const name = known.speakerName(params.speaker)
    return name === undefined ? undefined : { kind: 'speaker', slug: params.speaker, name }
  }
  const name = known.tagName(params.tag!)
  return name === undefined ? undefined : { kind: 'tag', slug: params.tag!, name }
}
