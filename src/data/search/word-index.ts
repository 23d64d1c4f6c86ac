// An inverted index from words to the documents (and fields) that contain them. It narrows a query
// to candidates in a few milliseconds at 50,000 talks with every word of every body, before fuse.js
// ranks the best of them. Per query word it finds the vocabulary words that match (exactly, as a
// prefix, or within a typo or two: text.ts) and scores each document by its best field.
import { allowedEdits, EXACT, matchQuality, PREFIX, words } from './text.ts'

/** title, speakers (names and organisations), tags and event, abstract and body. */
export const FIELD_WEIGHTS = [4, 3, 2, 1] as const
export type Field = 0 | 1 | 2 | 3
export const BODY: Field = 3

/** The documents one query word matches. */
export interface TokenMatch {
  /** Matching documents, ascending. */
  docs: Int32Array
  /** Per document (by number): its best score for the word, 0 when it does not match. */
  score: Float32Array
  /** Per document: the field of that best score. */
  field: Uint8Array
}

/** Candidates for a whole query, best first (ties: lower document number first). */
export interface Candidates {
  docs: Int32Array
  scores: Float64Array
}

/** A bit per letter (others share a few bits): a word missing more of a query word's letters than its typos allow cannot match. */
function letterMask(word: string): number {
  let mask = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6))
  }
  return mask
}

function bits(n: number): number {
  n -= (n >>> 1) & 0x55555555
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333)
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** Query words whose matches are kept: the words of the last few queries typed. */
const CACHED = 32

export class WordIndex {
  private ids = new Map<string, number>()
  private vocab: string[] = []
  private masks: number[] = []
  /** Per word: entries doc * 4 + field, in the order they were added. */
  private postings: number[][] = []
  /** Word ids by their first two letters (prefix matches) and by length (typos). */
  private byStart = new Map<string, number[]>()
  private byLength: number[][] = []
  private docCount = 0
  private cache = new Map<string, TokenMatch>()

  get size(): number {
    return this.docCount
  }

  add(doc: number, field: Field, text: string): void {
    const entry = doc * 4 + field
    for (const w of words(text)) {
      let id = this.ids.get(w)
      if (id === undefined) id = this.newWord(w)
      const list = this.postings[id]!
      if (list[list.length - 1] !== entry) list.push(entry)
    }
    if (doc >= this.docCount) this.docCount = doc + 1
    this.cache.clear()
  }

  private newWord(w: string): number {
    const id = this.vocab.length
    this.ids.set(w, id)
    this.vocab.push(w)
    this.masks.push(letterMask(w))
    this.postings.push([])
    const start = w.slice(0, 2)
    const group = this.byStart.get(start)
    if (group) group.push(id)
    else this.byStart.set(start, [id])
    ;(this.byLength[w.length] ??= []).push(id)
    return id
  }

  /** Word ids matching a query word, with their quality: exact and prefix from one group, typos by length. */
  private matchingWords(token: string): [number, number][] {
    const found: [number, number][] = []
    for (const id of this.byStart.get(token.slice(0, 2)) ?? []) {
      const w = this.vocab[id]!
      if (w === token) found.push([id, EXACT])
      else if (w.length > token.length && w.startsWith(token)) found.push([id, PREFIX])
    }
    const edits = allowedEdits(token.length)
    if (!edits) return found
    const mask = letterMask(token)
    for (let len = token.length - edits; len <= token.length + edits; len++) {
      for (const id of this.byLength[len] ?? []) {
        const m = this.masks[id]!
        if (bits(mask & ~m) > edits || bits(m & ~mask) > edits) continue
        const w = this.vocab[id]!
        // Exact and prefix matches were found above.
        if (w === token || w.startsWith(token)) continue
        const q = matchQuality(token, w)
        if (q) found.push([id, q])
      }
    }
    return found
  }

  /** Documents matching one query word (exactly, as a prefix, or within a few typos), with their best score and field. */
  match(token: string): TokenMatch {
    const hit = this.cache.get(token)
    if (hit) return hit
    const score = new Float32Array(this.docCount)
    const field = new Uint8Array(this.docCount)
    const docs: number[] = []
    for (const [id, quality] of this.matchingWords(token)) {
      for (const entry of this.postings[id]!) {
        const doc = entry >> 2
        const s = quality * FIELD_WEIGHTS[entry & 3]!
        if (score[doc] === 0) docs.push(doc)
        if (s > score[doc]!) {
          score[doc] = s
          field[doc] = entry & 3
        }
      }
    }
    const result = { docs: Int32Array.from(docs).sort(), score, field }
    if (this.cache.size >= CACHED) this.cache.delete(this.cache.keys().next().value!)
    this.cache.set(token, result)
    return result
  }

  /** Documents matching every word (`all`) or any (`any`), scores summed, best first. */
  search(tokens: readonly string[], mode: 'all' | 'any' = 'all'): Candidates {
    if (!tokens.length) return { docs: new Int32Array(0), scores: new Float64Array(0) }
    const maps = tokens.map((t) => this.match(t))
    return mode === 'all' ? ranked(everyWord(maps)) : ranked(anyWord(maps, this.docCount))
  }
}

function everyWord(maps: TokenMatch[]): Candidates {
  const [smallest, ...rest] = [...maps].sort((a, b) => a.docs.length - b.docs.length)
  const docs: number[] = []
  const scores: number[] = []
  for (const doc of smallest!.docs) {
    let sum = smallest!.score[doc]!
    let all = true
    for (const m of rest) {
      const s = m.score[doc]!
      if (!s) {
        all = false
        break
      }
      sum += s
    }
    if (all) {
      docs.push(doc)
      scores.push(sum)
    }
  }
  return { docs: Int32Array.from(docs), scores: Float64Array.from(scores) }
}

function anyWord(maps: TokenMatch[], docCount: number): Candidates {
  const sum = new Float64Array(docCount)
  for (const m of maps) for (const doc of m.docs) sum[doc]! += m.score[doc]!
  const docs: number[] = []
  for (let doc = 0; doc < docCount; doc++) if (sum[doc]) docs.push(doc)
  return { docs: Int32Array.from(docs), scores: Float64Array.from(docs, (d) => sum[d]!) }
}

/** Sorts by score (descending), then by document (ascending), with one native numeric sort. */
function ranked(c: Candidates): Candidates {
  const SLOT = 2 ** 22
  const keys = new Float64Array(c.docs.length)
  for (let i = 0; i < keys.length; i++) keys[i] = (2 ** 20 - Math.round(c.scores[i]! * 64)) * SLOT + i
  keys.sort()
  const docs = new Int32Array(keys.length)
  const scores = new Float64Array(keys.length)
  keys.forEach((k, n) => {
    const i = k % SLOT
    docs[n] = c.docs[i]!
    scores[n] = c.scores[i]!
  })
  return { docs, scores }
}
