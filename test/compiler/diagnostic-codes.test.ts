// @vitest-environment node
// The diagnostics catalogue: every code has one severity, a title and a hint; diagnostics take their
// severity from it; the README's table of problems is the catalogue's.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIAGNOSTICS, type DiagnosticCode } from '../../src/compiler/diagnostic-codes.ts'
import { diag } from '../../src/compiler/diagnostics.ts'
import { withDiagnosticsTable } from '../../scripts/lib/diagnostics-table.ts'
import { REPO_ROOT } from './helpers.ts'

describe('the diagnostics catalogue', () => {
  it('gives every code a severity, a one-line title and what to do', () => {
    for (const [code, d] of Object.entries(DIAGNOSTICS)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(['error', 'warning']).toContain(d.severity)
      expect(d.title.length, code).toBeGreaterThan(5)
      expect(d.title, code).not.toMatch(/\n|\.$/)
      expect(d.hint, code).toMatch(/\.$/)
    }
  })

  it('decides the severity of every diagnostic', () => {
    for (const code of Object.keys(DIAGNOSTICS) as DiagnosticCode[]) expect(diag('f', 1, 1, code, 'm').severity).toBe(DIAGNOSTICS[code].severity)
  })

  it('is the README’s table of problems (run npm run docs after changing it)', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    expect(withDiagnosticsTable(readme)).toBe(readme)
  })
})
