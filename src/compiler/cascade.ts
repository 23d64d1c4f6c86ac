// Hugo's `cascade`: front matter a section's `_index.md` hands down to every page under its folder.
// A page's own keys win, and a nearer section's over a farther one's. Read in its plain form: a
// table, or the tables of a list that have no `_target`/`target` (those pick pages by path or kind,
// which a talk archive does not model).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { splitFrontMatter } from './front-matter.ts'
import { isTable, valueOfKey } from './front-matter-reader.ts'

type Fields = Record<string, unknown>

const SECTION_FILES = ['_index.md', '_index.markdown']

/** The keys a section's front matter cascades (lower-cased key lookup, as Hugo's). */
function cascadeOf(data: Fields): Fields {
  const value = valueOfKey(data, 'cascade')
  const tables = Array.isArray(value) ? value.filter(isTable) : isTable(value) ? [value] : []
  const plain = tables.filter((t) => !Object.keys(t).some((k) => ['_target', 'target'].includes(k.toLowerCase())))
  return Object.assign(Object.create(null) as Fields, ...plain)
}

/** Fills in the keys `page` does not set (in any case) from `cascaded`. */
export function withCascade(page: Fields, cascaded: Fields | undefined): Fields {
  if (!cascaded || !Object.keys(cascaded).length) return page
  const own = new Set(Object.keys(page).map((k) => k.toLowerCase()))
  const out = Object.create(null) as Fields
  for (const [k, v] of Object.entries(cascaded)) if (!own.has(k.toLowerCase())) out[k] = v
  return Object.assign(out, page)
}

/** For a talk file, what the sections from the talk folder down to its own folder cascade to it. */
export function cascadeReader(contentDir: string): (talkFile: string) => Fields | undefined {
  const root = resolve(contentDir)
  const byDir = new Map<string, Fields>()
  const sectionOf = (dir: string): Fields => {
    let fields = byDir.get(dir)
    if (!fields) {
      const file = SECTION_FILES.map((name) => join(dir, name)).find((f) => existsSync(f))
      const fm = file ? splitFrontMatter(file, readFileSync(file, 'utf8'), []) : undefined
      byDir.set(dir, (fields = fm ? cascadeOf(fm.data) : {}))
    }
    return fields
  }
  return (talkFile) => {
    const dir = dirname(resolve(talkFile))
    if (dir !== root && !dir.startsWith(root + sep)) return undefined
    const chain = [root, ...relative(root, dir).split(sep).filter(Boolean).map((_, i, parts) => join(root, ...parts.slice(0, i + 1)))]
    // Farther first, so that nearer sections win.
    const merged = chain.reduce<Fields>((acc, d) => withCascade(sectionOf(d), acc), {})
    return Object.keys(merged).length ? merged : undefined
  }
}
