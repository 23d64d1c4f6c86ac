// Located diagnostics: one shape for every problem, printed as `path:line:col: severity: message [code]`.
// Every diagnostic is made by diag(), which takes its severity from the catalogue.
import { DIAGNOSTICS, type DiagnosticCode, type Severity } from './diagnostic-codes.ts'

export interface Diagnostic {
  /** Path shown to the user (relative to the project or site root). */
  file: string
  line: number
  column: number
  severity: Severity
  code: DiagnosticCode
  message: string
}

export function diag(file: string, line: number, column: number, code: DiagnosticCode, message: string): Diagnostic {
  return { file, line: Math.max(1, line), column: Math.max(1, column), severity: DIAGNOSTICS[code].severity, code, message }
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

/** Diagnostics of one code kept per file; the rest are counted in one more. */
export const MAX_PER_CODE = 50

/**
 * Keeps the first MAX_PER_CODE diagnostics of each code and says how many more there were, at the
 * first one left out: a file with a million unclosed shortcodes is one problem to fix, not a
 * million lines of output (or a build log nobody can read).
 */
export function capPerCode(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<DiagnosticCode, number>()
  const dropped = new Map<DiagnosticCode, { first: Diagnostic; count: number }>()
  const kept: Diagnostic[] = []
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1
    seen.set(d.code, n)
    if (n <= MAX_PER_CODE) kept.push(d)
    else {
      const more = dropped.get(d.code)
      if (more) more.count++
      else dropped.set(d.code, { first: d, count: 1 })
    }
  }
  for (const [code, { first, count }] of dropped) {
    kept.push(diag(first.file, first.line, first.column, code, `… and ${count} more like this in this file (the first ${MAX_PER_CODE} are listed).`))
  }
  return kept
}

/** Drops repeats of the same diagnostic (a bad data file that every talk reads is one problem). */
export function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
