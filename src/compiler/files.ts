// The talk folder on disk: which files are talks, as Hugo reads a content section. `_index.md` (and
// `_index.<lang>.md`) is the section's own page; any other file, `_`-prefixed or not, is a page; a
// page bundle (`name/index.md`) is one talk, and every other file under its folder is one of its
// resources, Markdown included, not a talk; translations (`talk.es.md`) are one talk, published in
// the configured language.
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'

const MARKDOWN = /\.(md|markdown)$/i
const SECTION = /^_index(\.[a-z]{2,3}(-[a-z0-9]{2,8})?)?\.(md|markdown)$/i
const TRANSLATED = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.(md|markdown)$/i

/** A leaf bundle's page: "index.md", "index.markdown", "index.fr.md". */
const BUNDLE_INDEX = /^index(\.[a-z]{2,3}(-[a-z0-9]{2,8})?)?\.(md|markdown)$/i
const nameOf = (path: string) => path.split(/[\\/]/).pop() ?? ''

export const isBundleIndex = (path: string) => BUNDLE_INDEX.test(nameOf(path))

/** The name a page's file gives it, without the extension: a bundle's index (translated or not) is named by its folder. */
export function pageName(path: string): string {
  const parts = path.split(/[\\/]/)
  const name = parts[parts.length - 1]!
  return BUNDLE_INDEX.test(name) && parts.length > 1 ? parts[parts.length - 2]! : name.replace(/\.(md|markdown)$/i, '')
}

/** `root`: the content folder itself, whose own index.md (if any) does not make the whole site one bundle; `skip`: folders that hold no talks (speaker folders inside it). */
function walk(dir: string, out: string[], root = false, skip: ReadonlySet<string> = new Set()): void {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules' && !skip.has(join(dir, e.name)))
  const bundle = root ? [] : entries.filter((e) => e.isFile() && BUNDLE_INDEX.test(e.name))
  if (bundle.length) {
    for (const e of bundle) out.push(join(dir, e.name))
    return
  }
  for (const entry of entries) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out, false, skip)
    else if (entry.isFile() && MARKDOWN.test(entry.name) && !SECTION.test(entry.name)) out.push(full)
  }
}

/** Whether a folder holds at least one page (what listTalkFiles would list), looking no further than the first. */
export function holdsPage(dir: string): boolean {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
  return entries.some((e) => e.isFile() && MARKDOWN.test(e.name) && !SECTION.test(e.name)) || entries.some((e) => e.isDirectory() && holdsPage(join(dir, e.name)))
}

/**
 * Whether a folder holds a page about someone: a file beside its own index, or any page in a
 * subfolder (Wowchemy keeps each author as `content/authors/<name>/_index.md`). A folder whose only
 * page is its own `index.md` (a site's "People" page) holds no one.
 */
export function holdsPeople(dir: string): boolean {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
  const page = (e: (typeof entries)[number]) => e.isFile() && MARKDOWN.test(e.name)
  return entries.some((e) => page(e) && !SECTION.test(e.name) && !BUNDLE_INDEX.test(e.name)) || entries.some((e) => e.isDirectory() && readdirSync(join(dir, e.name), { withFileTypes: true }).some(page))
}

const hasBundleIndex = (dir: string) => existsSync(dir) && readdirSync(dir).some((name) => BUNDLE_INDEX.test(name))

/**
 * Whether a file under `contentDir` is a resource of a leaf bundle, not a page: a folder above it
 * (below the content folder) holds an index.md, or its own folder does and it is not that index.
 */
export function isBundleResource(file: string, contentDir: string): boolean {
  const root = resolve(contentDir)
  const own = dirname(resolve(file))
  if (own !== root && !isBundleIndex(file) && hasBundleIndex(own)) return true
  for (let dir = dirname(own); dir.startsWith(root + sep); dir = dirname(dir)) if (hasBundleIndex(dir)) return true
  return false
}

/** Of a page's language variants, the one in `language`, else the one without a suffix, else the first. */
function oneVariant(files: string[], language: string): string[] {
  const groups = new Map<string, { file: string; lang?: string }[]>()
  for (const file of files) {
    const m = TRANSLATED.exec(file)
    // A lone "talk.new.md" is a group of one and is published as it is.
    const key = m ? `${m[1]}.${m[3]}` : file
    const list = groups.get(key) ?? []
    list.push({ file, lang: m?.[2]?.toLowerCase() })
    groups.set(key, list)
  }
  const out: string[] = []
  for (const variants of groups.values()) {
    const pick = variants.find((v) => v.lang === language) ?? variants.find((v) => !v.lang) ?? variants.find((v) => v.lang?.split('-')[0] === language.split('-')[0])
    out.push((pick ?? variants[0]!).file)
  }
  return out.sort()
}

/**
 * A file that is one talk on its own: Markdown, not a section's page, not hidden, not a language
 * variant (which talk a variant stands for depends on its siblings).
 */
export function isOwnTalkFile(path: string): boolean {
  const name = nameOf(path)
  return MARKDOWN.test(name) && !SECTION.test(name) && !name.startsWith('.') && !TRANSLATED.test(name)
}

/** Talk files under a folder, sub-folders included, one per page; the files of `speakerFolders` inside it are not talks. */
export function listTalkFiles(dir: string, language = 'en', speakerFolders: readonly string[] = []): string[] {
  const out: string[] = []
  walk(dir, out, true, new Set(speakerFolders.map((f) => resolve(f))))
  return oneVariant(out.sort(), language)
}

/**
 * Folders named like speaker folders ("speakers", "people", "authors") inside the talk folder, where
 * event sites keep each event's speakers beside its talks (content/events/2019-chicago/speakers/).
 * A page bundle's own folders are its resources, not looked into.
 */
export function nestedFolders(dir: string, names: ReadonlySet<string>): string[] {
  const out: string[] = []
  const visit = (at: string) => {
    const entries = readdirSync(at, { withFileTypes: true })
    if (at !== dir && entries.some((e) => e.isFile() && BUNDLE_INDEX.test(e.name))) return
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'node_modules') continue
      if (names.has(e.name.toLowerCase())) out.push(join(at, e.name))
      else visit(join(at, e.name))
    }
  }
  if (existsSync(dir)) visit(dir)
  return out.sort()
}
