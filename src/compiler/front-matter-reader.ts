// Typed reads of one file's front matter. Keys are case-insensitive (as in Hugo); an empty value
// ("", null, [], {}) is absent, never a type error; every problem is reported at its key's line.
import type { DiagnosticCode } from './diagnostic-codes.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import type { FieldKey } from './config/schema.ts'

/** A value as it reads in a message. */
export function describe(v: unknown): string {
  if (v instanceof Date) return 'a date'
  if (Array.isArray(v)) return 'a list'
  if (v === null) return 'null'
  return typeof v === 'object' ? 'a table' : `a ${typeof v}`
}

/** A TOML table or YAML/JSON mapping (not a list, not a date). */
export const isTable = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

/** A value by key in any case (Hugo's keys are case-insensitive), for tables read outside a reader. */
export function valueOfKey(data: Record<string, unknown>, key: string): unknown {
  const found = Object.keys(data).find((k) => k.toLowerCase() === key)
  return found === undefined ? undefined : data[found]
}

export function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true
  if (typeof v === 'string') return v.trim() === ''
  if (Array.isArray(v)) return v.every(isEmpty)
  if (typeof v === 'object' && !(v instanceof Date)) return Object.keys(v).length === 0
  return false
}

/** A value found for a field: which key gave it (lower-cased), its line, and the base for relative paths. */
export interface Found {
  key: string
  value: unknown
  line: number
  base?: string
}

/** Keys Hugo reads at the top of the front matter only: under `params` they are a theme's own. */
const PAGE_KEYS = new Set(['title', 'date', 'publishdate', 'lastmod', 'expirydate', 'draft', 'slug', 'url', 'aliases', 'type', 'layout', 'weight'])

export class FrontMatterReader {
  readonly data: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  private lines = new Map<string, number>()
  /** Each key as the author wrote it. */
  readonly written = new Map<string, string>()
  /** Keys some field read (lower-cased). */
  readonly used = new Set<string>()

  constructor(
    readonly file: string,
    raw: Record<string, unknown>,
    keyLines: Map<string, number>,
    private diagnostics: Diagnostic[],
  ) {
    for (const [k, v] of Object.entries(raw)) {
      const key = k.toLowerCase()
      this.data[key] = v
      this.lines.set(key, keyLines.get(k) ?? 2)
      this.written.set(key, k)
    }
    this.liftParams(keyLines)
  }

  /**
   * Hugo (0.123 on) keeps a page's own fields under `params` (`params: {speakers, video}`), read as
   * if they stood at the top, which wins. Hugo's page keys stay top-level only, as Hugo reads them.
   */
  private liftParams(keyLines: Map<string, number>): void {
    const params = this.data.params
    if (!isTable(params)) return
    const line = this.lineOf('params')
    const written = this.written.get('params')!
    delete this.data.params
    for (const [k, v] of Object.entries(params)) {
      const key = k.toLowerCase()
      if (key in this.data || PAGE_KEYS.has(key)) continue
      this.data[key] = v
      this.lines.set(key, keyLines.get(k) ?? line)
      this.written.set(key, `${written}.${k}`)
    }
  }

  lineOf(key: string): number {
    return this.lines.get(key) ?? 1
  }

  report(line: number, code: DiagnosticCode, message: string): void {
    this.diagnostics.push(diag(this.file, line, 1, code, message))
  }

  /** Every non-empty value among the keys, in order; each key counts as used. */
  all(keys: readonly FieldKey[]): Found[] {
    const out: Found[] = []
    for (const k of keys) {
      const key = typeof k === 'string' ? k : k.key
      if (!(key in this.data)) continue
      this.used.add(key)
      const value = this.data[key]
      if (!isEmpty(value)) out.push({ key, value, line: this.lineOf(key), ...(typeof k === 'string' ? {} : { base: k.base }) })
    }
    return out
  }

  /** The first non-empty value among the keys. */
  first(keys: readonly FieldKey[]): Found | undefined {
    return this.all(keys)[0]
  }

  /**
   * A text value, trimmed. Anything else is reported: as an error for a field the talk cannot do
   * without (`wrong-type`), else as a warning, the field left out (`ignored-value`): a theme may use
   * a default key for something else (a grid position in `timeslot`, a table in `event`), and one
   * optional field must not cost the talk.
   */
  text(found: Found | undefined, code: 'wrong-type' | 'ignored-value' = 'ignored-value'): string | undefined {
    if (!found) return undefined
    if (typeof found.value === 'string') return found.value.trim()
    const left = code === 'ignored-value' ? ': it is left out' : ''
    this.report(found.line, code, `"${this.written.get(found.key) ?? found.key}" must be a text string in quotes, not ${describe(found.value)}${left}.`)
    return undefined
  }

  /** Strings of a value that may be one string or a list of them; other items (a number, a table) are reported and left out. */
  strings(found: Found): string[] {
    const items = Array.isArray(found.value) ? found.value : [found.value]
    if (items.some((x) => typeof x !== 'string' && !isEmpty(x))) {
      this.report(found.line, 'ignored-value', `"${this.written.get(found.key) ?? found.key}" must be a list of strings, like ["a", "b"]: what is not text is left out.`)
    }
    return items.filter((x): x is string => typeof x === 'string' && !isEmpty(x)).map((x) => x.trim())
  }

  bool(found: Found | undefined): boolean | undefined {
    if (!found || typeof found.value === 'boolean') return found?.value as boolean | undefined
    this.report(found.line, 'wrong-type', `"${this.written.get(found.key) ?? found.key}" must be true or false (without quotes).`)
    return undefined
  }
}
