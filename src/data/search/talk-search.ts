// Fuzzy talk search in two steps, so it keeps up with typing at 10,000 talks:
// 1. the word index narrows the query to candidate talks (every word must match some field,
//    exactly, as a prefix, or within a typo or two), in a few milliseconds;
// 2. fuse.js ranks the best candidates and finds the ranges to highlight.
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js'
import type { SpeakerRow } from '../types.ts'
import type { TalkRow } from '../wire.ts'
import { words } from './text.ts'
import { WordIndex } from './word-index.ts'

export interface SearchHit {
  slug: string
  /** Relevance: higher is better (hits come sorted by it). */
  score: number
  /** Character ranges [start, end] (inclusive) to highlight, per field. */
  ranges: Partial<Record<'title' | 'summary', [number, number][]>>
}

interface Doc {
  slug: string
  title: string
  speakers: string
  event: string
  summary: string
}

/** How many candidates fuse.js ranks; the rest follow in word-index order. */
const RANKED = 150
const MAX_WORDS = 8

const FUSE_OPTIONS: IFuseOptions<Doc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'speakers', weight: 2 },
    { name: 'event', weight: 1 },
    { name: 'summary', weight: 1 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
  useExtendedSearch: true,
}

/**
 * fuse.js lowercases text before matching and reports positions in the lowercased string. "İ"
 * (U+0130) is the one character whose lower case is longer ("i̇", two code units), so every range
 * after it would be shifted. Giving fuse a plain "i" in its place (one code unit for one) keeps
 * the positions those of the original text; the word index folds "İ" to "i" too.
 */
function sameLength(text: string): string {
  return text.replace(/\u0130/g, 'i')
}

function rangesOf(matches: readonly FuseResultMatch[] | undefined): SearchHit['ranges'] {
  const ranges: SearchHit['ranges'] = {}
  for (const m of matches ?? []) {
    if (m.key !== 'title' && m.key !== 'summary') continue
    // One- or two-letter fuzzy fragments are noise when highlighted.
    const useful = m.indices.filter(([a, b]) => b - a >= 2).map(([a, b]) => [a, b] as [number, number])
    if (useful.length) ranges[m.key] = [...(ranges[m.key] ?? []), ...useful]
  }
  return ranges
}

export class TalkSearch {
  private index = new WordIndex()
  private speakerText: string[]
  private summaries: (string | undefined)[] = []

  constructor(
    private talks: readonly TalkRow[],
    speakers: Pick<ReadonlyMap<string, SpeakerRow>, 'get'>,
  ) {
    this.speakerText = talks.map((t) =>
      t.speakers
        .map((s) => speakers.get(s))
        .map((s) => (s ? [s.name, s.org].filter(Boolean).join(' ') : ''))
        .join(' · '),
    )
    talks.forEach((t, doc) => {
      this.index.add(doc, 0, t.title)
      this.index.add(doc, 1, this.speakerText[doc]!)
      const meta = [t.event, ...t.tags].filter(Boolean).join(' · ')
      if (meta) this.index.add(doc, 2, meta)
    })
  }

  /** Adds abstracts as they load, a chunk at a time (each call is a few milliseconds). */
  addSummaries(first: number, summaries: readonly string[]): void {
    summaries.forEach((s, i) => {
      if (this.summaries[first + i] !== undefined) return
      this.summaries[first + i] = s
      this.index.add(first + i, 3, s)
    })
  }

  search(query: string): SearchHit[] {
    const tokens = [...new Set(words(query))].slice(0, MAX_WORDS).map((w) => w.slice(0, 32))
    const candidates = this.index.search(tokens)
    if (!candidates.length) return []
    const top = candidates.slice(0, RANKED)
    const docs: Doc[] = top.map(({ doc }) => {
      const t = this.talks[doc]!
      return {
        slug: t.slug,
        title: sameLength(t.title),
        speakers: this.speakerText[doc]!,
        event: [t.event, ...t.tags].filter(Boolean).join(' · '),
        summary: sameLength(this.summaries[doc] ?? ''),
      }
    })
    // Every word already matched somewhere (step 1). fuse.js scores how well any word matches
    // (0 best); the word index scores how many words match and where (title > speakers > rest).
    // Their product ranks a talk matching every word of a title above one matching one word well.
    const ranked = new Fuse(docs, FUSE_OPTIONS).search(tokens.join(' | '))
    const fuse = new Map(ranked.map((r) => [r.item.slug, r]))
    const hits: SearchHit[] = top.map(({ doc, score }) => {
      const slug = this.talks[doc]!.slug
      const r = fuse.get(slug)
      return { slug, score: score * (1.2 - (r?.score ?? 1)), ranges: rangesOf(r?.matches) }
    })
    hits.sort((a, b) => b.score - a.score)
    for (const { doc, score } of candidates.slice(RANKED)) hits.push({ slug: this.talks[doc]!.slug, score: score * 0.2, ranges: {} })
    return hits
  }
}
