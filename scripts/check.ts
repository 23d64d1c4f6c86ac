// `npm run check [-- --content DIR] [--json]`: validates the content folder without building,
// prints every diagnostic as path:line:col, and exits 1 when there is an error.
import { resolve } from 'node:path'
import { compileCollection } from '../src/compiler/compile.ts'
import { formatDiagnostic } from '../src/compiler/diagnostics.ts'
import { resolveContentDir } from '../src/vite/talks-plugin.ts'
import { healthReport } from '../src/compiler/health.ts'

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const root = process.cwd()
const contentDir = argValue('--content') ? resolve(argValue('--content')!) : resolveContentDir(root)
const started = performance.now()
const result = compileCollection({ contentDir, publicDir: resolve(root, 'public'), includeDrafts: false, root })
const ms = performance.now() - started

for (const d of result.diagnostics) console.log(formatDiagnostic(d))
const errors = result.diagnostics.filter((d) => d.severity === 'error').length
const warnings = result.diagnostics.length - errors
const badFiles = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size
console.log('')
console.log(healthReport(result.index).join('\n'))
console.log('')
console.log(
  `${result.files.length} files: ${result.index.talks.length} talks compiled, ${result.index.speakers.length} speakers; ` +
    `${errors} error${errors === 1 ? '' : 's'} in ${badFiles} file${badFiles === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${ms.toFixed(0)} ms)`,
)
process.exitCode = errors ? 1 : 0
