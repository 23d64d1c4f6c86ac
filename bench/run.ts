// `npm run bench [-- --sizes 1000,10000,50000] [--runs K] [--seed S] [--only compile] [--json out.json] [--keep]`
//
// Composes the benchmark sections (one module per measured thing) and prints one plain table per
// section; progress goes to stderr. Add a section by writing a module that exports a `Section`
// and listing it in SECTIONS.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { compileSection } from './compile.ts'
import { argValue } from './lib/main.ts'
import { machineInfo } from './lib/machine.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { formatTable } from './lib/table.ts'

const SECTIONS: Section[] = [compileSection]

function fail(message: string): never {
  console.error(`bench: ${message}`)
  console.error('usage: npm run bench -- [--sizes 1000,10000] [--runs 5] [--seed 1] [--only id,…] [--json out.json] [--keep]')
  process.exit(2)
}

function positiveInt(text: string, what: string): number {
  const n = Number(text.replace(/_/g, ''))
  if (!Number.isInteger(n) || n < 1) fail(`${what} must be a positive integer, not "${text}"`)
  return n
}

const argv = process.argv.slice(2)
const known = new Set(['--sizes', '--runs', '--seed', '--only', '--json', '--keep'])
for (const a of argv) if (a.startsWith('--') && !known.has(a)) fail(`unknown option ${a}`)

const options: BenchOptions = {
  sizes: (argValue(argv, '--sizes') ?? '1000,10000').split(',').map((s) => positiveInt(s.trim(), '--sizes')),
  runs: positiveInt(argValue(argv, '--runs') ?? '5', '--runs'),
  seed: positiveInt(argValue(argv, '--seed') ?? '1', '--seed'),
  keep: argv.includes('--keep'),
  log: (message) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`),
}
const only = argValue(argv, '--only')?.split(',')
for (const id of only ?? []) if (!SECTIONS.some((s) => s.id === id)) fail(`unknown section "${id}" (known: ${SECTIONS.map((s) => s.id).join(', ')})`)
const jsonPath = argValue(argv, '--json')

const machine = machineInfo()
console.log(`Talkshelf benchmarks: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform} ${machine.release}`)
console.log(`sizes ${options.sizes.join(', ')}; ${options.runs} runs; seed ${options.seed}`)

const results: Record<string, SectionResult> = {}
const started = performance.now()
for (const section of SECTIONS) {
  if (only && !only.includes(section.id)) continue
  const result = await section.run(options)
  results[section.id] = result
  console.log('')
  console.log(result.title)
  console.log('')
  console.log(formatTable(result.table))
  if (result.notes.length) console.log(`\n${result.notes.join('\n')}`)
}
const totalSeconds = (performance.now() - started) / 1000
console.log(`\n(${totalSeconds.toFixed(0)} s)`)

if (jsonPath) {
  const out = {
    date: new Date().toISOString(),
    machine,
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed },
    sections: Object.fromEntries(Object.entries(results).map(([id, r]) => [id, { title: r.title, notes: r.notes, data: r.data }])),
  }
  writeFileSync(resolve(jsonPath), `${JSON.stringify(out, null, 2)}\n`)
  options.log(`wrote ${resolve(jsonPath)}`)
}
