// Line and column of character offsets in a text, for located diagnostics.

/** Line (1-based) of a character offset in a text, counted from `firstLine`. Counts from the start: for one lookup. */
export function lineAt(text: string, offset: number, firstLine: number): { line: number; column: number } {
  let line = firstLine
  let lastBreak = -1
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lastBreak = i
    }
  }
  return { line, column: offset - lastBreak }
}

/**
 * Line and column of many offsets in one text, as lineAt gives them. The line starts are found once
 * and each lookup is a binary search: a hostile file with a million shortcodes or repairs would
 * otherwise be counted from the start a million times.
 */
export function lineIndex(text: string, firstLine: number): (offset: number) => { line: number; column: number } {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: firstLine + lo, column: offset - starts[lo]! + 1 }
  }
}
