// readData(): YAML, TOML or JSON files under the site's data folder, for the config's transform
// (sites that keep dates or slots in data/events/<event>.yml). Parsed once per compile; a file that
// does not parse, or a path that leaves the folder, throws a DataFileError with its location.
import { existsSync, readFileSync } from 'node:fs'
import { extname, relative, resolve, sep } from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import { parse as parseYaml, YAMLError } from 'yaml'

/** The kinds of data file Hugo reads, and so readData(). */
export const DATA_EXTENSIONS = ['.yml', '.yaml', '.toml', '.json']

export class DataFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message)
    this.name = 'DataFileError'
  }
}

/** A data file's text parsed by its extension; a located DataFileError when it does not parse. */
export function parseDataText(text: string, ext: string, display: string): unknown {
  try {
    if (ext === '.json') return JSON.parse(text) as unknown
    if (ext === '.toml') return parseToml(text)
    // A key given twice is its last value, as Hugo reads a data file.
    return parseYaml(text, { schema: 'core', maxAliasCount: 100, uniqueKeys: false }) as unknown
  } catch (err) {
    const at = err instanceof YAMLError ? err.linePos?.[0] : err instanceof TomlError ? { line: err.line, col: err.column } : undefined
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!
    throw new DataFileError(`The data file ${display} does not parse: ${reason}`, display, at?.line ?? 1, at?.col ?? 1)
  }
}

/** A readData for a data folder; `display` gives a path as diagnostics show it. */
export function dataReader(dataDir: string | undefined, display: (path: string) => string): (path: string) => unknown {
  const cache = new Map<string, unknown>()
  return (path) => {
    if (!dataDir) throw new DataFileError(`readData("${path}"): this site has no data folder (set site or data in the config)`, 'talkshelf.config.ts')
    const file = resolve(dataDir, path)
    if (!file.startsWith(dataDir + sep)) throw new DataFileError(`readData("${path}") points outside the data folder`, display(dataDir))
    if (cache.has(file)) return cache.get(file)
    const ext = extname(file).toLowerCase()
    if (!DATA_EXTENSIONS.includes(ext)) throw new DataFileError(`readData("${path}"): only .yml, .yaml, .toml and .json files can be read`, display(file))
    if (!existsSync(file)) throw new DataFileError(`readData("${path}"): ${relative(dataDir, file)} does not exist in ${display(dataDir)}`, display(dataDir))
    const value = parseDataText(readFileSync(file, 'utf8'), ext, display(file))
    cache.set(file, value)
    return value
  }
}
