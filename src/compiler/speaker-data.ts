// Speakers a site keeps in its data folder instead of pages, as conference themes do:
// data/speakers.yml (a list of speakers, or a map from id to speaker), or data/speakers/<id>.yml (one
// per file, nested folders allowed); `people` and `authors` the same. Each entry becomes a speaker
// file like a page's (speaker-files.ts), its id what talks name it by. A file that does not parse is a
// located `data-file` error; the others still count.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, extname, join, relative } from 'node:path'
import { DATA_EXTENSIONS, dataReader, DataFileError } from './data-files.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import { isTable, valueOfKey } from './front-matter-reader.ts'

export interface SpeakerEntry {
  /** The data file (absolute) and as diagnostics show it. */
  path: string
  display: string
  /** The id talks name it by: the map's key or the file's name (else its fields' key or name). */
  id?: string
  data: Record<string, unknown>
}

const NAMES = ['speakers', 'people', 'authors']

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory()

/** Data files under a folder, nested ones too, in a stable order. */
function dataFilesUnder(dir: string): string[] {
  if (!isDir(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? dataFilesUnder(join(dir, e.name)) : DATA_EXTENSIONS.includes(extname(e.name).toLowerCase()) ? [join(dir, e.name)] : []))
}

/** One speaker (it has a name), a list of them, or a map from id to speaker (or to a list, such as a year's). */
function entriesOf(value: unknown, path: string, display: string, nameKeys: readonly string[]): SpeakerEntry[] {
  const stem = basename(path, extname(path))
  const list = (items: unknown[]) => items.filter(isTable).map((data) => ({ path, display, data }))
  if (Array.isArray(value)) return list(value)
  if (!isTable(value)) return []
  if (nameKeys.some((k) => typeof valueOfKey(value, k) === 'string')) return [{ path, display, id: stem, data: value }]
  return Object.entries(value).flatMap(([id, data]) => (isTable(data) ? [{ path, display, id, data }] : Array.isArray(data) ? list(data) : []))
}

/** Every speaker entry of the site's data folder; problems go to `diagnostics`. */
export function speakerDataEntries(dataDir: string | undefined, display: (path: string) => string, nameKeys: readonly string[], diagnostics: Diagnostic[]): SpeakerEntry[] {
  if (!dataDir || !isDir(dataDir)) return []
  const read = dataReader(dataDir, display)
  const files = NAMES.flatMap((name) => [...DATA_EXTENSIONS.map((ext) => join(dataDir, name + ext)).filter(existsSync), ...dataFilesUnder(join(dataDir, name))])
  return files.flatMap((file) => {
    try {
      return entriesOf(read(relative(dataDir, file)), file, display(file), nameKeys)
    } catch (err) {
      if (!(err instanceof DataFileError)) throw err
      diagnostics.push(diag(err.file, err.line, err.column, 'data-file', err.message))
      return []
    }
  })
}
