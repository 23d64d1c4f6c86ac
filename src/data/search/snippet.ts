// "Why it matched": when a query word is found in a talk's body rather than its title, speakers or
// tags, the result shows a short passage of the body around the matched words.
import { markRanges } from './marks.ts'

/** About two lines of a card. */
const LENGTH = 180
/** Words kept before the first match, so it is read in context. */
const LEAD = 40

/** The start of the word at or before `i`. */
function wordStart(text: string, i: number): number {
  const space = text.lastIndexOf(' ', i)
  return space < 0 ? 0 : space + 1
}

/** The end of the word at or after `i` (exclusive); a word longer than a line (an address) is cut. */
function wordEnd(text: string, i: number): number {
  const space = text.indexOf(' ', i)
  return space < 0 || space - i > 30 ? Math.min(text.length, i) : space
}

/**
 * A passage of `text` of about LENGTH characters holding as many of the matched words as fit (the
 * window starting at each match that covers the most distinct ones), cut at word boundaries, with
 * "…" where it was cut. Undefined when nothing in the text matches.
 */
export function snippetOf(text: string, tokens: readonly string[], length = LENGTH): string | undefined {
  const marks = markRanges(text, tokens)
  if (!marks.length) return undefined
  let best = 0
  let bestCount = 0
  for (let i = 0; i < marks.length; i++) {
    const seen = new Set<string>()
    for (let j = i; j < marks.length && marks[j]![1] < marks[i]![0] + length - LEAD; j++) seen.add(text.slice(marks[j]![0], marks[j]![1] + 1).toLowerCase())
    if (seen.size > bestCount) {
      best = i
      bestCount = seen.size
    }
  }
  const at = marks[best]![0]
  const start = at - LEAD <= 0 ? 0 : wordStart(text, at - LEAD)
  const end = start + length >= text.length ? text.length : wordEnd(text, start + length)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`
}
