// Finds Hugo shortcodes in a body (`{{< name args >}}…{{< /name >}}`, `{{% … %}}`), reads them as
// Hugo's shortcode lexer does (test/compiler/hugo-shortcode-conformance.test.ts runs Hugo's own table of
// cases), and hands each call to its handler in the registry. A comment `{{</* name */>}}` is left
// as the text `{{< name >}}`; an inline shortcode `{{< name.inline >}}` (a template) is left out.
import { mediaOfUnknownShortcode } from './shortcode-media.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import { lineIndex } from './positions.ts'
import { shortcodeHandlers, type PageLinks, type ShortcodeOutput } from './shortcode-handlers.ts'

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
  /** Every shortcode call read, known or not, in the order written (not closing tags, comments or refused tags). */
  calls: ShortcodeCall[]
}

interface Tag {
  start: number
  end: number
  closing: boolean
  selfClosing: boolean
  name: string
  named: Record<string, string>
  positional: string[]
  /** An inline shortcode ("name.inline"). */
  inline: boolean
  /** The first thing in the tag that Hugo refuses, as a sentence for the diagnostic. */
  refused?: string
  // A comment, "{{</* name */>}}": not a call but this text, the shortcode without the comment marks.
  literal?: string
}

const OPEN = /\{\{([<%])/g

// ---- Reading the inside of a tag as Hugo's lexer does (parser/pageparser/pagelexer_shortcode.go) ----

/** Hugo's isAlphaNumeric: a letter, a digit or "_". */
const ALPHANUMERIC = /^[\p{L}\p{Nd}_]$/u
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f'

/**
 * The length (1, or 2 for a surrogate pair) of the letter, digit or "_" at i, also of "-" if
 * `hyphen`; 0 if there is none there. ASCII is decided without building a string.
 */
function wordChar(src: string, i: number, hyphen: boolean): number {
  const code = src.charCodeAt(i)
  if (code < 128) {
    const isWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || (hyphen && code === 45)
    return isWord ? 1 : 0
  }
  if (Number.isNaN(code)) return 0
  const char = String.fromCodePoint(src.codePointAt(i)!)
  return ALPHANUMERIC.test(char) ? char.length : 0
}

interface Lexed {
  /** Index just after the closing delimiter (the end of the text when there is none); -1 if the tag never ends. */
  end: number
  /** The shortcode's name; undefined if the tag has none. */
  name?: string
  /** The name is "name.inline": an inline shortcode, a template written in the page. */
  inline: boolean
  closing: boolean
  selfClosing: boolean
  named: Record<string, string>
  positional: string[]
  /** The first thing Hugo refuses. */
  problem?: string
  /** The first of those that is not named and positional arguments mixed. */
  unreadable?: string
  /** Why the tag never ends, and where the argument that runs on starts. */
  unclosed?: { why?: string; at: number }
}

const NEAR = 20
const near = (src: string, at: number): string => `"${src.slice(at, at + NEAR).split('\n')[0]!.trim()}"`
const unreadable = (src: string, at: number, hint = 'check the quotes'): string => `cannot read the arguments near ${near(src, at)} (${hint})`
const BARE = 'Hugo reads an argument without quotes only if it is letters, digits, "-", "_" and "."; put it in quotes'
const BACKSLASH_BACKTICK = 'a backslash before a backtick is not an escape Hugo reads; remove the backslash'

type Value = { value: string; next: number }

/**
 * Reads from `from` to the closing delimiter `close` (">}}" or "%}}") as Hugo's shortcode lexer
 * does: the name, "/" for a closing or self-closing tag, arguments "quoted" (with \" inside),
 * `raw`, \"escaped\" or bare, named (name=value) or positional but not both. Where Hugo stops with
 * an error it notes the problem and reads on, to find where the tag ends. With `close` undefined
 * it reads arguments only, to the end of `src`. One pass, no backtracking. (A class, not closures:
 * a file can hold a hundred thousand tags.)
 */
class TagReader {
  readonly r: Lexed = { end: -1, inline: false, closing: false, selfClosing: false, named: Object.create(null) as Record<string, string>, positional: [] }
  private name: string | undefined
  // Hugo's paramElements: 0 before the first argument, then 1 if that one is positional, 2 if named.
  private kind = 0
  // A bare word that is named if "=" follows (after spaces, too), else positional.
  private pending: { word: string; at: number } | undefined
  private spacedName = false

  constructor(
    private readonly src: string,
    private readonly open: '<' | '%',
    private readonly close: string | undefined,
  ) {
    this.name = close === undefined ? '' : undefined
  }

  private fail(message: string, mixed = false): void {
    this.r.problem ??= message
    if (!mixed) this.r.unreadable ??= message
  }

  private mixed(detail: string): void {
    const spaced = this.spacedName ? ' (Hugo counts name = "value", with spaces around "=", as positional: write name="value")' : ''
    this.fail(`it mixes named and positional arguments, which Hugo does not allow (${detail}): write them all as name="value", or all by position${spaced}`, true)
  }

  private flush(): void {
    if (this.pending) this.r.positional.push(this.pending.word)
    this.pending = undefined
  }

  private never(at: number, why?: string): Lexed {
    this.r.unclosed = { why, at }
    return this.r
  }

  /** Whether the tag's closing delimiter (or, when it must stop there, another tag's "{{") is at i. */
  private stopsAt(i: number, close: string): boolean {
    return this.src.startsWith(close, i) || this.src.startsWith('{{', i)
  }

  /** A quoted value from `q` ("…" or, when `escaped`, \"…\"); undefined if it never ends. */
  private quoted(q: number, escaped: boolean): Value | undefined {
    const src = this.src
    const first = q + (escaped ? 2 : 1)
    let hasEscapedQuote = false
    for (let j = first; j < src.length; j++) {
      const c = src[j]
      if (c === '\\') {
        if (src[j + 1] === '"') {
          // Inside \"…\" a \" ends the value; inside "…" it is a quote.
          if (escaped) return { value: src.slice(first, j), next: j + 2 }
          hasEscapedQuote = true
          j++
        } else if (src[j + 1] === '`') this.fail(BACKSLASH_BACKTICK)
      } else if (c === '"') {
        const raw = src.slice(first, j)
        // As Hugo does: with an escaped quote inside, every backslash goes; without, they stay.
        return { value: hasEscapedQuote ? raw.replaceAll('\\', '') : raw, next: j + 1 }
      }
    }
    return undefined
  }

  private rawString(q: number): Value | undefined {
    const j = this.src.indexOf('`', q + 1)
    return j < 0 ? undefined : { value: this.src.slice(q + 1, j), next: j + 1 }
  }

  /** A quoted, escaped or raw value at i, or undefined if there is none there; 'unclosed' if it never ends. */
  private stringAt(i: number): Value | 'unclosed' | undefined {
    const src = this.src
    const c = src[i]
    if (c === '"') return this.quoted(i, false) ?? 'unclosed'
    if (c === '`') return this.rawString(i) ?? 'unclosed'
    if (c === '\\' && src[i + 1] === '"') return this.quoted(i, true) ?? 'unclosed'
    if (c === '\\' && src[i + 1] === '`') {
      this.fail(BACKSLASH_BACKTICK)
      return this.rawString(i + 1) ?? 'unclosed'
    }
    return undefined
  }

  read(from: number): Lexed {
    const { src, open, close, r } = this
    const shut = open === '<' ? '>' : '%'
    let i = from
    for (;;) {
      if (close !== undefined && src.startsWith(close, i)) {
        this.flush()
        r.end = i + close.length
        break
      }
      if (i >= src.length) {
        if (close !== undefined) return this.never(i)
        this.flush()
        r.end = i
        break
      }
      // Another tag starts before this one ends: it never ends (and the search stays linear).
      if (close !== undefined && src.startsWith('{{', i)) return this.never(i)
      const c = src[i]!
      if (isSpace(c)) {
        i++
        continue
      }
      const name = this.name
      if (r.closing && name) this.fail(`a closing tag takes nothing after the name: write "{{${open} /${name} ${shut}}}"`)
      if (c === '=') {
        i = this.value(i)
        if (i < 0) return r
        continue
      }
      if (c === '/') {
        this.flush()
        if (name === undefined && !r.closing) {
          r.closing = true
          i++
          continue
        }
        let j = i + 1
        while (isSpace(src[j])) j++
        if (name && !r.closing && close !== undefined && src.startsWith(close, j)) {
          r.selfClosing = true
          i = j
          continue
        }
        this.fail(name ? `"/" can only end a self-closing tag ("{{${open} ${name} … /${shut}}}"), with nothing after it` : unreadable(src, i))
        i++
        continue
      }
      if (c === '\\' && src[i + 1] !== '"' && src[i + 1] !== '`') {
        // Hugo skips a backslash before anything but a quote.
        i++
        continue
      }
      if (name === undefined && wordChar(src, i, false)) {
        i = this.readName(i)
        continue
      }
      const s = this.stringAt(i)
      if (s !== undefined) {
        // A quoted positional argument.
        this.flush()
        if (s === 'unclosed') return this.never(i, `the quoted argument ${near(src, i)} is never closed`)
        if (this.kind === 2) this.mixed(`${near(src, i)} is positional after named arguments`)
        this.kind = 1
        r.positional.push(s.value)
        i = s.next
        continue
      }
      if (name !== undefined && wordChar(src, i, true)) {
        this.flush()
        let j = i
        for (let w = 1; w; j += w) w = src[j] === '.' ? 1 : wordChar(src, j, true)
        const word = src.slice(i, j)
        const named = src[j] === '='
        if (this.kind === 0) this.kind = named ? 2 : 1
        else if (named && this.kind === 1) this.mixed(`"${word}" is named after positional arguments`)
        else if (!named && this.kind === 2) this.mixed(`"${word}" is positional after named arguments`)
        this.pending = { word, at: i }
        i = j
        continue
      }
      // An argument Hugo cannot read: quote from where it starts (a bare word just before it is part of it).
      const pending = this.pending
      const at = pending && pending.at + pending.word.length === i ? pending.at : i
      this.flush()
      this.fail(unreadable(src, at, name === undefined ? 'check the quotes' : BARE))
      i += src.codePointAt(i)! > 0xffff ? 2 : 1
    }
    if (this.name) r.name = this.name
    return r
  }

  /** The name at i (Hugo's lexIdentifierInShortcode); returns where it ends. */
  private readName(i: number): number {
    const src = this.src
    let j = i
    let period = false
    for (;;) {
      const w = wordChar(src, j, true)
      if (w || src[j] === '/') j += w || 1
      else if (src[j] === '.') {
        // Only "name.inline " names an inline shortcode; any other period is refused.
        if (!src.startsWith('inline ', j + 1)) period = true
        j++
      } else break
    }
    const name = src.slice(i, j)
    this.name = name
    this.r.inline = !period && name.includes('.')
    if (period) {
      const base = /\.inline$/i.test(name) ? name.slice(0, -'.inline'.length) : undefined
      const fix = base === undefined ? 'leave the period out' : name.endsWith('.inline') ? `put a space after "${name}"` : `write "${base}.inline", in lower case`
      this.fail(`Hugo allows a period in a name only as ".inline", in lower case and followed by a space, for an inline shortcode: ${fix}`)
    }
    return j
  }

  /** The value after the "=" at `at`; returns where it ends, or -1 if it never does. */
  private value(at: number): number {
    const { src, close, r } = this
    const key = this.pending?.word
    if (key === undefined) {
      this.fail(unreadable(src, at))
      return at + 1
    }
    if (at !== this.pending!.at + key.length) this.spacedName = true
    this.pending = undefined
    let i = at + 1
    while (isSpace(src[i])) i++
    const s = this.stringAt(i)
    if (s === 'unclosed') {
      this.never(at, `the quoted value of ${key} is never closed`)
      return -1
    }
    let value: string
    if (s) {
      value = s.value
      i = s.next
    } else {
      // A bare value runs to the next space, as in Hugo.
      let j = i
      while (j < src.length && !isSpace(src[j]) && !(close !== undefined && this.stopsAt(j, close))) j++
      value = src.slice(i, j)
      if (!value || value.startsWith('=')) this.fail(unreadable(src, at))
      else if (close !== undefined && src.startsWith(close, j)) this.fail(`the value of ${key} runs into "${close}", which Hugo reads as part of it: put a space before "${close}", or quote the value`)
      i = j
    }
    r.named[key.toLowerCase()] = value
    return i
  }
}

/**
 * Hugo argument syntax: name="v", name=`raw`, name=bare, or positional "v" / `raw` / bare, read as
 * a tag's arguments are. Lenient in one way: named and positional may be mixed (a tag may not).
 */
export function parseArgs(src: string): { named: Record<string, string>; positional: string[] } | string {
  const r = new TagReader(src, '<', undefined).read(0)
  if (r.unclosed) return unreadable(src, r.unclosed.at)
  if (r.unreadable) return r.unreadable
  return { named: r.named, positional: r.positional }
}

/** What readTag finds at a "{{<" or "{{%": a tag, or why there is none. */
type ReadTag = Tag | { problem: 'unclosed'; why?: string } | { problem: 'nameless'; end: number } | { problem: 'unclosed-comment' }

/** Where the first `pattern` at or after `from` is in `text` (-1 if none), for `from`s that only grow: linear in all. */
function laterIndex(text: string, pattern: string): (from: number) => number {
  let searchedFrom = -1
  let found = -1
  return (from) => {
    // A search from an earlier point that found nothing, or found a match at or after `from`, holds.
    if (searchedFrom < 0 || from < searchedFrom || (found >= 0 && found < from)) {
      searchedFrom = from
      found = text.indexOf(pattern, from)
    }
    return found
  }
}

function readTag(body: string, start: number, delim: '<' | '%', commentEnd: (from: number) => number): ReadTag {
  const closeDelim = delim === '<' ? '>}}' : '%}}'
  if (body.startsWith('/*', start + 3)) {
    // Hugo's comment: "{{</* name */>}}" shows "{{< name >}}" as text. It ends at the first "*/>}}"
    // ("*/%}}"), wherever that is; one that starts inside the "/*" does not count.
    const end = commentEnd(start + 3)
    if (end < 0 || end - (start + 3) <= 1) return { problem: 'unclosed-comment' }
    const literal = `{{${delim}${body.slice(start + 5, end)}${closeDelim}`
    return { start, end: end + 5, inline: false, closing: false, selfClosing: true, name: '', named: Object.create(null) as Record<string, string>, positional: [], literal }
  }
  const r = new TagReader(body, delim, closeDelim).read(start + 3)
  if (r.unclosed) {
    const other = delim === '<' ? '%}}' : '>}}'
    // Only the text read is searched: a search to the end for each of many unclosed tags would not be linear.
    const endsWithOther = !r.unclosed.why && body.slice(start + 3, r.unclosed.at + other.length).includes(other)
    const why = r.unclosed.why ?? (endsWithOther ? `it ends with "${other}", which closes a "{{${delim === '<' ? '%' : '<'}" tag` : undefined)
    return { problem: 'unclosed', why }
  }
  // "{{<>}}" or "{{< "x" >}}" is complete but names no shortcode: not the same mistake as a missing ">}}".
  if (r.name === undefined) return { problem: 'nameless', end: r.end }
  return { start, end: r.end, inline: r.inline, closing: r.closing, selfClosing: r.selfClosing, name: r.name, named: r.named, positional: r.positional, refused: r.problem }
}

type Where = (offset: number) => { line: number; column: number }

function findTags(file: string, body: string, where: Where, diagnostics: Diagnostic[]): Tag[] {
  const tags: Tag[] = []
  const commentEnds = { '<': laterIndex(body, '*/>}}'), '%': laterIndex(body, '*/%}}') }
  let taken = 0
  // An open inline shortcode: its inner text is a template, in which Hugo allows no tag but its closing one.
  let inline: string | undefined
  for (const m of body.matchAll(OPEN)) {
    if (m.index < taken) continue
    const delim = m[1] as '<' | '%'
    const found = readTag(body, m.index, delim, commentEnds[delim])
    const at = where(m.index)
    if (inline !== undefined) {
      if (!('problem' in found) && found.closing && found.name === inline) inline = undefined
      else {
        const what = 'problem' in found ? 'A tag' : found.literal !== undefined ? 'A shortcode comment' : `Shortcode "${found.closing ? '/' : ''}${found.name}"`
        diagnostics.push(diag(file, at.line, at.column, 'mismatched-shortcode', `${what} inside the inline shortcode "${inline}": Hugo allows nothing but its closing tag "{{< /${inline} >}}" there (inline shortcodes do not nest): move it after the closing tag.`))
        if ('end' in found) taken = found.end
        continue
      }
    }
    if (!('problem' in found)) {
      tags.push(found)
      taken = found.end
      if (found.inline && !found.closing && !found.selfClosing) inline = found.name
      continue
    }
    if (found.problem === 'nameless') {
      diagnostics.push(diag(file, at.line, at.column, 'shortcode-arguments', `Shortcode "${body.slice(m.index, Math.min(found.end, m.index + 30))}" has no name: write {{${m[1]} name … ${m[1] === '<' ? '>' : '%'}}}, or remove it.`))
      taken = found.end
    } else if (found.problem === 'unclosed-comment') {
      diagnostics.push(diag(file, at.line, at.column, 'unclosed-shortcode', `Unclosed shortcode comment: "${body.slice(m.index, m.index + 30).split('\n')[0]}…" has no closing "*/${delim === '<' ? '>}}' : '%}}'}": end the comment with it, or remove "/*" to make it a shortcode.`))
    } else {
      const why = 'why' in found && found.why ? ` (${found.why})` : ''
      diagnostics.push(diag(file, at.line, at.column, 'unclosed-shortcode', `Unclosed shortcode: "${body.slice(m.index, m.index + 30).split('\n')[0]}…" has no closing "${m[1] === '<' ? '>}}' : '%}}'}"${why}.`))
    }
  }
  return tags
}

/**
 * Pairs the tags as Hugo nests them: a closing tag closes the innermost open shortcode of its name,
 * and the ones opened inside that one and not closed are lone. `closeOf[t]` is the index of the tag
 * closing tag t (-1 if none); `passedOver[t]` says that a closing tag of t's name went to a later
 * opening one while t was open (a lone t then was meant to be closed). One pass with a stack, and a
 * stack per name to find the innermost open one: each tag goes on and off once, so 10,000 nested
 * shortcodes (or 100,000 stray closing tags) stay linear.
 */
function pairTags(tags: Tag[]): { closeOf: Int32Array; passedOver: Uint8Array } {
  const closeOf = new Int32Array(tags.length).fill(-1)
  const passedOver = new Uint8Array(tags.length)
  const open: number[] = []
  const openByName = new Map<string, number[]>()
  for (let t = 0; t < tags.length; t++) {
    const tag = tags[t]!
    if (tag.literal !== undefined || tag.selfClosing) continue
    if (!tag.closing) {
      // A shortcode that never wraps content (a button) is not closed by its name's closing tag.
      if (shortcodeHandlers[tag.name]?.paired === false) continue
      open.push(t)
      const same = openByName.get(tag.name)
      if (same) same.push(t)
      else openByName.set(tag.name, [t])
      continue
    }
    const same = openByName.get(tag.name)
    const opener = same?.at(-1)
    if (opener === undefined) continue
    // The ones opened inside it stay lone; each is the innermost open one of its own name.
    for (let inner = open.pop()!; inner !== opener; inner = open.pop()!) openByName.get(tags[inner]!.name)!.pop()
    same!.pop()
    closeOf[opener] = t
    if (same!.length) passedOver[same!.at(-1)!] = 1
  }
  return { closeOf, passedOver }
}

/** A paired shortcode whose inner text is being collected (the whole body is the outermost one). */
interface Open {
  /** Index of the tag that closes it. */
  closeAt: number
  text: string
  finish?: (inner: string) => string
}

export function scanShortcodes(file: string, body: string, firstLine: number, diagnostics: Diagnostic[], page?: PageLinks): ShortcodeScan {
  const where = lineIndex(body, firstLine)
  const tags = findTags(file, body, where, diagnostics)
  const { closeOf, passedOver } = pairTags(tags)
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
    if (tag.literal !== undefined) {
      top.text += tag.literal
      continue
    }
    if (t === top.closeAt) {
      if (tag.refused) diagnostics.push(diag(file, at.line, at.column, 'shortcode-arguments', `Shortcode "/${tag.name}": ${tag.refused}.`))
      stack.pop()
      const parent = stack[stack.length - 1]!
      parent.text += top.finish!(top.text)
      continue
    }
    if (tag.closing) {
      diagnostics.push(diag(file, at.line, at.column, 'mismatched-shortcode', `Closing shortcode "{{< /${tag.name} >}}" has no matching opening "{{< ${tag.name} >}}".`))
      continue
    }
    const handler = shortcodeHandlers[tag.name]
    const close = closeOf[t]!
    if (close < 0 && passedOver[t]) {
      diagnostics.push(diag(file, at.line, at.column, 'unclosed-shortcode', `Shortcode "${tag.name}" is opened again before it is closed: add "{{< /${tag.name} >}}" after its content.`))
      continue
    }
    if (handler?.paired && close < 0 && !tag.selfClosing) {
      diagnostics.push(diag(file, at.line, at.column, 'unclosed-shortcode', `Shortcode "${tag.name}" is never closed: add "{{< /${tag.name} >}}" after its content.`))
      continue
    }
    const args = { named: tag.named, positional: tag.positional }
    const paired = close >= 0
    if (tag.refused) {
      diagnostics.push(diag(file, at.line, at.column, 'shortcode-arguments', `Shortcode "${tag.name}": ${tag.refused}.`))
      // Its inner text is dropped; the shortcodes inside are still read (and checked).
      if (paired) stack.push({ closeAt: close, text: '', finish: () => '' })
      continue
    }
    const call: ShortcodeCall = { name: tag.name, ...args, line: at.line, column: at.column }
    calls.push(call)
    if (tag.inline) {
      // Its inner text is a Go template, not text: Hugo shows only what running it gives.
      diagnostics.push(diag(file, at.line, at.column, 'unknown-shortcode', `Inline shortcode "${tag.name}": it is left out of the page${paired ? ', with its template' : ''}, as Talkshelf does not run templates written in a page (Hugo runs them only with security.enableInlineShortcodes).`))
      if (paired) stack.push({ closeAt: close, text: '', finish: () => '' })
      continue
    }
    if (!handler) {
      const keeps = paired && tags[close]!.start > tag.end
      // A theme's own player or deck shortcode still names the talk's video or slides.
      const media = mediaOfUnknownShortcode(call)
      // The site's own template, when it only fills in values: its text goes where the call was.
      const own = media ? undefined : page?.siteShortcode?.(tag.name)
      if (own) {
        if (paired) stack.push({ closeAt: close, text: '', finish: (inner) => own({ ...call, inner }) })
        else top.text += own(call)
        continue
      }
      if (media) slots.push({ call, output: { ...media, line: at.line } })
      const named = media ? `; ${media.url.slice(0, 80)} is taken as the talk's ${media.kind === 'video' ? 'video' : 'slides'}` : ''
      diagnostics.push(diag(file, at.line, at.column, 'unknown-shortcode', `Unknown shortcode "${tag.name}": it is left out of the page${keeps ? ' (its inner text is kept)' : ''}${named}.`))
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
      const output = handler.handle(call, (code, message) => diagnostics.push(diag(file, at.line, at.column, code, message)), page)
      if (output) slots[slot] = { call, output }
    }
    if (!paired) {
      handle(undefined)
      // A figure leaves its Markdown where it was.
      const placed = slots[slot]?.output
      if (placed?.kind === 'markdown') top.text += placed.markdown
    } else {
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
