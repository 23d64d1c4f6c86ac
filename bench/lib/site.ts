// What the build, payload, page, search and dev sections share, made at most once per process:
// the generated collection of N talks, its compiled index (in Node), and a production build of it.
// The build section registers its last build, so later sections measure the site it timed;
// a section run alone (`--only search`) builds once, untimed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compileCollection, compileTalkFile, FileCache, type CompileResult } from '../../src/compiler/compile.ts'
import { folderConfig } from '../../src/compiler/config/resolve.ts'
import { generateCollection, type GeneratedCollection } from '../generate.ts'
import { timedRun, tail, type Timed } from './process.ts'
import type { BenchOptions } from './section.ts'
import { fmtInt } from './stats.ts'
import { REPO, tempDir } from './workspace.ts'

export interface BenchCollection extends GeneratedCollection {
  n: number
  /** Folder of this size's files (collection, builds, Hugo site, logs). */
  root: string
}

const collections = new Map<string, BenchCollection>()

/** The synthetic collection of `n` talks for this seed, generated on first use. */
export function collectionFor(n: number, options: BenchOptions): BenchCollection {
  const key = `${n}:${options.seed}`
  let c = collections.get(key)
  if (!c) {
    const root = tempDir(`n${n}`)
    options.log(`generating ${fmtInt(n)} talks in ${root}`)
    c = { n, root, ...generateCollection(join(root, 'talks'), n, options.seed) }
    collections.set(key, c)
  }
  return c
}

export type CompiledCollection = CompileResult & { fileOf: Map<string, string> }
const compiled = new Map<string, CompiledCollection>()

/** The collection compiled in this process with the app's own compiler (reference data). */
export function compiledFor(n: number, options: BenchOptions): CompiledCollection {
  const c = collectionFor(n, options)
  let result = compiled.get(c.root)
  if (!result) {
    const options = { config: folderConfig(c.dir, join(REPO, 'public')), includeDrafts: false, root: c.dir, cache: new FileCache() }
    const all = compileCollection(options)
    const fileOf = new Map<string, string>()
    for (const f of all.files) {
      const slug = compileTalkFile(f, options).talk?.slug
      if (slug) fileOf.set(slug, f)
    }
    result = { ...all, fileOf }
    compiled.set(c.root, result)
  }
  return result
}

export interface ViteBuild extends Timed {
  outDir: string
  logFile: string
  /** From the build log: "prerendered … in X s (server bundle Y s, pages Z s)". */
  prerenderMs?: number
  serverBundleMs?: number
  pagesMs?: number
  /** From Vite's plugin timings: the talks plugin's buildStart (compiling every file). */
  compileMs?: number
}

let buildCount = 0

/** One `npx vite build --outDir <tmp>` of a collection, from the repo, timed. */
export async function viteBuild(c: BenchCollection, label = 'build'): Promise<ViteBuild> {
  const id = `${label}-${++buildCount}`
  const outDir = join(c.root, `vite-${id}`)
  const logFile = join(c.root, `vite-${id}.log`)
  const env: NodeJS.ProcessEnv = { ...process.env, TALKS_CONTENT_DIR: c.dir }
  delete env.NODE_ENV // `vite build` then uses production, as `npm run build` does.
  const timed = await timedRun('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: REPO, env, logFile, statsFile: join(c.root, `vite-${id}.time`) })
  if (timed.exitCode !== 0) throw new Error(`vite build of ${c.n} talks failed (exit ${timed.exitCode}); ${logFile}:\n${tail(logFile)}`)
  const log = readFileSync(logFile, 'utf8')
  const seconds = (re: RegExp) => {
    const m = log.match(re)
    return m ? Number(m[1]) * 1000 : undefined
  }
  return {
    ...timed,
    outDir,
    logFile,
    prerenderMs: seconds(/prerendered .* in ([\d.]+) s \(/),
    serverBundleMs: seconds(/\(server bundle ([\d.]+) s/),
    pagesMs: seconds(/, pages ([\d.]+) s\)/),
    compileMs: seconds(/talkshelf:talks buildStart \([^,]*, ([\d.]+)s/),
  }
}

const builds = new Map<string, string>()

/** Makes `outDir` the site later sections measure for this collection. */
export function registerBuild(c: BenchCollection, outDir: string): void {
  builds.set(c.root, outDir)
}

/** The production build of the collection of `n` talks: the build section's, or one made now. */
export async function builtSite(n: number, options: BenchOptions): Promise<{ collection: BenchCollection; outDir: string }> {
  const collection = collectionFor(n, options)
  let outDir = builds.get(collection.root)
  if (!outDir) {
    options.log(`building the site of ${fmtInt(n)} talks (untimed)`)
    outDir = (await viteBuild(collection, 'site')).outDir
    registerBuild(collection, outDir)
  }
  return { collection, outDir }
}

export interface SiteAssets {
  /** Site paths ("/assets/x.js") the home page's HTML loads: scripts, module preloads, stylesheets (linked or named for the app). */
  homeReferences: string[]
  /** The eager talk list chunk. */
  talkList: string
  /** Lazily loaded chunks, as site paths: the rest of the list, summaries, talk pages. */
  listChunks: string[]
  summaryChunks: string[]
  detailChunks: string[]
}

/** Reads the built home page and talk list chunk to find what loads when. */
export function siteAssets(outDir: string): SiteAssets {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const refs: string[] = []
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.push(m[1]!)
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = m[0].match(/\brel="([^"]+)"/)?.[1]
    const href = m[0].match(/\bhref="([^"]+)"/)?.[1]
    if (href && (rel === 'modulepreload' || rel === 'stylesheet')) refs.push(href)
  }
  // The whole stylesheet a prerendered page names on its inline <style>: the app fetches it at start
  // (src/full-stylesheet.ts), beside its scripts.
  for (const m of html.matchAll(/<style\b[^>]*\bdata-stylesheet="([^"]+)"/g)) refs.push(m[1]!)
  // The entry (src/boot.ts) imports the app after the first paint: what it preloads for that
  // import (Vite's __vite__mapDeps list) is part of what the page loads.
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const deps = readFileSync(join(outDir, m[1]!), 'utf8').match(/m\.f=\[([^\]]*)\]/)?.[1] ?? ''
    for (const d of deps.matchAll(/"([^"]+\.js)"/g)) if (!refs.includes(`/${d[1]}`)) refs.push(`/${d[1]}`)
  }
  // Static imports of those scripts (normally all preloaded already).
  const queue = refs.filter((r) => r.endsWith('.js'))
  while (queue.length) {
    const ref = queue.shift()!
    const dir = ref.slice(0, ref.lastIndexOf('/') + 1)
    const code = readFileSync(join(outDir, ref), 'utf8')
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) {
      const path = dir + m[1]!.slice(2)
      if (!refs.includes(path)) {
        refs.push(path)
        queue.push(path)
      }
    }
  }
  const talkList = refs.find((r) => /\/talk-list-[^/]*\.js$/.test(r))
  if (!talkList) throw new Error(`no talk-list chunk referenced by ${join(outDir, 'index.html')}`)
  // The first load names its data folder (src/vite/talk-modules.ts); the folder holds each kind's files.
  const code = readFileSync(join(outDir, talkList), 'utf8')
  const dir = /assets\/data\/[0-9a-f]+\//.exec(code)?.[0]
  if (!dir) throw new Error(`could not find the data folder in ${talkList}`)
  const count = (kind: string) => (existsSync(join(outDir, dir, kind)) ? readdirSync(join(outDir, dir, kind)).filter((f) => f.endsWith('.json')).length : 0)
  const files = (kind: string) => Array.from({ length: count(kind) }, (_, i) => `/${dir}${kind}/${i}.json`)
  return { homeReferences: refs, talkList, listChunks: files('list'), summaryChunks: files('summaries'), detailChunks: files('details') }
}

/** Files and bytes under a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.isFile()) {
        files++
        bytes += statSync(full).size
      }
    }
  }
  walk(dir)
  return { files, bytes }
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true })
  return dir
}
