// Talks kept in a data file instead of pages: a site whose templates list `data/talks.yml` (a user
// group's, a speaker's) has no talk folder, or one without pages. Each entry of the first of
// data/talks, presentations, webinars or sessions (.yml, .yaml, .toml, .json) that gives a title is a
// talk, read by the same keys as a page's front matter; its abstract or description is its text.
// Only used when the talk folder holds no page: beside pages, those files are schedules
// (schedule-data.ts).
import { existsSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { isMap, isNode, isSeq, LineCounter, parseDocument } from 'yaml'
import type { ResolvedConfig } from './config/resolve.ts'
import { DATA_EXTENSIONS, parseDataText } from './data-files.ts'
import type { CompileContext } from './context.ts'
import { capPerCode, sortDiagnostics } from './diagnostics.ts'
import { isTable, valueOfKey } from './front-matter-reader.ts'
import { compilePage, type CompiledFile } from './talk.ts'

export const TALK_DATA_FILES = ['talks', 'presentations', 'webinars', 'sessions']

export interface DataTalk {
  data: Record<string, unknown>
  /** The entry's first line in the file (1 where the format gives none). */
  line: number
}

export interface TalksData {
  /** Absolute path of the data file. */
  file: string
  entries: DataTalk[]
}

/** A YAML file's top-level entries with their lines (a list, a map of id → entry, or one key holding the list). */
function yamlEntries(text: string, display: string): { value: unknown; line: number }[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false, lineCounter: lines })
  // A file that does not parse is reported as every data file is (parseDataText throws, located).
  if (doc.errors.length) parseDataText(text, '.yml', display)
  const lineOf = (node: unknown) => (isNode(node) && node.range ? lines.linePos(node.range[0]).line : 1)
  // Aliases expand at most 100 times ("billion laughs"), as in every other data file.
  const entries = plainEntries(doc.toJS({ maxAliasCount: 100 }))
  // The same walk over the nodes, for each entry's line.
  let root: unknown = doc.contents
  if (isMap(root) && root.items.length === 1 && isSeq(root.items[0]!.value)) root = root.items[0]!.value
  const nodes: unknown[] = isSeq(root) ? root.items : isMap(root) ? root.items.map((pair) => pair.key) : []
  return entries.map((e, i) => ({ ...e, line: lineOf(nodes[i]) }))
}

/** Entries of a TOML or JSON file, without lines (those parsers give none). */
function plainEntries(data: unknown): { value: unknown; line: number }[] {
  let root = data
  if (isTable(root)) {
    const values = Object.values(root)
    if (values.length === 1 && Array.isArray(values[0])) root = values[0]
    else return Object.entries(root).map(([id, v]) => ({ value: isTable(v) ? { id, ...v } : v, line: 1 }))
  }
  return Array.isArray(root) ? root.map((value) => ({ value, line: 1 })) : []
}

function entriesOf(path: string, display: string): { value: unknown; line: number }[] {
  const text = readFileSync(path, 'utf8')
  const ext = extname(path).toLowerCase()
  return ext === '.yml' || ext === '.yaml' ? yamlEntries(text, display) : plainEntries(parseDataText(text, ext, display))
}

/** The site's talks data file and its entries that give a title, or undefined when it has none. */
export function findTalksData(config: Pick<ResolvedConfig, 'dataDir' | 'fields'>, display: (path: string) => string): TalksData | undefined {
  const { dataDir } = config
  if (!dataDir) return undefined
  const title = config.fields.title.map((k) => (typeof k === 'string' ? k : k.key))
  for (const stem of TALK_DATA_FILES) {
    const ext = DATA_EXTENSIONS.find((e) => existsSync(join(dataDir, stem + e)))
    if (!ext) continue
    const file = join(dataDir, stem + ext)
    const entries = entriesOf(file, display(file))
      .filter((e): e is { value: Record<string, unknown>; line: number } => isTable(e.value) && title.some((k) => typeof valueOfKey(e.value as Record<string, unknown>, k) === 'string'))
      .map((e) => ({ data: e.value, line: e.line }))
    if (entries.length) return { file, entries }
  }
  return undefined
}

/** Every key of a data file's entry is at the entry's line, as is what it lacks (a missing date). */
class EntryLines extends Map<string, number> {
  constructor(private readonly line: number) {
    super()
  }
  override get(): number {
    return this.line
  }
}

/**
 * One entry of the talks data file, compiled as a page whose front matter it
 * is, located at its line; its URL slug is its own, else its title's.
 */
export function compileDataTalk(file: string, data: Record<string, unknown>, line: number, ctx: CompileContext): CompiledFile {
  const result = compilePage(file, { data, keyLines: new EntryLines(line), body: '', bodyLine: line }, ctx, [], true)
  // What the entry lacks (a date) is reported where the entry starts, not at the file's first line.
  const located = result.diagnostics.map((d) => (d.file === file && d.line < line ? { ...d, line, column: 1 } : d))
  return { ...result, diagnostics: sortDiagnostics(capPerCode(located)) }
}
