// Markdown → sanitised HTML and a plain-text summary, at build time.
// markdown-it renders (raw HTML allowed, as Hugo sites use it); sanitize-html then keeps only an
// allow-list, so no script, event handler, style or non-http(s) link survives.
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import sanitizeHtml from 'sanitize-html'
import { plainTextOf } from './plain-text.ts'

const md = new MarkdownIt({ html: true, linkify: true, typographer: false })

// Characters a URL parser skips before a scheme ("\u2000javascript:…"): controls, spaces, and the
// Unicode spaces and joiners browsers and other HTML consumers may strip.
const IGNORABLE = /[\u0000-\u0020\u007F-\u00A0\u1680\u180E\u2000-\u200B\u2028\u2029\u205F\u3000\uFEFF]/g
const SAFE_SCHEME = /^(https?|mailto):$/i

/** A link or image address that is safe to keep: relative, or http(s)/mailto once ignorable characters are gone. */
export function safeAddress(value: string | undefined): boolean {
  if (value === undefined) return true
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value.replace(IGNORABLE, ''))?.[0]
  return !scheme || SAFE_SCHEME.test(scheme)
}

/** The attributes without an unsafe address in `key` (sanitize-html's own check misses "\u2000javascript:"). */
function withoutUnsafe(attribs: sanitizeHtml.Attributes, key: string): sanitizeHtml.Attributes {
  if (safeAddress(attribs[key])) return attribs
  const { [key]: _dropped, ...rest } = attribs
  return rest
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'del', 's', 'sub', 'sup',
    'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'kbd', 'abbr', 'dl', 'dt', 'dd',
  ],
  // rel/target and loading/decoding are set by transformTags below.
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    code: ['class'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page's h1 is the talk title, so a body "# Heading" becomes an h2.
    h1: 'h2',
    a: (tagName, raw) => {
      const attribs = withoutUnsafe(raw, 'href')
      const external = /^https?:/i.test(attribs.href ?? '')
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' } : attribs }
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...withoutUnsafe(attribs, 'src'), loading: 'lazy', decoding: 'async' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
}

export interface RenderOptions {
  /**
   * Checks an image's src (as markdown-it wrote it): the src to show, or undefined to drop it. The
   * allow-list alone keeps "x" or "../../etc/passwd", which would ask the site for a file it lacks.
   */
  image?: (src: string) => string | undefined
  /** Rewrites a link's href (as markdown-it wrote it; a page bundle's own files), then checked like any other. */
  link?: (href: string) => string
}

const linkTag = SANITIZE.transformTags!.a as sanitizeHtml.Transformer

function withHooks({ image, link }: RenderOptions): sanitizeHtml.IOptions {
  const transformTags = { ...SANITIZE.transformTags }
  if (image) {
    transformTags.img = (tagName, attribs) => {
      const { src, ...rest } = attribs
      // The image check reports what it drops; an unsafe address is dropped whatever it says.
      const checked = src === undefined ? undefined : image(src)
      const safe = checked !== undefined && safeAddress(checked) ? checked : undefined
      return { tagName, attribs: { ...rest, ...(safe ? { src: safe } : {}), loading: 'lazy', decoding: 'async' } }
    }
  }
  if (link) transformTags.a = (tagName, attribs) => linkTag(tagName, attribs.href ? { ...attribs, href: link(attribs.href) } : attribs)
  return { ...SANITIZE, transformTags }
}

export function sanitize(html: string, options: RenderOptions = {}): string {
  return sanitizeHtml(html, options.image || options.link ? withHooks(options) : SANITIZE)
}

/** Drops headings whose section is empty, e.g. "### Speakers" once the speaker shortcodes are taken out. */
function dropEmptySections(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.type === 'heading_open') {
      const level = Number(t.tag.slice(1))
      const next = tokens[i + 3]
      const empty = !next || (next.type === 'heading_open' && Number(next.tag.slice(1)) <= level)
      if (empty) {
        i += 2
        continue
      }
    }
    out.push(t)
  }
  return out
}

const SUMMARY_MAX = 320

function clip(text: string): string {
  if (text.length <= SUMMARY_MAX) return text
  const cut = text.slice(0, SUMMARY_MAX)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX - 40)).replace(/[\s,;:.-]+$/, '')}…`
}

/** Plain text of some tokens, through the sanitiser like the page's HTML. */
function textOf(tokens: Token[]): string {
  return plainTextOf(sanitize(md.renderer.render(tokens, md.options, {})))
}

/** Summary: the text before `<!--more-->`, else the first paragraph; plain text, clipped for cards. */
function summaryOf(tokens: Token[], source: string): string {
  const more = source.indexOf('<!--more-->')
  if (more >= 0) return clip(textOf(md.parse(source.slice(0, more), {})))
  const start = tokens.findIndex((t) => t.type === 'paragraph_open')
  if (start < 0) return ''
  return clip(textOf(tokens.slice(start, start + 3)))
}

export interface RenderedMarkdown {
  html: string
  summary: string
  /** Plain text of the whole body, for search. */
  text: string
  /** Blocks were nested too deep for markdown-it, and what was inside the deepest is left out. */
  nestingCut: boolean
}

/**
 * markdown-it stops reading blocks nested deeper than maxNesting (100 quotes or lists inside each
 * other) and drops their content without a word: a container opened at the last level and closed
 * at once is where that happened. (Inline nesting keeps its text.)
 */
function cutByNesting(tokens: Token[]): boolean {
  const last = (md.options.maxNesting ?? 100) - 1
  return tokens.some((t, i) => t.nesting === 1 && t.level >= last && tokens[i + 1]?.nesting === -1)
}

export function renderMarkdown(source: string, options: RenderOptions = {}): RenderedMarkdown {
  const parsed = md.parse(source, {})
  const tokens = dropEmptySections(parsed)
  const html = sanitize(md.renderer.render(tokens, md.options, {}), options).trim()
  return { html, summary: summaryOf(tokens, source), text: plainTextOf(html), nestingCut: cutByNesting(parsed) }
}

/** What Markdown or HTML could change in a line: anything else is its own plain text. */
const INLINE_MARKUP = /[&<>*_`\[\]\\!~|]|https?:|www\./i

/** Plain text of one line of Markdown (a front-matter summary, which themes markdownify): "**B**&amp;c" → "B&c". */
export function plainInline(source: string): string {
  // Most summaries are plain sentences: not parsed, rendered and parsed again for each of 10,000 talks.
  if (!INLINE_MARKUP.test(source)) return source.replace(/\s+/g, ' ').trim()
  return plainTextOf(sanitize(md.renderInline(source)))
}
