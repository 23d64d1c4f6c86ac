// A site's own simple shortcodes (layouts/shortcodes/<name>.html, or a theme's), expanded as Hugo
// expands them: a template that only puts its arguments or inner text into fixed text
// (`https://github.com/org/presentations/tree/main/{{ .Get "pres" }}`, `{{ .Get 0 }}`, `{{ .Inner }}`,
// the page's `{{ .Page.Title }}` and `{{ .Page.Params.key }}`). A template with any logic (if, range,
// partials, variables, dates…) is not run: it stays an unknown shortcode. What a template gives goes into the Markdown body, so it is rendered and sanitised with
// it: a template can no more run a script than the page's own text can.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { valueOfKey } from './front-matter-reader.ts'
import type { ShortcodeCall } from './shortcodes.ts'

/** The call, and the page's front matter (for .Page.Params). */
export type SiteShortcode = (call: ShortcodeCall, page: Record<string, unknown>) => string

/** Larger templates are layouts, not text with a hole or two. */
const MAX_TEMPLATE = 4096
const ACTION = /\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g
const GET_NAMED = /^\.Get\s+(?:"([^"\\]+)"|`([^`]+)`)$/
const GET_INDEX = /^\.Get\s+(\d+)$/
const COMMENT = /^\/\*[\s\S]*\*\/$/
const PAGE_PARAM = /^\.Page\.Params\.(\w+)$/
/** Pipes that change how Hugo escapes a value, not what it is (the body is sanitised anyway). */
const PASSING_PIPES = new Set(['markdownify', 'safeHTML', 'safeURL', 'safeHTMLAttr', 'htmlUnescape'])

type Value = (call: ShortcodeCall, page: Record<string, unknown>) => string
type Part = string | Value

/** A front-matter value as a template prints it: text and numbers; anything else prints nothing here. */
const printed = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '')

function valueOf(action: string): Value | undefined {
  const [head = '', ...pipes] = action.split('|').map((p) => p.trim())
  if (pipes.some((p) => !PASSING_PIPES.has(p))) return undefined
  if (COMMENT.test(head)) return () => ''
  if (head === '.Inner') return (c) => c.inner ?? ''
  if (head === '.Page.Title') return (_, page) => printed(valueOfKey(page, 'title'))
  const param = PAGE_PARAM.exec(head)
  if (param) return (_, page) => printed(valueOfKey(page, param[1]!.toLowerCase()))
  const named = GET_NAMED.exec(head)
  if (named) {
    const key = named[1] ?? named[2]!
    return (c) => c.named[key] ?? ''
  }
  const index = GET_INDEX.exec(head)
  if (index) return (c) => c.positional[Number(index[1])] ?? ''
  return undefined
}

/** The template as a function of the call, or undefined when it does more than fill in values. */
export function compileTemplate(text: string): SiteShortcode | undefined {
  if (text.length > MAX_TEMPLATE) return undefined
  const parts: Part[] = []
  let last = 0
  let trimNext = false
  for (const m of text.matchAll(ACTION)) {
    let literal = text.slice(last, m.index)
    if (trimNext) literal = literal.replace(/^\s+/, '')
    if (m[1]) literal = literal.replace(/\s+$/, '')
    parts.push(literal)
    const value = valueOf(m[2]!)
    if (!value) return undefined
    parts.push(value)
    trimNext = !!m[3]
    last = m.index + m[0].length
  }
  // The file's last line break is the editor's, not output (a link's address must not end in one).
  const tail = text.slice(last).replace(/\r?\n$/, '')
  parts.push(trimNext ? tail.replace(/^\s+/, '') : tail)
  return (call, page) => parts.map((p) => (typeof p === 'string' ? p : p(call, page))).join('')
}

/** The folders a site's shortcode templates are in: its own, then each theme's. */
function templateFolders(siteRoot: string): string[] {
  const own = join(siteRoot, 'layouts', 'shortcodes')
  const themes = join(siteRoot, 'themes')
  const themed = existsSync(themes) ? readdirSync(themes, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(themes, d.name, 'layouts', 'shortcodes')) : []
  return [own, ...themed].filter((d) => existsSync(d))
}

/** A lookup of the site's simple shortcodes by name, each template read once. */
export function siteShortcodeReader(siteRoot: string | undefined): (name: string) => SiteShortcode | undefined {
  const folders = siteRoot ? templateFolders(siteRoot) : []
  const found = new Map<string, SiteShortcode | undefined>()
  return (name) => {
    if (!folders.length || !/^[\w-]+$/.test(name)) return undefined
    if (found.has(name)) return found.get(name)
    const file = folders.map((d) => join(d, `${name}.html`)).find((f) => existsSync(f))
    const template = file ? compileTemplate(readFileSync(file, 'utf8')) : undefined
    found.set(name, template)
    return template
  }
}
