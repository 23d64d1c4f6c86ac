// `npm run bench [-- --sizes 1000,10000,50000] [--runs K] [--seed S] [--only build,search] [--json out.json] [--keep]`
//
// Composes the benchmark sections (one module per measured thing) and prints one plain table per
// section; progress goes to stderr. Add a section by writing a module that exports a `Section`
// and listing it in SECTIONS. The collection of each size is generated once and built once per
// process (the build section's last build is the site payload, page and search measure).
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { buildSection } from './build.ts'
import { compileSection } from './compile.ts'
import { devSection } from './dev.ts'
import { hugoPagesSection } from './hugo-pages.ts'
import { argValue } from './lib/main.ts'
import { machineInfo } from './lib/machine.ts'
import { budgetTable } from './lib/budget.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { formatTable } from './lib/table.ts'
import { cleanupTemp, REPO } from './lib/workspace.ts'
import { pageSection } from './page.ts'
import { payloadSection } from './payload.ts'
import { searchSection } from './search.ts'

const SECTIONS: Section[] = [compileSection, buildSection, payloadSection, pageSection, searchSection, devSection, hugoPagesSection]

function fail(message: string): never {
  console.error(`bench: ${message}`)
  console.error('usage: npm run bench -- [--sizes 1000,10000] [--runs 5] [--seed 1] [--only id,…] [--json out.json] [--keep]')
  console.error(`sections: ${SECTIONS.map((s) => s.id).join(', ')}`)
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

// Interrupted: still remove the generated collections and builds.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanupTemp(options.keep, options.log)
    process.exit(130)
  })
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
const machine = machineInfo(REPO)
const loadAtStart = load()
console.log(`Talkshelf benchmarks: ${machine.cpu}, ${machine.cores} cores, ${Math.round(machine.totalMemoryMB / 1024)} GB, Node ${machine.node}, ${machine.platform} ${machine.release}`)
console.log(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${machine.commit}; sizes ${options.sizes.join(', ')}; ${options.runs} runs; seed ${options.seed}; load average ${loadAtStart}`)

const results: Record<string, SectionResult & { loadAverage: string }> = {}
const started = performance.now()
try {
  for (const section of SECTIONS) {
    if (only && !only.includes(section.id)) continue
    const result = await section.run(options)
    results[section.id] = { ...result, loadAverage: load() }
    for (const part of [{ title: result.title, table: result.table, notes: result.notes }, ...(result.more ?? [])]) {
      console.log('')
      console.log(part.title)
      console.log('')
      console.log(formatTable(part.table))
      if (part.notes?.length) console.log(`\n${part.notes.join('\n')}`)
    }
  }
} finally {
  cleanupTemp(options.keep, options.log)
}
const budgets = Object.values(results).flatMap((r) => r.budgets ?? [])
if (budgets.length) {
  console.log('\nEvery budgeted figure of this run, side by side\n')
  console.log(formatTable(budgetTable(budgets)))
}
const totalSeconds = (performance.now() - started) / 1000
console.log(`\n(${totalSeconds.toFixed(0)} s; load average ${loadAtStart} at start, ${load()} at the end)`)

if (jsonPath) {
  const out = {
    date: new Date().toISOString(),
    machine,
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed },
    sections: Object.fromEntries(
      Object.entries(results).map(([id, r]) => [id, { title: r.title, notes: r.notes, more: r.more?.map((m) => ({ title: m.title, notes: m.notes })), loadAverage: r.loadAverage, data: r.data }]),
    ),
  }
  writeFileSync(resolve(jsonPath), `${JSON.stringify(out, null, 2)}\n`)
  options.log(`wrote ${resolve(jsonPath)}`)
}
