// Located diagnostics: one shape for every problem, printed as `path:line:col: severity: message`.
import type { Diagnostic, Severity } from '../types.ts'

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

/** Line (1-based) of a character offset in a text, counted from `firstLine`. */
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
