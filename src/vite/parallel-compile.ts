// A large build compiles its talk files on every core: this thread takes the first share, worker
// threads the rest (src/compiler/compile-worker.ts, bundled here for Node); their results fill the
// compile cache, so compileCollection then finds every file compiled. At 10,000 talks compiling was
// 5 s on one core while the other waited.
import { existsSync, rmSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { compileTalkFile, type CompileOptions } from '../compiler/compile.ts'
import type { CompileShare } from '../compiler/compile-worker.ts'
import type { ConfigSources } from '../compiler/config/resolve.ts'
import { listTalkFiles } from '../compiler/files.ts'
import { runWorkerOnce } from '../compiler/worker-thread.ts'

/** Below this many files, starting a worker (bundle, thread, imports, config) costs more than it saves. */
const MIN_FILES = 2_000
/**
 * This thread's part of the files, with one worker: more than half, as a worker first starts up
 * (~0.7 s) and compiles a file ~25 % slower (a fresh isolate); measured at 10,000 talks.
 */
const MAIN_SHARE = 0.6

async function bundleWorker(root: string): Promise<string> {
  // A folder per build: two builds of one project at once must not remove each other's worker.
  const dir = join(root, 'node_modules', `.talkshelf-compile-${process.pid}-${Date.now()}`)
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { ssr: true, outDir: dir, emptyOutDir: true, copyPublicDir: false, minify: false, rolldownOptions: { input: { 'compile-worker': 'src/compiler/compile-worker.ts' }, output: { entryFileNames: '[name].js' } } },
  })
  return dir
}

const runWorker = (file: string, share: CompileShare) => runWorkerOnce<Parameters<NonNullable<CompileOptions['cache']>['adopt']>[0]>(file, share)

/** Compiles the collection's files into `options.cache` on every core, when there are enough of them. */
export async function compileInParallel(options: CompileOptions, sources: ConfigSources, { minFiles = MIN_FILES } = {}): Promise<void> {
  const threads = availableParallelism()
  // A transform may keep state from one file to the next: such a site compiles in one thread.
  if (threads < 2 || options.config.transform || !options.cache) return
  const { contentDir, language } = options.config
  // No folder: compileCollection reports it.
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) return
  const files = listTalkFiles(contentDir, language, options.config.speakers.folders)
  if (files.length < minFiles) return
  const dir = await bundleWorker(options.root)
  try {
    const mine = Math.ceil(files.length * MAIN_SHARE)
    const rest = files.slice(mine)
    const per = Math.ceil(rest.length / (threads - 1))
    const shares = Array.from({ length: threads - 1 }, (_, i) => rest.slice(i * per, (i + 1) * per)).filter((s) => s.length)
    const pending = Promise.all(shares.map((s) => runWorker(join(dir, 'compile-worker.js'), { sources, root: options.root, includeDrafts: options.includeDrafts, files: s })))
    for (const file of files.slice(0, mine)) compileTalkFile(file, options)
    for (const entries of await pending) options.cache.adopt(entries)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
