// Text normalisation shared by indexing, querying and highlighting: accents folded, lower case,
// words; and the one rule saying whether a query word matches a word of the text.

/** "Café Déjà-vu" → "cafe deja-vu" (same length semantics are not kept; only used for matching). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
}

/** Words of two or more letters or digits. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]{2,}/gu) ?? []
}

// Two rows of the distance table, reused: typing runs this thousands of times a keystroke.
let rowA = new Int32Array(64)
let rowB = new Int32Array(64)
let rowC = new Int32Array(64)

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "calcio" is one
 * edit from "calico"), giving up as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (rowA.length <= b.length) [rowA, rowB, rowC] = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)]
  let prevPrev = rowC
  let prev = rowA
  let cur = rowB
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1)
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1))
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prevPrev[j - 2]! + 1)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    ;[prevPrev, prev, cur] = [prev, cur, prevPrev]
  }
  return prev[b.length]!
}

/** How many typos a word of this length may carry and still match. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2
}

/** Match qualities: a word equal to the query word, starting with it, or within its typos. */
export const EXACT = 1
export const PREFIX = 0.7
export const TYPO = 0.5

/**
 * How well a text word (folded) matches a query word (folded): EXACT, PREFIX, TYPO or 0. The word
 * index and the highlighting both ask this, so what is marked is what matched.
 */
export function matchQuality(token: string, word: string): number {
  if (word === token) return EXACT
  if (word.length > token.length && word.startsWith(token)) return PREFIX
  const edits = allowedEdits(token.length)
  return edits && Math.abs(word.length - token.length) <= edits && editDistance(token, word, edits) <= edits ? TYPO : 0
}

/** The query's words as searched: distinct, at most `max` of them, each at most 32 characters. */
export function queryWords(query: string, max = 8): string[] {
  return [...new Set(words(query).map((w) => w.slice(0, 32)))].slice(0, max)
}
