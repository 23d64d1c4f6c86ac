// Hugo's third front matter format: a JSON object that opens the file ("{" on the first line) and
// ends at its matching "}", with the body after it. Located like the others: each top-level key's
// line, and a syntax error's line and column in the file.
import { diag, type Diagnostic } from './diagnostics.ts'
import type { FrontMatter } from './front-matter.ts'
import { lineAt } from './positions.ts'

interface Scan {
  /** Index of the "}" that closes the object opened at 0, or -1 when it never closes. */
  end: number
  keyLines: Map<string, number>
}

/** One pass over the object: depth, strings and escapes, and the line of each top-level key. */
function scan(text: string): Scan {
  const keyLines = new Map<string, number>()
  let depth = 0
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') line++
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      if (--depth === 0) return { end: i, keyLines }
    } else if (c === '"') {
      const close = stringEnd(text, i)
      if (depth === 1 && /^\s*:/.test(text.slice(close + 1, close + 64))) {
        const key = keyOf(text.slice(i, close + 1))
        if (key !== undefined && !keyLines.has(key)) keyLines.set(key, line)
      }
      i = close
    }
  }
  return { end: -1, keyLines }
}

/** Index of the quote closing the string opened at `start` (or the text's end). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"' || text[i] === '\n') return i
  }
  return text.length
}

function keyOf(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string
  } catch {
    return undefined
  }
}

/** The front matter of a file whose first line opens a JSON object (text normalised: LF, no BOM). */
export function splitJsonFrontMatter(file: string, text: string, diagnostics: Diagnostic[]): FrontMatter | undefined {
  const { end, keyLines } = scan(text)
  if (end < 0) {
    diagnostics.push(diag(file, 1, 1, 'unclosed-front-matter', 'The JSON front matter opened with "{" here is never closed: add the "}" that ends it after the last field.'))
    return undefined
  }
  let data: unknown
  try {
    data = JSON.parse(text.slice(0, end + 1))
  } catch (err) {
    // Node's message may quote the text around the problem ('Unexpected token …, "…" is not valid JSON'), newlines and all.
    const reason = (err instanceof Error ? err.message : String(err))
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^Unexpected token '([^]*?)', (?:\.\.\.)?".*$/s, (_, token: string) => `unexpected ${/^\s$/.test(token) ? 'end of line' : `"${token}"`}`)
    const at = /position (\d+)/.exec(String(err))
    const { line, column } = at ? lineAt(text, Number(at[1]), 1) : { line: 1, column: 1 }
    diagnostics.push(diag(file, line, column, 'json-syntax', `Malformed JSON front matter: ${reason}.`))
    return undefined
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    diagnostics.push(diag(file, 1, 1, 'json-syntax', 'The JSON front matter must be an object of "key": value fields.'))
    return undefined
  }
  // The body starts on the line after the closing brace, or right after it on its line.
  const closeLine = lineAt(text, end, 1).line
  const rest = text.slice(end + 1).replace(/^[ \t]+/, '')
  const fields = data as Record<string, unknown>
  if (rest === '' || rest.startsWith('\n')) return { data: fields, body: rest.slice(1), bodyLine: closeLine + 1, keyLines }
  return { data: fields, body: rest, bodyLine: closeLine, keyLines }
}
