// Shared test helpers for the talk compiler: inline talk files, a compile context, and a
// throw-away workspace folder written from an object of paths → contents.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileCollection, compileTalkFile, FileCache, ownsFile, type CompileOptions } from '../../src/compiler/compile.ts'
import { folderConfig } from '../../src/compiler/config/resolve.ts'
import type { CompileContext } from '../../src/compiler/context.ts'
import { NO_SPEAKERS } from '../../src/compiler/speaker-files.ts'
import type { Diagnostic } from '../../src/compiler/diagnostics.ts'

/** The repository root (where content/talks and public/ live). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** A talk file: TOML lines between "+++" fences, then the body. */
export function talk(frontMatter: string[], body = 'Body text.'): string {
  return ['+++', ...frontMatter, '+++', body].join('\n')
}

/** The smallest valid front matter. */
export const MINIMAL = ['title = "A talk"', 'date = "2023-02-05"']

/** A compile context with the default conventions, whose public/ holds exactly `images`. */
export function context(images: string[] = [], includeDrafts = false, overrides: Partial<CompileContext> = {}): CompileContext {
  const set = new Set(images)
  const config = folderConfig('/nowhere/content/talks', '/nowhere/public')
  const readData = () => {
    throw new Error('this test context has no data folder')
  }
  return { fileExists: (p) => set.has(p), includeDrafts, config, root: '/nowhere', speakers: NO_SPEAKERS, readData, ...overrides }
}

/** "line:col severity code" for each diagnostic: compact to compare. */
export const brief = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)

export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code)

export interface Workspace {
  root: string
  path(...parts: string[]): string
  write(files: Record<string, string | Uint8Array>): void
  remove(): void
}

/** A temporary folder filled from `{ 'content/talks/a.md': '…' }`; call remove() when done. */
export function workspace(files: Record<string, string | Uint8Array> = {}, prefix = 'talkshelf-'): Workspace {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const ws: Workspace = {
    root,
    path: (...parts) => join(root, ...parts),
    write(more) {
      for (const [rel, content] of Object.entries(more)) {
        const full = join(root, rel)
        mkdirSync(dirname(full), { recursive: true })
        writeFileSync(full, content)
      }
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
  ws.write(files)
  return ws
}

/** The compiler's entry points bound to one set of options and one cache, as the Vite plugin uses them. */
export function compilerFor(options: { contentDir: string; publicDir: string; includeDrafts: boolean; root: string }) {
  const o: CompileOptions = { config: folderConfig(options.contentDir, options.publicDir), includeDrafts: options.includeDrafts, root: options.root, cache: new FileCache() }
  return {
    compileAll: () => compileCollection(o),
    compileOne: (file: string) => compileTalkFile(file, o),
    invalidate: (file: string) => o.cache!.invalidate(file),
    owns: (file: string) => ownsFile(o, file),
  }
}
