// The search engine, in two steps so it keeps up with typing at 50,000 talks with every word of
// every body: the word index (word-index.ts) narrows the query to candidates (every word must match
// some field, exactly, as a prefix, or within a typo or two), then fuse.js ranks the best of them.
// A pasted link finds the talk that gives it (links.ts); a match in the body comes with a passage
// of it (snippet.ts). Runtime-neutral: it runs in the search worker, or in the page where there is
// none (the server render, tests).
import Fuse, { type IFuseOptions } from 'fuse.js'
import { looksLikeLink, queryLinkKeys } from './links.ts'
import type { SearchChunk } from './pack.ts'
import { snippetOf } from './snippet.ts'
import { queryWords } from './text.ts'
import { BODY, FIELD_WEIGHTS, WordIndex, type Candidates } from './word-index.ts'

/** A document's short fields: a talk's title, speakers (names and organisations), tags and event. */
export type DocFields = [title: string, people: string, meta: string]

export interface SearchRequest {
  query: string
  /** `all`: every word must match (the search box); `any`: the best matches of any word (closest talks). */
  mode?: 'all' | 'any'
  /** At most this many results. */
  limit?: number
  /** Body passages for the first this many results whose match is in the body. */
  snippets?: number
}

export interface SearchResult {
  query: string
  /** The query's words as matched (folded): what to highlight. */
  tokens: string[]
  /** Matching documents (a talk's timeline position), best first. */
  docs: Int32Array
  /** [document, passage of its body around the matched words]. */
  snippets: [number, string][]
}

/** How many candidates fuse.js ranks; the rest follow in the word index's order. */
const RANKED = 60

interface FuseDoc {
  doc: number
  title: string
  people: string
  meta: string
  body: string
}

const FUSE_OPTIONS: IFuseOptions<FuseDoc> = {
  keys: [
    { name: 'title', weight: FIELD_WEIGHTS[0] },
    { name: 'people', weight: FIELD_WEIGHTS[1] },
    { name: 'meta', weight: FIELD_WEIGHTS[2] },
    { name: 'body', weight: FIELD_WEIGHTS[3] },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
  useExtendedSearch: true,
}

export class TalkSearch {
  private index = new WordIndex()
  private fields: (DocFields | undefined)[] = []
  private texts: (string | undefined)[] = []
  private links = new Map<string, number[]>()

  /** Adds documents' short fields (a slice of the talk list, from position `first`); each once. */
  addDocs(first: number, docs: readonly DocFields[]): void {
    docs.forEach((d, i) => {
      const doc = first + i
      if (this.fields[doc]) return
      this.fields[doc] = d
      d.forEach((text, field) => text && this.index.add(doc, field as 0 | 1 | 2, text))
    })
  }

  /** Adds bodies and link keys (a search chunk, from position `first`); each once. */
  addTexts(first: number, chunk: SearchChunk): void {
    chunk.text.forEach((text, i) => {
      const doc = first + i
      if (this.texts[doc] !== undefined) return
      this.texts[doc] = text
      if (text) this.index.add(doc, BODY, text)
      for (const key of chunk.links[i] ?? []) this.links.set(key, [...(this.links.get(key) ?? []), doc])
    })
  }

  search({ query, mode = 'all', limit = Infinity, snippets = 0 }: SearchRequest): SearchResult {
    const keys = queryLinkKeys(query)
    const linked = [...new Set(keys.flatMap((k) => this.links.get(k) ?? []))].sort((a, b) => a - b)
    // An address is not words: only the talks that link it.
    if (looksLikeLink(query)) return { query, tokens: [], docs: Int32Array.from(linked.slice(0, limit)), snippets: [] }
    const tokens = queryWords(query)
    // Passages, once per document a search asks: ranking reads the best ones, the answer carries them.
    const passages = new Map<number, string | undefined>()
    const passage = (doc: number) => {
      if (!passages.has(doc)) passages.set(doc, this.passage(tokens, doc))
      return passages.get(doc)
    }
    const ranked = this.rank(tokens, this.index.search(tokens, mode), passage)
    const docs = linked.length ? [...linked, ...[...ranked].filter((d) => !linked.includes(d))] : ranked
    const shown = Int32Array.from(docs.slice(0, Math.min(limit, docs.length)))
    return { query, tokens, docs: shown, snippets: snippetsOf(shown.subarray(0, snippets), passage) }
  }

  /** The query's words whose best match in this document is in its body (and so not on its card). */
  private bodyTokens(tokens: readonly string[], doc: number): string[] {
    return tokens.filter((t) => {
      const m = this.index.match(t)
      return m.score[doc]! > 0 && m.field[doc] === BODY
    })
  }

  private passage(tokens: readonly string[], doc: number): string | undefined {
    const inBody = this.bodyTokens(tokens, doc)
    const text = this.texts[doc]
    return inBody.length && text ? snippetOf(text, inBody) : undefined
  }

  /**
   * fuse.js ranks the best candidates over their fields (the body as the passage that matched).
   * Every word already matched somewhere; fuse.js scores how well (0 best), the word index how many
   * words match and where. Their product ranks a talk matching every word of a title above one
   * matching one word well.
   */
  private rank(tokens: readonly string[], c: Candidates, passage: (doc: number) => string | undefined): Int32Array {
    if (!c.docs.length) return c.docs
    const top = c.docs.subarray(0, RANKED)
    const fuseDocs = [...top].map((doc): FuseDoc => {
      const [title, people, meta] = this.fields[doc] ?? ['', '', '']
      return { doc, title: sameLength(title), people, meta, body: passage(doc) ?? '' }
    })
    const fuse = new Map(new Fuse(fuseDocs, FUSE_OPTIONS).search(tokens.join(' | ')).map((r) => [r.item.doc, r.score ?? 1]))
    const scored = [...top].map((doc, i) => ({ doc, score: c.scores[i]! * (1.2 - (fuse.get(doc) ?? 1)) }))
    scored.sort((a, b) => b.score - a.score || a.doc - b.doc)
    const out = new Int32Array(c.docs.length)
    scored.forEach((s, i) => (out[i] = s.doc))
    out.set(c.docs.subarray(RANKED), scored.length)
    return out
  }
}

/** [document, passage] for the documents that have one. */
function snippetsOf(docs: Int32Array, passage: (doc: number) => string | undefined): [number, string][] {
  const out: [number, string][] = []
  for (const doc of docs) {
    const p = passage(doc)
    if (p) out.push([doc, p])
  }
  return out
}

/**
 * fuse.js lowercases text before matching; "İ" (U+0130) is the one character whose lower case is
 * longer ("i̇"), which would throw its scoring off by a character. A plain "i" keeps it aligned.
 */
function sameLength(text: string): string {
  return text.replace(/\u0130/g, 'i')
}
