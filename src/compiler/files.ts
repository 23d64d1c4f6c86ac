// The talk folder on disk: which files are talks, as Hugo reads a content section. `_index.md` (and
// `_index.<lang>.md`) is the section's own page; any other file, `_`-prefixed or not, is a page; a
// page bundle (`name/index.md`) is one talk; translations (`talk.es.md`) are one talk, published in
// the configured language.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const MARKDOWN = /\.(md|markdown)$/i
const SECTION = /^_index(\.[a-z]{2,3}(-[a-z0-9]{2,8})?)?\.(md|markdown)$/i
const TRANSLATED = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.(md|markdown)$/i

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if (entry.isFile() && MARKDOWN.test(entry.name) && !SECTION.test(entry.name)) out.push(full)
  }
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
  const name = path.split(/[\\/]/).pop() ?? ''
  return MARKDOWN.test(name) && !SECTION.test(name) && !name.startsWith('.') && !TRANSLATED.test(name)
}

/** Talk files under a folder, sub-folders included, one per page. */
export function listTalkFiles(dir: string, language = 'en'): string[] {
  const out: string[] = []
  walk(dir, out)
  return oneVariant(out.sort(), language)
}
