// Benchmark of the build-time compiler: compileCollection() on synthetic collections.
//
// For each size N the collection is generated once into os.tmpdir(); then a fresh Node process
// (so peak RSS belongs to that size alone) times, per run:
//   cold    a new FileCache: every file read, parsed, rendered (what `vite build` pays)
//   warm    the same cache again: every file a cache hit (a dev reload with nothing changed)
//   touch   the same cache after one file's mtime changed: that file alone is recompiled
// and reports the median over the runs. Each run uses a new cache, so cold is always cold for
// the per-file cache. An extra first iteration, untimed in the medians, gives the first compile of
// a fresh process (cold for the JIT as well, like a one-off `vite build`) and checks the cache:
// the warm call must reuse every file's result and the touched call must recompile exactly one.
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileCollection, compileTalkFile, FileCache, type CompileOptions, type CompileResult } from '../src/compiler/compile.ts'
import { folderConfig } from '../src/compiler/config/resolve.ts'
import type { CompiledFile } from '../src/compiler/talk.ts'
import { generateCollection, writeImages } from './generate.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { fmt, fmtInt, mb, sample, type Sample } from './lib/stats.ts'
import type { Table } from './lib/table.ts'

const CHILD_FLAG = '--compile-bench-child'

interface ChildRequest {
  contentDir: string
  publicDir: string
  runs: number
}

interface ChildResult {
  files: number
  talks: number
  speakers: number
  errors: number
  warnings: number
  /** The first compile in a fresh process (JIT-cold too): one sample. */
  firstColdMs: number
  /** New store each run, in a process that has compiled before. */
  cold: Sample
  warm: Sample
  touched: Sample
  /** Files whose compiled result was not reused by the warm call (expected 0). */
  recompiledWarm: number
  /** …and after touching one file (expected 1). */
  recompiledTouched: number
  /** RSS of the measuring process before compiling anything. */
  baselineRssBytes: number
  /** Peak RSS of the measuring process over all runs. */
  peakRssBytes: number
  /** Heap kept alive by one store and its last result (what a dev server holds). */
  retainedHeapBytes: number
}

export interface CompileMeasurement extends ChildResult {
  n: number
  seed: number
  runs: number
  /** Distinct people in the generated collection. */
  generatedSpeakers: number
  generateMs: number
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

function time<T>(fn: () => T): [T, number] {
  const started = performance.now()
  const value = fn()
  return [value, performance.now() - started]
}

/** How many files' compiled results differ (by identity) from a snapshot. */
function changed(options: CompileOptions, files: string[], before: CompiledFile[]): number {
  return files.reduce((count, f, i) => count + (compileTalkFile(f, options) === before[i] ? 0 : 1), 0)
}

/** Runs in the child process: all timings for one collection. */
function measure({ contentDir, publicDir, runs }: ChildRequest): ChildResult {
  gc()
  const baselineRssBytes = process.memoryUsage().rss
  const baselineHeap = process.memoryUsage().heapUsed
  const cold: number[] = []
  const warm: number[] = []
  const touched: number[] = []
  let firstColdMs = NaN
  let recompiledWarm = -1
  let recompiledTouched = -1
  let store: CompileOptions | undefined
  let last: CompileResult | undefined
  // Iteration 0 is the process's first compile (JIT-cold, as in a one-off `vite build`): reported
  // on its own and used for the cache checks; iterations 1..runs give the medians.
  for (let r = 0; r <= runs; r++) {
    const timed = r > 0
    store = undefined
    last = undefined
    gc()
    store = { config: folderConfig(contentDir, publicDir), includeDrafts: false, root: contentDir, cache: new FileCache() }
    const [first, coldMs] = time(() => compileCollection(store!))
    if (timed) cold.push(coldMs)
    else firstColdMs = coldMs
    const files = first.files
    const snapshot = timed ? [] : files.map((f) => compileTalkFile(f, store!))

    gc()
    const [, warmMs] = time(() => compileCollection(store!))
    if (timed) warm.push(warmMs)
    else recompiledWarm = changed(store, files, snapshot)

    // A different file each run, moved one second forward: its cache key (mtime:size) changes.
    const target = files[(r * 7919 + 13) % files.length]!
    const st = statSync(target)
    utimesSync(target, st.atime, new Date(st.mtimeMs + 1000))
    gc()
    const [result, touchMs] = time(() => compileCollection(store!))
    if (timed) touched.push(touchMs)
    else recompiledTouched = changed(store, files, snapshot)
    last = result
  }
  if (!store || !last) throw new Error('no run')
  gc()
  const retainedHeapBytes = process.memoryUsage().heapUsed - baselineHeap
  const errors = last.diagnostics.filter((d) => d.severity === 'error').length
  return {
    files: last.files.length,
    talks: last.index.talks.length,
    speakers: last.index.speakers.length,
    errors,
    warnings: last.diagnostics.length - errors,
    firstColdMs,
    cold: sample(cold),
    warm: sample(warm),
    touched: sample(touched),
    recompiledWarm,
    recompiledTouched,
    baselineRssBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    retainedHeapBytes,
  }
}

/** Measures one collection in a fresh Node process (tsx's loader is inherited via execArgv). */
function measureInChild(request: ChildRequest): Promise<ChildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let result: ChildResult | undefined
    child.on('message', (m) => (result = m as ChildResult))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (result && code === 0) resolvePromise(result)
      else reject(new Error(`compile benchmark child exited with ${signal ?? `code ${code}`}`))
    })
    child.send(request)
  })
}

export async function measureCompile(options: BenchOptions): Promise<CompileMeasurement[]> {
  const out: CompileMeasurement[] = []
  for (const n of options.sizes) {
    const root = mkdtempSync(join(tmpdir(), `talkshelf-bench-${n}-`))
    try {
      const contentDir = join(root, 'talks')
      const publicDir = join(root, 'public')
      options.log(`compile: generating ${fmtInt(n)} talks in ${root}`)
      const [generated, generateMs] = time(() => {
        const g = generateCollection(contentDir, n, options.seed)
        writeImages(publicDir, g.images)
        return g
      })
      options.log(`compile: measuring N=${fmtInt(n)}, ${options.runs} runs`)
      const result = await measureInChild({ contentDir, publicDir, runs: options.runs })
      out.push({ n, seed: options.seed, runs: options.runs, generatedSpeakers: generated.speakers, generateMs, ...result })
    } finally {
      if (options.keep) options.log(`compile: kept ${root}`)
      else rmSync(root, { recursive: true, force: true })
    }
  }
  return out
}

function toTable(results: CompileMeasurement[]): Table {
  const rows: string[][] = []
  for (const m of results) {
    rows.push([fmtInt(m.n), 'first compile in process', fmt(m.firstColdMs), fmt((m.firstColdMs * 1000) / m.n), '1 run', mb(m.peakRssBytes)])
    const phases: [string, Sample][] = [
      ['cold (new store)', m.cold],
      ['warm (all cached)', m.warm],
      ['warm, 1 file touched', m.touched],
    ]
    phases.forEach(([name, s]) => {
      rows.push(['', name, fmt(s.medianMs), fmt((s.medianMs * 1000) / m.n), `${fmt(s.minMs)}–${fmt(s.maxMs)}`, ''])
    })
  }
  return {
    columns: [
      { header: 'N' },
      { header: 'phase', align: 'left' },
      { header: 'total ms' },
      { header: 'µs/talk' },
      { header: 'range ms' },
      { header: 'peak RSS' },
    ],
    rows,
  }
}

function notesFor(results: CompileMeasurement[]): string[] {
  const notes = [
    'total ms = median over runs (first compile in process: its single time); µs/talk = total / N; range = fastest–slowest run;',
    'peak RSS = max resident memory of the process measuring that N (node + tsx baseline included).',
  ]
  for (const m of results) {
    const problems: string[] = []
    if (m.errors) problems.push(`${m.errors} compile errors`)
    if (m.talks !== m.n) problems.push(`${m.talks} talks compiled, expected ${m.n}`)
    if (m.recompiledWarm !== 0) problems.push(`warm call recompiled ${m.recompiledWarm} files, expected 0`)
    if (m.recompiledTouched !== 1) problems.push(`touching one file recompiled ${m.recompiledTouched}, expected 1`)
    notes.push(
      `N=${fmtInt(m.n)}: ${fmtInt(m.talks)} talks, ${fmtInt(m.speakers)} speakers, ${fmtInt(m.warnings)} warnings; ` +
        `recompiled warm ${m.recompiledWarm}, touched ${m.recompiledTouched}; baseline RSS ${mb(m.baselineRssBytes)}, ` +
        `retained heap ${mb(m.retainedHeapBytes)}; generated in ${fmtInt(m.generateMs)} ms` +
        (problems.length ? `  !! ${problems.join('; ')}` : ''),
    )
  }
  return notes
}

export const compileSection: Section = {
  id: 'compile',
  async run(options): Promise<SectionResult> {
    const results = await measureCompile(options)
    return {
      title: `Compiler: compileCollection() on synthetic talks (median of ${options.runs} runs)`,
      table: toTable(results),
      notes: notesFor(results),
      data: results,
    }
  },
}

if (process.argv.includes(CHILD_FLAG) && process.send) {
  process.once('message', (request) => {
    const result = measure(request as ChildRequest)
    process.send!(result, () => process.disconnect())
  })
}
