// The part of the site's stylesheet a prerendered page's own markup uses, to be inlined in it: the
// first paint then waits for the HTML alone, not for a second request (on a phone's slow link,
// ~600 ms). Utility classes are atomic (Tailwind writes one rule per class, named by it), so a
// rule is kept when its selector's first class is on the page; what is not a class rule (the
// theme's variables, the base layer, @property, @keyframes) is kept whole.
//
// The stylesheet is parsed once per build into blocks; a page's share is a filter and a join.

/** A block of the stylesheet: a rule or an at-rule with a body of blocks (or of declarations). */
export interface CssBlock {
  /** The selector or at-rule text before "{". */
  prelude: string
  /** The text from the prelude to the closing "}", as written. */
  text: string
  /** Inner blocks, for the at-rules whose body is rules (@media, @supports, @layer, @container). */
  children?: CssBlock[]
  /** The classes a rule is named by (each selector's first class), unescaped; absent when any
   * selector of the list starts with something else (kept on every page). */
  classNames?: string[]
}

/** At-rules whose body holds rules that may be filtered one by one. */
const GROUPING = /^@(media|supports|layer|container)\b/
/** Layers kept whole: custom properties, the theme's variables, the reset. */
const WHOLE_LAYER = /^@layer\s+(properties|theme|base)\s*$/

/** Where the block opened at `open` ("{") closes; escapes, strings and comments are skipped. */
function closeOf(css: string, open: number): number {
  let depth = 0
  for (let i = open; i < css.length; i++) {
    const c = css[i]
    if (c === '\\') i++
    else if (c === '"' || c === "'") i = endOfString(css, i)
    else if (c === '/' && css[i + 1] === '*') i = css.indexOf('*/', i + 2) + 1 || css.length
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  throw new Error('Unbalanced "{" in the stylesheet.')
}

function endOfString(css: string, start: number): number {
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++
    else if (css[i] === css[start]) return i
  }
  return css.length
}

/** Where the next "{" or ";" outside a string or comment is (an at-rule such as @import ends at ";"). */
function nextStop(css: string, from: number): number {
  for (let i = from; i < css.length; i++) {
    const c = css[i]
    if (c === '\\') i++
    else if (c === '"' || c === "'") i = endOfString(css, i)
    else if (c === '/' && css[i + 1] === '*') i = css.indexOf('*/', i + 2) + 1 || css.length
    else if (c === '{' || c === ';') return i
  }
  return css.length
}

/** CSS unescaping of an identifier: "sm\\:p-4" → "sm:p-4", "\\32 xl" → "2xl". */
export function unescapeIdent(ident: string): string {
  return ident.replace(/\\([0-9a-fA-F]{1,6})[ \t\n]?|\\([^])/g, (_, hex: string | undefined, ch: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : ch!))
}

const FIRST_CLASS = /^\s*\.((?:\\[0-9a-fA-F]{1,6}[ \t\n]?|\\[^]|[\w-]|[^\x00-\x7f])+)/

/** The selector list split at its top-level commas (not those inside :is(), :where() or [..]). */
function selectorsOf(prelude: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i]
    if (c === '\\') i++
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(from, i))
      from = i + 1
    }
  }
  return [...parts, prelude.slice(from)]
}

function namingClasses(prelude: string): string[] | undefined {
  const names: string[] = []
  for (const selector of selectorsOf(prelude)) {
    const m = FIRST_CLASS.exec(selector)
    if (!m) return undefined
    names.push(unescapeIdent(m[1]!))
  }
  return names
}

/** Parses a stylesheet (or a block's body) into blocks. */
export function parseCss(css: string): CssBlock[] {
  const blocks: CssBlock[] = []
  let at = 0
  while (at < css.length) {
    const stop = nextStop(css, at)
    if (stop >= css.length) break
    const prelude = css.slice(at, stop).replace(/^(\s|\/\*[^]*?\*\/)+/, '').trim()
    if (css[stop] === ';') {
      blocks.push({ prelude, text: `${prelude};` })
      at = stop + 1
      continue
    }
    const close = closeOf(css, stop)
    const body = css.slice(stop + 1, close)
    const block: CssBlock = { prelude, text: `${prelude}{${body}}` }
    if (GROUPING.test(prelude) && !WHOLE_LAYER.test(prelude) && body.includes('{')) block.children = parseCss(body)
    else if (!prelude.startsWith('@')) block.classNames = namingClasses(prelude)
    blocks.push(block)
    at = close + 1
  }
  return blocks
}

/** The blocks a page with these classes needs, as stylesheet text. */
export function criticalCss(blocks: CssBlock[], classes: ReadonlySet<string>): string {
  let out = ''
  for (const b of blocks) {
    if (b.children) {
      const inner = criticalCss(b.children, classes)
      // An empty @layer still fixes the layers' order: keep it, as every later layer's place depends on it.
      if (inner || b.prelude.startsWith('@layer')) out += `${b.prelude}{${inner}}`
    } else if (!b.classNames || b.classNames.some((c) => classes.has(c))) out += b.text
  }
  return out
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? all),
  )
}

/** Every class named in the markup's class attributes (HTML and SVG, entities decoded). */
export function classesOf(html: string): Set<string> {
  const classes = new Set<string>()
  // A page repeats the same few attribute values (every card's); each is split once.
  const values = new Set<string>()
  for (const m of html.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)')/g)) values.add(m[1] ?? m[2] ?? '')
  for (const value of values) {
    for (const c of (value.includes('&') ? decodeEntities(value) : value).split(/\s+/)) if (c) classes.add(c)
  }
  return classes
}
