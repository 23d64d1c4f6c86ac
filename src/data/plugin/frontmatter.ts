// Splits a Hugo content file into front matter and body, and parses the TOML with located errors.
import { parse as parseToml, TomlError } from 'smol-toml'
import type { Diagnostic } from '../types.ts'
import { diag } from './diagnostics.ts'

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

const KEY_LINE = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*[=:]/

function keyLinesOf(lines: string[], firstLine: number): Map<string, number> {
  const map = new Map<string, number>()
  let inTable = false
  lines.forEach((line, i) => {
    if (/^\s*\[/.test(line)) inTable = true
    if (inTable) return
    const m = KEY_LINE.exec(line)
    const key = m && (m[1] ?? m[2] ?? m[3])
    if (key && !map.has(key)) map.set(key, firstLine + i)
  })
  return map
}

export function splitFrontMatter(file: string, raw: string, diagnostics: Diagnostic[]): FrontMatter | undefined {
  const text = normaliseText(raw)
  const lines = text.split('\n')
  const fence = lines[0]?.trim()
  if (fence !== '+++' && fence !== '---') {
    diagnostics.push(
      diag(file, 1, 1, 'error', 'no-front-matter', 'No front matter: a talk file starts with a "+++" line, then TOML fields (title, date, ...), then "+++".'),
    )
    return undefined
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === fence)
  if (close < 0) {
    diagnostics.push(diag(file, 1, 1, 'error', 'unclosed-front-matter', `The front matter opened with "${fence}" on line 1 is never closed: add a "${fence}" line after the last field.`))
    return undefined
  }
  const fmLines = lines.slice(1, close)
  const body = lines.slice(close + 1).join('\n')
  const keyLines = keyLinesOf(fmLines, 2)
  if (fence === '---') {
    diagnostics.push(diag(file, 1, 1, 'error', 'yaml-front-matter', 'YAML front matter ("---") is not supported yet: convert it to TOML between "+++" lines.'))
    return undefined
  }
  try {
    const data = parseToml(fmLines.join('\n')) as Record<string, unknown>
    return { data, body, bodyLine: close + 2, keyLines }
  } catch (err) {
    if (err instanceof TomlError) {
      // smol-toml counts from the start of the TOML text; the file has the "+++" line before it.
      const reason = err.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '')
      diagnostics.push(diag(file, err.line + 1, err.column, 'error', 'toml-syntax', `Malformed TOML front matter: ${reason}.`))
    } else {
      diagnostics.push(diag(file, 2, 1, 'error', 'toml-syntax', `Malformed TOML front matter: ${String(err)}`))
    }
    return undefined
  }
}
