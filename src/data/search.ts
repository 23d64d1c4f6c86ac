// Fuzzy search over the talk index with fuse.js. One Fuse instance, built on first use.
// Each query word must match (fuse's extended AND), each fuzzily, so typos are forgiven.
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js'
import type { Speaker, Talk } from './types.ts'

export interface SearchDoc {
  slug: string
  title: string
  speakers: string
  event: string
  summary: string
}

export interface SearchHit {
  slug: string
  score: number
  /** Character ranges [start, end] (inclusive) to highlight, per field. */
  ranges: Partial<Record<keyof Omit<SearchDoc, 'slug'>, [number, number][]>>
}

const OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'speakers', weight: 2 },
    { name: 'event', weight: 1 },
    { name: 'summary', weight: 1 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  useExtendedSearch: true,
}

export function searchDocs(talks: readonly Talk[], speakers: ReadonlyMap<string, Speaker>): SearchDoc[] {
  return talks.map((t) => ({
    slug: t.slug,
    title: t.title,
    speakers: t.speakers
      .map((s) => speakers.get(s))
      .map((s) => (s ? [s.name, s.org].filter(Boolean).join(' ') : ''))
      .join(' · '),
    event: [t.event, ...t.tags].filter(Boolean).join(' · '),
    summary: t.summary,
  }))
}

/**
 * Turns what a person typed into a fuse extended-search pattern: words are ANDed, and the
 * characters fuse treats as operators (' ! ^ = $ |) are dropped so any input is plain text.
 */
export function toPattern(query: string): string {
  return query
    .toLowerCase()
    .replace(/['!^=$|"]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 2)
    .slice(0, 8)
    .map((w) => w.slice(0, 32))
    .join(' ')
}

function rangesOf(matches: readonly FuseResultMatch[] | undefined): SearchHit['ranges'] {
  const ranges: SearchHit['ranges'] = {}
  for (const m of matches ?? []) {
    const key = m.key as keyof SearchHit['ranges']
    // Tiny fuzzy fragments ("a", "in") are noise when highlighted.
    const useful = m.indices.filter(([a, b]) => b - a >= 1).map(([a, b]) => [a, b] as [number, number])
    if (useful.length) ranges[key] = [...(ranges[key] ?? []), ...useful]
  }
  return ranges
}

export function createSearch(docs: SearchDoc[]) {
  let fuse: Fuse<SearchDoc> | undefined
  return (query: string): SearchHit[] => {
    const pattern = toPattern(query)
    if (!pattern) return []
    fuse ??= new Fuse(docs, OPTIONS)
    return fuse.search(pattern).map((r) => ({ slug: r.item.slug, score: r.score ?? 1, ranges: rangesOf(r.matches) }))
  }
}
