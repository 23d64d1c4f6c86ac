// Finds Hugo shortcodes in a body (`{{< name args >}}…{{< /name >}}`, `{{% … %}}`), parses their
// arguments with Hugo's quoting rules, and hands each call to its handler in the registry.
import type { Diagnostic } from '../types.ts'
import { diag, lineAt } from './diagnostics.ts'
import { shortcodeHandlers, type ShortcodeOutput } from './shortcode-handlers.ts'

export interface ShortcodeCall {
  name: string
  named: Record<string, string>
  positional: string[]
  /** Inner text of a paired shortcode, undefined for a lone one. */
  inner?: string
  line: number
  column: number
}

export interface ShortcodeScan {
  /** The body with shortcodes taken out (or replaced by their inner text). */
  body: string
  outputs: { call: ShortcodeCall; output: ShortcodeOutput }[]
}

interface Tag {
  start: number
  end: number
  closing: boolean
  selfClosing: boolean
  name: string
  args: string
}

const OPEN = /\{\{([<%])/g

/** Hugo argument syntax: name="v", name=`raw`, name=bare, or positional "v" / `raw` / bare. */
export function parseArgs(src: string): { named: Record<string, string>; positional: string[] } | string {
  const named: Record<string, string> = Object.create(null) as Record<string, string>
  const positional: string[] = []
  const re = /\s*(?:([A-Za-z_][\w-]*)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`=]+))/gy
  let i = 0
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break
    re.lastIndex = i
    const m = re.exec(src)
    if (!m) return `cannot read the arguments near "${src.slice(i, i + 20).trim()}" (check the quotes)`
    i = re.lastIndex
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? m[4] ?? '')
    if (m[1]) named[m[1].toLowerCase()] = value
    else positional.push(value)
  }
  return { named, positional }
}

function readTag(body: string, start: number, delim: string): Tag | undefined {
  const closeDelim = delim === '<' ? '>}}' : '%}}'
  // Quoted arguments may contain the closing delimiter; skip over quotes while searching.
  let i = start + 3
  let quote: string | null = null
  for (; i < body.length; i++) {
    const c = body[i]
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = null
    } else if (c === '"' || c === '`') quote = c
    else if (body.startsWith(closeDelim, i)) break
    else if (body.startsWith('{{', i)) return undefined
  }
  if (i >= body.length) return undefined
  let inside = body.slice(start + 3, i).trim()
  const selfClosing = inside.endsWith('/')
  if (selfClosing) inside = inside.slice(0, -1).trim()
  const closing = inside.startsWith('/')
  if (closing) inside = inside.slice(1).trim()
  const nameMatch = /^[A-Za-z0-9_./-]+/.exec(inside)
  if (!nameMatch) return undefined
  return { start, end: i + 3, closing, selfClosing, name: nameMatch[0], args: inside.slice(nameMatch[0].length) }
}

export function scanShortcodes(file: string, body: string, firstLine: number, diagnostics: Diagnostic[]): ShortcodeScan {
  const tags: Tag[] = []
  for (const m of body.matchAll(OPEN)) {
    if (tags.length && m.index < tags[tags.length - 1]!.end) continue
    const tag = readTag(body, m.index, m[1]!)
    const at = lineAt(body, m.index, firstLine)
    if (!tag) {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'unclosed-shortcode', `Unclosed shortcode: "${body.slice(m.index, m.index + 30).split('\n')[0]}…" has no closing "${m[1] === '<' ? '>}}' : '%}}'}".`))
      continue
    }
    tags.push(tag)
  }
  const outputs: ShortcodeScan['outputs'] = []
  let out = ''
  let cursor = 0
  for (let t = 0; t < tags.length; t++) {
    const tag = tags[t]!
    const at = lineAt(body, tag.start, firstLine)
    out += body.slice(cursor, tag.start)
    cursor = tag.end
    if (tag.closing) {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'mismatched-shortcode', `Closing shortcode "{{< /${tag.name} >}}" has no matching opening "{{< ${tag.name} >}}".`))
      continue
    }
    const handler = shortcodeHandlers[tag.name]
    const closeIndex = tag.selfClosing ? -1 : tags.findIndex((c, j) => j > t && c.closing && c.name === tag.name)
    const interveningOpen = closeIndex > 0 && tags.slice(t + 1, closeIndex).some((c) => !c.closing && c.name === tag.name)
    if (handler?.paired && closeIndex < 0 && !tag.selfClosing) {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'unclosed-shortcode', `Shortcode "${tag.name}" is never closed: add "{{< /${tag.name} >}}" after its content.`))
      continue
    }
    if (interveningOpen) {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'unclosed-shortcode', `Shortcode "${tag.name}" is opened again before it is closed: add "{{< /${tag.name} >}}" after its content.`))
      continue
    }
    let inner: string | undefined
    if (closeIndex > 0 && (handler?.paired ?? true)) {
      const close = tags[closeIndex]!
      inner = body.slice(tag.end, close.start)
      // Shortcodes nested inside are dropped with the inner text; their tags are consumed here.
      tags.splice(t + 1, closeIndex - t)
      cursor = close.end
    }
    const args = parseArgs(tag.args)
    if (typeof args === 'string') {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'shortcode-arguments', `Shortcode "${tag.name}": ${args}.`))
      continue
    }
    const call: ShortcodeCall = { name: tag.name, ...args, inner, line: at.line, column: at.column }
    if (!handler) {
      diagnostics.push(diag(file, at.line, at.column, 'warning', 'unknown-shortcode', `Unknown shortcode "${tag.name}": it is left out of the page${inner ? ' (its inner text is kept)' : ''}.`))
      if (inner) out += inner
      continue
    }
    const output = handler.handle(call, (severity, code, message) => diagnostics.push(diag(file, at.line, at.column, severity, code, message)))
    if (output) outputs.push({ call, output })
  }
  out += body.slice(cursor)
  return { body: out, outputs }
}
