// The compiler's one entry point: compileCollection(options) reads the talk folder, compiles each
// file (at most once per change, through a FileCache), checks the collection as a whole and returns
// the index with every diagnostic. `npm run check`, the Vite plugin and the benchmark all call it.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { collectTalks, type Collection } from './collection.ts'
import type { ResolvedConfig } from './config/resolve.ts'
import type { CompileContext } from './context.ts'
import { DataFileError, dataReader } from './data-files.ts'
import { compileDataTalk, findTalksData } from './data-talks.ts'
import { dedupe, diag, sortDiagnostics, type Diagnostic } from './diagnostics.ts'
import { listTalkFiles } from './files.ts'
import { readSpeakerDirectory, type SpeakerDirectory } from './speaker-files.ts'
import { compileFile, type CompiledFile } from './talk.ts'
import { fileOfSitePath, siteFoldersOf, type SiteFolders } from './site-path-files.ts'
import { cascadeReader } from './cascade.ts'
import { scheduleReader } from './schedule-data.ts'
import { siteShortcodeReader } from './site-shortcodes.ts'

export interface CompileOptions {
  /** The site config, resolved (config/resolve.ts): folders, field mapping, transform. */
  config: ResolvedConfig
  includeDrafts: boolean
  /** Paths in diagnostics are shown relative to this folder. */
  root: string
  /** Keeps compiled files between calls, so an edit recompiles one file (dev server, benchmark). */
  cache?: FileCache
}

export interface CompileResult extends Collection {
  /** Absolute paths of the talk files read. */
  files: string[]
  /** Speaker files read (absolute), for the dev server to watch. */
  speakerFiles: string[]
  /** Files left out for their errors (display paths). */
  skipped: string[]
  /** What each file (or each entry of a talks data file) compiled to, in that order. */
  compiled: CompiledFile[]
}

/** Compiled files by path, valid while their modification time and size stay the same. */
export class FileCache {
  private files = new Map<string, { key: string; result: CompiledFile }>()
  private sitePaths = new Map<string, boolean>()
  /** The speaker directory, read once until a speaker file changes. */
  speakers?: SpeakerDirectory
  /** What sections cascade, read once until a file other than a talk changes (an _index.md). */
  cascade?: (talkFile: string) => Record<string, unknown> | undefined
  /** What the data files say of talks' dates, read once until a file other than a talk changes. */
  schedule?: ReturnType<typeof scheduleReader>
  /** The site's simple shortcode templates, each read once. */
  siteShortcodes?: ReturnType<typeof siteShortcodeReader>

  /** Forget a file (after it changed on disk) and what is known of static files (one may have appeared). */
  invalidate(file: string): void {
    this.files.delete(resolve(file))
    this.sitePaths.clear()
  }

  /** The last result compiled for a file, with the stat key it was compiled at. */
  entry(file: string): { key: string; result: CompiledFile } | undefined {
    return this.files.get(resolve(file))
  }

  /** Forget everything: a speaker file or the config changed, and any talk may read it. */
  clear(): void {
    this.files.clear()
    this.sitePaths.clear()
    this.speakers = undefined
    this.cascade = undefined
    this.schedule = undefined
  }

  /** The cached result for a file whose stat key matches, else the freshly compiled one. */
  get(file: string, key: string, compile: () => CompiledFile): CompiledFile {
    const hit = this.files.get(file)
    if (hit && hit.key === key) return hit.result
    const result = compile()
    this.files.set(file, { key, result })
    return result
  }

  /** The compiled files with their stat keys, for another thread's cache to adopt (a parallel build). */
  compiled(): [string, { key: string; result: CompiledFile }][] {
    return [...this.files]
  }

  /** Takes files another thread compiled (as `compiled()` gave them). */
  adopt(entries: Iterable<[string, { key: string; result: CompiledFile }]>): void {
    for (const [file, entry] of entries) this.files.set(file, entry)
  }

  /** Drops the files no longer in the folder. */
  keepOnly(live: ReadonlySet<string>): void {
    for (const k of this.files.keys()) if (!live.has(k)) this.files.delete(k)
  }

  /** Whether a site path names a file in the static folders (or a bundle's media in the talk folder). */
  fileExists(folders: SiteFolders, path: string): boolean {
    let hit = this.sitePaths.get(path)
    if (hit === undefined) {
      hit = fileOfSitePath(folders, path) !== undefined
      this.sitePaths.set(path, hit)
    }
    return hit
  }
}

const cacheOf = (options: CompileOptions) => (options.cache ??= new FileCache())

function display(options: CompileOptions, file: string): string {
  return relative(options.root, file).split(sep).join('/')
}

function contextOf(options: CompileOptions): CompileContext {
  const cache = cacheOf(options)
  const { config } = options
  const readData = dataReader(config.dataDir, (p) => display(options, p))
  const base = {
    includeDrafts: options.includeDrafts,
    config,
    root: options.root,
    fileExists: (p: string) => cache.fileExists(siteFoldersOf(config), p),
    readData,
    cascade: (cache.cascade ??= cascadeReader(config.contentDir)),
    schedule: (cache.schedule ??= scheduleReader(config, readData)),
    siteShortcode: (cache.siteShortcodes ??= siteShortcodeReader(config.siteRoot)),
  }
  cache.speakers ??= readSpeakerDirectory(config, base, (p) => display(options, p))
  return { ...base, speakers: cache.speakers }
}

/** Whether a path is inside the talk folder (so a change to it concerns the talks). */
export function ownsFile(options: CompileOptions, file: string): boolean {
  return resolve(file).startsWith(options.config.contentDir + sep)
}

/** One talk file, from the cache when it has not changed. */
export function compileTalkFile(file: string, options: CompileOptions, ctx = contextOf(options)): CompiledFile {
  return cacheOf(options).get(file, statKey(file), () => compileFile(display(options, file), readFileSync(file), ctx))
}

/** What a cached compile of a file is valid for: its modification time and size. */
export function statKey(file: string): string {
  const st = statSync(file)
  return `${st.mtimeMs}:${st.size}`
}

export function compileCollection(options: CompileOptions): CompileResult {
  const { contentDir } = options.config
  const folder = existsSync(contentDir) && statSync(contentDir).isDirectory()
  const ctx = contextOf(options)
  const files = folder ? listTalkFiles(contentDir, options.config.language, options.config.speakers.folders) : []
  // A site that keeps its talks in a data file has no talk pages (data-talks.ts).
  const fromData = files.length ? undefined : dataTalks(options, ctx)
  if (!folder && !fromData) {
    const d = diag(display(options, contentDir), 1, 1, 'no-content-folder', `The talk folder ${contentDir} does not exist: create it, or set TALKS_CONTENT_DIR, TALKSHELF_SITE or the config's content.`)
    return { index: { talks: [], speakers: [], aliases: {} }, bodies: new Map(), texts: new Map(), diagnostics: [d], files: [], speakerFiles: [], skipped: [], compiled: [] }
  }
  cacheOf(options).keepOnly(new Set(files))
  const compiled = fromData?.compiled ?? files.map((f) => compileTalkFile(f, options, ctx))
  const collection = collectTalks(compiled)
  const diagnostics = sortDiagnostics(dedupe([...ctx.speakers.diagnostics, ...(fromData?.diagnostics ?? []), ...compiled.flatMap((c) => c.diagnostics), ...collection.diagnostics]))
  const skipped = [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))]
  return { ...collection, diagnostics, files: fromData ? [fromData.file] : files, speakerFiles: ctx.speakers.files, skipped, compiled }
}

/** Each entry of the site's talks data file, compiled; a file that does not parse is an error at its line. */
function dataTalks(options: CompileOptions, ctx: CompileContext): { file: string; compiled: CompiledFile[]; diagnostics: Diagnostic[] } | undefined {
  try {
    const found = findTalksData(options.config, (p) => display(options, p))
    if (!found) return undefined
    const file = display(options, found.file)
    return { file: found.file, compiled: found.entries.map((e) => compileDataTalk(file, e.data, e.line, ctx)), diagnostics: [] }
  } catch (err) {
    if (!(err instanceof DataFileError)) throw err
    return { file: resolve(options.root, err.file), compiled: [], diagnostics: [diag(err.file, err.line, err.column, 'data-file', err.message)] }
  }
}
