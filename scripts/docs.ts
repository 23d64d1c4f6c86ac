// `npm run docs`: regenerates the generated parts of README.md (the table of problems).
import { readFileSync, writeFileSync } from 'node:fs'
import { withDiagnosticsTable } from './lib/diagnostics-table.ts'

const readme = readFileSync('README.md', 'utf8')
const next = withDiagnosticsTable(readme)
if (next !== readme) writeFileSync('README.md', next)
console.log(next === readme ? 'README.md is up to date' : 'README.md: table of problems regenerated')
