// Which characters of a text to highlight for a query: every word that matched one of the query's
// words (exactly, as a prefix, or with a typo: text.ts's matchQuality, the rule the index used), as
// ranges of the text as written, so accents, "İ" or full-width letters never shift a mark.
import { fold, matchQuality, PREFIX } from './text.ts'

/** Inclusive [start, end] character ranges. */
export type Ranges = [number, number][]

/** Runs of letters, digits and the marks that belong to them, as written. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu

/** How many characters of `word` (as written) fold to at least `length` characters. */
function writtenLength(word: string, length: number): number {
  let k = length
  while (k < word.length && fold(word.slice(0, k)).length < length) k++
  // Combining marks after the last letter belong to it.
  while (k < word.length && /\p{M}/u.test(word[k]!)) k++
  return k
}

/** The ranges of `text` that matched `tokens` (folded query words): whole words, or a prefix's part of a word. */
export function markRanges(text: string, tokens: readonly string[]): Ranges {
  if (!tokens.length || !text) return []
  const ranges: Ranges = []
  for (const m of text.matchAll(WORD)) {
    const written = m[0]
    const word = fold(written).replace(/[^\p{L}\p{N}]+/gu, '')
    if (word.length < 2) continue
    let best = 0
    let prefix = 0
    for (const t of tokens) {
      const q = matchQuality(t, word)
      if (q === PREFIX) prefix = Math.max(prefix, t.length)
      else if (q > best) best = q
    }
    // A whole-word match (exact or typo) marks the word; a prefix marks what was typed of it.
    const length = best ? written.length : prefix ? writtenLength(written, prefix) : 0
    if (length) ranges.push([m.index, m.index + length - 1])
  }
  return ranges
}
