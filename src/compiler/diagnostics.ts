// Located diagnostics: one shape for every problem, printed as `path:line:col: severity: message`.
import type { Diagnostic, Severity } from '../data/types.ts'

export function diag(file: string, line: number, column: number, severity: Severity, code: string, message: string): Diagnostic {
  return { file, line: Math.max(1, line), column: Math.max(1, column), severity, code, message }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Orders diagnostics by file, then position, so output is stable and readable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))
}

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

/** Diagnostics of one code kept per file; the rest are counted in one more. */
export const MAX_PER_CODE = 50

/**
 * Keeps the first MAX_PER_CODE diagnostics of each code and says how many more there were, at the
 * first one left out: a file with a million unclosed shortcodes is one problem to fix, not a
 * million lines of output (or a build log nobody can read).
 */
export function capPerCode(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>()
  const dropped = new Map<string, { first: Diagnostic; count: number; error: boolean }>()
  const kept: Diagnostic[] = []
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1
    seen.set(d.code, n)
    if (n <= MAX_PER_CODE) {
      kept.push(d)
      continue
    }
    const more = dropped.get(d.code)
    if (more) {
      more.count++
      more.error ||= d.severity === 'error'
    } else dropped.set(d.code, { first: d, count: 1, error: d.severity === 'error' })
  }
  for (const [code, { first, count, error }] of dropped) {
    const message = `… and ${count} more like this in this file (the first ${MAX_PER_CODE} are listed).`
    kept.push(diag(first.file, first.line, first.column, error ? 'error' : 'warning', code, message))
  }
  return kept
}
