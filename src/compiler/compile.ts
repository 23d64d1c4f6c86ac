// The compiler's one entry point: compileCollection(options) reads the talk folder, compiles each
// file (at most once per change, through a FileCache), checks the collection as a whole and returns
// the index with every diagnostic. `npm run check`, the Vite plugin and the benchmark all call it.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { collectTalks, type Collection } from './collection.ts'
import type { CompileContext } from './context.ts'
import { diag, sortDiagnostics } from './diagnostics.ts'
import { listTalkFiles } from './files.ts'
import { compileFile, type CompiledFile } from './talk.ts'

export interface CompileOptions {
  /** Folder of talk files. */
  contentDir: string
  /** The site's public folder, where image paths like /img/a.jpg must exist. */
  publicDir: string
  includeDrafts: boolean
  /** Paths in diagnostics are shown relative to this folder. */
  root: string
  /** Keeps compiled files between calls, so an edit recompiles one file (dev server, benchmark). */
  cache?: FileCache
}

export interface CompileResult extends Collection {
  /** Absolute paths of the talk files read. */
  files: string[]
}

/** Compiled files by path, valid while their modification time and size stay the same. */
export class FileCache {
  private files = new Map<string, { key: string; result: CompiledFile }>()
  private images = new Map<string, boolean>()

  /** Forget a file (after it changed on disk) and what is known of images (one may have appeared). */
  invalidate(file: string): void {
    this.files.delete(resolve(file))
    this.images.clear()
  }

  /** The cached result for a file whose stat key matches, else the freshly compiled one. */
  get(file: string, key: string, compile: () => CompiledFile): CompiledFile {
    const hit = this.files.get(file)
    if (hit && hit.key === key) return hit.result
    const result = compile()
    this.files.set(file, { key, result })
    return result
  }

  /** Drops the files no longer in the folder. */
  keepOnly(live: ReadonlySet<string>): void {
    for (const k of this.files.keys()) if (!live.has(k)) this.files.delete(k)
  }

  imageExists(publicDir: string, path: string): boolean {
    let hit = this.images.get(path)
    if (hit === undefined) {
      const full = join(publicDir, path)
      hit = full.startsWith(publicDir + sep) && existsSync(full) && statSync(full).isFile()
      this.images.set(path, hit)
    }
    return hit
  }
}

// Options are resolved once per cache, so a relative folder means the same thing on every call.
function resolved(options: CompileOptions): Required<CompileOptions> {
  return { ...options, contentDir: resolve(options.contentDir), publicDir: resolve(options.publicDir), cache: options.cache ?? new FileCache() }
}

function display(options: CompileOptions, file: string): string {
  return relative(options.root, file).split(sep).join('/')
}

function contextOf(options: Required<CompileOptions>): CompileContext {
  return { includeDrafts: options.includeDrafts, imageExists: (p) => options.cache.imageExists(options.publicDir, p) }
}

/** Whether a path is inside the talk folder (so a change to it concerns the talks). */
export function ownsFile(options: Pick<CompileOptions, 'contentDir'>, file: string): boolean {
  return resolve(file).startsWith(resolve(options.contentDir) + sep)
}

/** One talk file, from the cache when it has not changed. */
export function compileTalkFile(file: string, options: CompileOptions): CompiledFile {
  const o = resolved(options)
  const st = statSync(file)
  return o.cache.get(file, `${st.mtimeMs}:${st.size}`, () => compileFile(display(o, file), readFileSync(file), contextOf(o)))
}

export function compileCollection(options: CompileOptions): CompileResult {
  const o = resolved(options)
  if (!existsSync(o.contentDir) || !statSync(o.contentDir).isDirectory()) {
    const d = diag(display(o, o.contentDir), 1, 1, 'no-content-folder', `The content folder ${o.contentDir} does not exist: create it or set TALKS_CONTENT_DIR.`)
    return { index: { talks: [], speakers: [], aliases: {} }, bodies: new Map(), diagnostics: [d], files: [] }
  }
  const files = listTalkFiles(o.contentDir)
  o.cache.keepOnly(new Set(files))
  const compiled = files.map((f) => compileTalkFile(f, o))
  const collection = collectTalks(compiled)
  const diagnostics = sortDiagnostics([...compiled.flatMap((c) => c.diagnostics), ...collection.diagnostics])
  return { ...collection, diagnostics, files }
}
