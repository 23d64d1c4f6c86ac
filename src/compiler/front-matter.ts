// Splits a Hugo content file into front matter and body (TOML, YAML or JSON) and parses it with located errors.
import { parse as parseToml, TomlError } from 'smol-toml'
import { parse as parseYaml, YAMLError } from 'yaml'
import { diag, type Diagnostic } from './diagnostics.ts'
import { splitJsonFrontMatter } from './json-front-matter.ts'
import { indentQuotedContinuations } from './yaml-lenient.ts'

export interface FrontMatter {
  data: Record<string, unknown>
  /** 1-based line of the first body line in the original file. */
  bodyLine: number
  body: string
  /** 1-based line in the file of each top-level key, for located diagnostics. */
  keyLines: Map<string, number>
}

/** Normalises what editors leave behind: a UTF-8 BOM and CRLF/CR line endings. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

const JSON_OBJECT = /^\{(?!\{)/
const KEY_LINE = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*[=:]/
// A table header ("[name]", "[name.sub]", "[[name]]"); a Markdown link line "[text](url)" is not one.
const TABLE_LINE = /^\s*\[\[?\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))[^\]]*\]\]?\s*(?:#.*)?$/

function keyLinesOf(lines: string[], firstLine: number): Map<string, number> {
  const map = new Map<string, number>()
  let inTable = false
  let inString = false
  lines.forEach((line, i) => {
    // Lines inside a multi-line string ("""…""") are text, whatever they look like.
    const wasInString = inString
    if ((line.match(/"""|'''/g) ?? []).length % 2) inString = !inString
    if (wasInString) return
    // A table's key is its header line; the keys after a header belong to the table.
    const table = TABLE_LINE.exec(line)
    if (table) inTable = true
    const m = table ?? (inTable ? null : KEY_LINE.exec(line))
    const key = m && (m[1] ?? m[2] ?? m[3])
    if (key && !map.has(key)) map.set(key, firstLine + i)
  })
  return map
}

const DATE_LITERAL = /=\s*(\d{4}-\d{2}-\d{2})/

/**
 * smol-toml lets JavaScript's Date roll an impossible day over (2023-02-30 becomes 2023-03-02).
 * A top-level date whose parsed day differs from the written one is kept as the written text, so
 * the field checks report it instead of publishing a date nobody wrote.
 */
function keepImpossibleDates(data: Record<string, unknown>, fmLines: string[], keyLines: Map<string, number>): void {
  for (const [key, value] of Object.entries(data)) {
    const line = keyLines.get(key)
    if (!(value instanceof Date) || line === undefined) continue
    const written = DATE_LITERAL.exec(fmLines[line - 2] ?? '')?.[1]
    if (written && value.toISOString().slice(0, 10) !== written) data[key] = written
  }
}

/** YAML front matter (Hugo's "---" fences), with errors located in the file. */
/** YAML as the `yaml` package reads it, else as Hugo's more lenient parser does (with a warning per repair). */
function parseYamlLeniently(file: string, text: string, diagnostics: Diagnostic[]): unknown {
  let uniqueKeys = true
  // The core schema keeps dates as the text written; alias expansion is capped against "billion laughs".
  const parse = (t: string): unknown => {
    try {
      return parseYaml(t, { schema: 'core', maxAliasCount: 100, uniqueKeys })
    } catch (err) {
      if (!uniqueKeys || !(err instanceof YAMLError) || err.code !== 'DUPLICATE_KEY') throw err
      // Hugo reads a key given twice as its last value; the author meant one of them.
      const at = err.linePos?.[0]
      diagnostics.push(diag(file, (at?.line ?? 1) + 1, at?.col ?? 1, 'lenient-yaml', 'This key is given twice: the last value is read, as Hugo reads it. Remove the other to silence this.'))
      uniqueKeys = false
      return parse(t)
    }
  }
  try {
    return parse(text)
  } catch (err) {
    const { text: indented, repaired } = indentQuotedContinuations(text)
    if (!repaired.length) throw err
    let data: unknown
    try {
      data = parse(indented)
    } catch {
      throw err
    }
    for (const line of repaired) {
      diagnostics.push(diag(file, line + 1, 1, 'lenient-yaml', 'The quoted text of this key goes on at the start of the next lines, which YAML does not allow: it was read as Hugo reads it. Indent those lines to silence this.'))
    }
    return data
  }
}

function parseYamlFrontMatter(file: string, text: string, diagnostics: Diagnostic[]): Record<string, unknown> | undefined {
  try {
    const data = parseYamlLeniently(file, text, diagnostics)
    if (data === null || data === undefined) return {}
    if (typeof data !== 'object' || Array.isArray(data)) {
      diagnostics.push(diag(file, 2, 1, 'yaml-syntax', 'The YAML front matter must be a list of "key: value" fields.'))
      return undefined
    }
    return data as Record<string, unknown>
  } catch (err) {
    const at = err instanceof YAMLError ? err.linePos?.[0] : undefined
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    // The "---" fence is line 1 of the file, so YAML's line 1 is the file's line 2.
    diagnostics.push(diag(file, (at?.line ?? 1) + 1, at?.col ?? 1, 'yaml-syntax', `Malformed YAML front matter: ${reason}.`))
    return undefined
  }
}

/**
 * The front matter and body of a content file. Blank lines before the front matter are skipped, as
 * Hugo skips them; every line reported is still the file's.
 */
export function splitFrontMatter(file: string, raw: string, diagnostics: Diagnostic[]): FrontMatter | undefined {
  const text = normaliseText(raw)
  const lead = /^(?:[ \t]*\n)+(?=[ \t]*\S)/.exec(text)?.[0]
  if (!lead) return splitAtTop(file, text, diagnostics)
  const skipped = lead.split('\n').length - 1
  const own: Diagnostic[] = []
  const fm = splitAtTop(file, text.slice(lead.length), own)
  diagnostics.push(...own.map((d) => ({ ...d, line: d.line + skipped })))
  return fm && { ...fm, bodyLine: fm.bodyLine + skipped, keyLines: new Map([...fm.keyLines].map(([k, line]) => [k, line + skipped])) }
}

function splitAtTop(file: string, text: string, diagnostics: Diagnostic[]): FrontMatter | undefined {
  // An object ('{"title": …', broken or not), not a shortcode opening a file without front matter ("{{< … >}}").
  if (JSON_OBJECT.test(text)) return splitJsonFrontMatter(file, text, diagnostics)
  const lines = text.split('\n')
  const fence = lines[0]?.trim()
  if (fence !== '+++' && fence !== '---') {
    diagnostics.push(
      diag(file, 1, 1, 'no-front-matter', 'No front matter: a talk file starts with a "+++" line, then TOML fields (title, date, ...), then "+++" (or YAML between "---" lines, or a JSON object in "{" and "}").'),
    )
    return undefined
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === fence)
  if (close < 0) {
    diagnostics.push(diag(file, 1, 1, 'unclosed-front-matter', `The front matter opened with "${fence}" here is never closed: add a "${fence}" line after the last field.`))
    return undefined
  }
  const fmLines = lines.slice(1, close)
  const body = lines.slice(close + 1).join('\n')
  const keyLines = keyLinesOf(fmLines, 2)
  if (fence === '---') {
    const data = parseYamlFrontMatter(file, fmLines.join('\n'), diagnostics)
    return data && { data, body, bodyLine: close + 2, keyLines }
  }
  try {
    const data = parseToml(fmLines.join('\n')) as Record<string, unknown>
    keepImpossibleDates(data, fmLines, keyLines)
    return { data, body, bodyLine: close + 2, keyLines }
  } catch (err) {
    if (err instanceof TomlError) {
      // smol-toml counts from the start of the TOML text; the file has the "+++" line before it.
      const reason = err.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '')
      diagnostics.push(diag(file, err.line + 1, err.column, 'toml-syntax', `Malformed TOML front matter: ${reason}.`))
    } else {
      diagnostics.push(diag(file, 2, 1, 'toml-syntax', `Malformed TOML front matter: ${String(err)}`))
    }
    return undefined
  }
}
