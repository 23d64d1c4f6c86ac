// The content folder on disk: finds talk files and compiles each one at most once per change
// (a per-file cache keyed by modification time and size), so a dev edit recompiles one file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Diagnostic } from '../data/types.ts'
import { compileCollection, type Collection } from './collection.ts'
import { compileFile, type CompileContext, type CompiledFile } from './talk.ts'
import { diag, sortDiagnostics } from './diagnostics.ts'

export interface ContentOptions {
  /** Folder of talk files. */
  contentDir: string
  /** The site's public folder, where image paths like /img/a.jpg must exist. */
  publicDir: string
  includeDrafts: boolean
  /** Paths in diagnostics are shown relative to this folder. */
  root: string
}

/** Talk files: Markdown, not Hugo section files (`_index.md`), not hidden, sub-folders included. */
export function listTalkFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name) && !entry.name.startsWith('_')) out.push(full)
    }
  }
  walk(dir)
  return out.sort()
}

export class ContentStore {
  readonly options: ContentOptions
  private cache = new Map<string, { key: string; result: CompiledFile }>()
  private imageCache = new Map<string, boolean>()
  private ctx: CompileContext

  constructor(options: ContentOptions) {
    this.options = { ...options, contentDir: resolve(options.contentDir), publicDir: resolve(options.publicDir) }
    this.ctx = {
      includeDrafts: options.includeDrafts,
      imageExists: (p) => {
        let hit = this.imageCache.get(p)
        if (hit === undefined) {
          const full = join(this.options.publicDir, p)
          hit = full.startsWith(this.options.publicDir + sep) && existsSync(full) && statSync(full).isFile()
          this.imageCache.set(p, hit)
        }
        return hit
      },
    }
  }

  owns(file: string): boolean {
    return resolve(file).startsWith(this.options.contentDir + sep)
  }

  /** Forget what is known about a file (or an image) after it changed on disk. */
  invalidate(file: string): void {
    this.cache.delete(resolve(file))
    this.imageCache.clear()
  }

  private display(file: string): string {
    return relative(this.options.root, file).split(sep).join('/')
  }

  compileOne(file: string): CompiledFile {
    const st = statSync(file)
    const key = `${st.mtimeMs}:${st.size}`
    const hit = this.cache.get(file)
    if (hit && hit.key === key) return hit.result
    const result = compileFile(this.display(file), readFileSync(file), this.ctx)
    this.cache.set(file, { key, result })
    return result
  }

  compileAll(): Collection & { files: string[] } {
    const dir = this.options.contentDir
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      const d: Diagnostic = diag(this.display(dir), 1, 1, 'error', 'no-content-folder', `The content folder ${dir} does not exist: create it or set TALKS_CONTENT_DIR.`)
      return { index: { talks: [], speakers: [], aliases: {} }, bodies: new Map(), diagnostics: [d], files: [] }
    }
    const files = listTalkFiles(dir)
    const live = new Set(files)
    for (const k of this.cache.keys()) if (!live.has(k)) this.cache.delete(k)
    const compiled = files.map((f) => this.compileOne(f))
    const collection = compileCollection(compiled)
    const diagnostics = sortDiagnostics([...compiled.flatMap((c) => c.diagnostics), ...collection.diagnostics])
    return { ...collection, diagnostics, files }
  }
}
