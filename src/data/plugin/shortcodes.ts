// Finds Hugo shortcodes in a body (`{{< name args >}}…{{< /name >}}`, `{{% … %}}`), parses their
// arguments with Hugo's quoting rules, and hands each call to its handler in the registry.
import type { Diagnostic } from '../types.ts'
import { diag, lineIndex } from './diagnostics.ts'
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
  /** Every shortcode call read, known or not, in the order written (closing tags are not calls). */
  calls: ShortcodeCall[]
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

/** What readTag finds at a "{{<" or "{{%": a tag, or why there is none. */
type ReadTag = Tag | { problem: 'unclosed' } | { problem: 'nameless'; end: number }

function readTag(body: string, start: number, delim: string): ReadTag {
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
    else if (body.startsWith('{{', i)) return { problem: 'unclosed' }
  }
  if (i >= body.length) return { problem: 'unclosed' }
  let inside = body.slice(start + 3, i).trim()
  const selfClosing = inside.endsWith('/')
  if (selfClosing) inside = inside.slice(0, -1).trim()
  const closing = inside.startsWith('/')
  if (closing) inside = inside.slice(1).trim()
  const nameMatch = /^[A-Za-z0-9_./-]+/.exec(inside)
  // "{{<>}}" or "{{< "x" >}}" is complete but names no shortcode: not the same mistake as a missing ">}}".
  if (!nameMatch) return { problem: 'nameless', end: i + 3 }
  return { start, end: i + 3, closing, selfClosing, name: nameMatch[0], args: inside.slice(nameMatch[0].length) }
}

type Where = (offset: number) => { line: number; column: number }

function findTags(file: string, body: string, where: Where, diagnostics: Diagnostic[]): Tag[] {
  const tags: Tag[] = []
  let taken = 0
  for (const m of body.matchAll(OPEN)) {
    if (m.index < taken) continue
    const found = readTag(body, m.index, m[1]!)
    if (!('problem' in found)) {
      tags.push(found)
      taken = found.end
      continue
    }
    const at = where(m.index)
    if (found.problem === 'nameless') {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'shortcode-arguments', `Shortcode "${body.slice(m.index, Math.min(found.end, m.index + 30))}" has no name: write {{${m[1]} name … ${m[1] === '<' ? '>' : '%'}}}, or remove it.`))
      taken = found.end
    } else {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'unclosed-shortcode', `Unclosed shortcode: "${body.slice(m.index, m.index + 30).split('\n')[0]}…" has no closing "${m[1] === '<' ? '>}}' : '%}}'}".`))
    }
  }
  return tags
}

/**
 * For each opening tag, the index of the first later closing tag of the same name (-1 if none), and
 * whether the same name opens again before it. One backward pass: asking each tag "where is my
 * closing tag?" by looking ahead made thousands of shortcodes take seconds.
 */
function pairTags(tags: Tag[]): { closeOf: number[]; reopened: boolean[] } {
  const closeOf: number[] = new Array<number>(tags.length).fill(-1)
  const reopened: boolean[] = new Array<boolean>(tags.length).fill(false)
  const nextClose = new Map<string, number>()
  const nextOpen = new Map<string, number>()
  for (let t = tags.length - 1; t >= 0; t--) {
    const tag = tags[t]!
    if (tag.closing) {
      nextClose.set(tag.name, t)
      continue
    }
    const close = nextClose.get(tag.name) ?? -1
    const open = nextOpen.get(tag.name)
    closeOf[t] = close
    reopened[t] = close >= 0 && open !== undefined && open < close
    if (!tag.selfClosing) nextOpen.set(tag.name, t)
  }
  return { closeOf, reopened }
}

/** A paired shortcode whose inner text is being collected (the whole body is the outermost one). */
interface Open {
  /** Index of the tag that closes it. */
  closeAt: number
  text: string
  finish?: (inner: string) => string
}

export function scanShortcodes(file: string, body: string, firstLine: number, diagnostics: Diagnostic[]): ShortcodeScan {
  const where = lineIndex(body, firstLine)
  const tags = findTags(file, body, where, diagnostics)
  const { closeOf, reopened } = pairTags(tags)
  // Slots keep outputs in the order their tags are written, though a paired one finishes at its end.
  const slots: (ShortcodeScan['outputs'][number] | undefined)[] = []
  const calls: ShortcodeCall[] = []
  // Shortcodes inside a paired one (a bio, an unknown wrapper) are handled like any other, so no
  // raw "{{< … >}}" text is left in its inner text; a stack, not recursion, as nesting can be deep.
  const stack: Open[] = [{ closeAt: tags.length, text: '' }]
  let cursor = 0
  for (let t = 0; t < tags.length; t++) {
    const tag = tags[t]!
    const top = stack[stack.length - 1]!
    const at = where(tag.start)
    top.text += body.slice(cursor, tag.start)
    cursor = tag.end
    if (t === top.closeAt) {
      stack.pop()
      const parent = stack[stack.length - 1]!
      parent.text += top.finish!(top.text)
      continue
    }
    if (tag.closing) {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'mismatched-shortcode', `Closing shortcode "{{< /${tag.name} >}}" has no matching opening "{{< ${tag.name} >}}".`))
      continue
    }
    const handler = shortcodeHandlers[tag.name]
    // A closing tag after the enclosing shortcode's end would make the two overlap: it is not this one's.
    const close = !tag.selfClosing && closeOf[t]! > t && closeOf[t]! < top.closeAt ? closeOf[t]! : -1
    if (handler?.paired && close < 0 && !tag.selfClosing) {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'unclosed-shortcode', `Shortcode "${tag.name}" is never closed: add "{{< /${tag.name} >}}" after its content.`))
      continue
    }
    if (close > 0 && reopened[t]) {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'unclosed-shortcode', `Shortcode "${tag.name}" is opened again before it is closed: add "{{< /${tag.name} >}}" after its content.`))
      continue
    }
    const args = parseArgs(tag.args)
    const paired = close > 0 && (handler?.paired ?? true)
    if (typeof args === 'string') {
      diagnostics.push(diag(file, at.line, at.column, 'error', 'shortcode-arguments', `Shortcode "${tag.name}": ${args}.`))
      // Its inner text is dropped; the shortcodes inside are still read (and checked).
      if (paired) stack.push({ closeAt: close, text: '', finish: () => '' })
      continue
    }
    const call: ShortcodeCall = { name: tag.name, ...args, line: at.line, column: at.column }
    calls.push(call)
    if (!handler) {
      const keeps = paired && tags[close]!.start > tag.end
      diagnostics.push(diag(file, at.line, at.column, 'warning', 'unknown-shortcode', `Unknown shortcode "${tag.name}": it is left out of the page${keeps ? ' (its inner text is kept)' : ''}.`))
      if (paired) {
        stack.push({
          closeAt: close,
          text: '',
          finish: (inner) => {
            call.inner = inner
            return inner
          },
        })
      }
      continue
    }
    const slot = slots.push(undefined) - 1
    const handle = (inner: string | undefined) => {
      call.inner = inner
      const output = handler.handle(call, (severity, code, message) => diagnostics.push(diag(file, at.line, at.column, severity, code, message)))
      if (output) slots[slot] = { call, output }
    }
    if (!paired) handle(undefined)
    else {
      stack.push({
        closeAt: close,
        text: '',
        finish: (inner) => {
          handle(inner)
          return ''
        },
      })
    }
  }
  stack[stack.length - 1]!.text += body.slice(cursor)
  return { body: stack[0]!.text, outputs: slots.filter((s) => s !== undefined), calls }
}
