// Markdown → sanitised HTML and a plain-text summary, at build time.
// markdown-it renders (raw HTML allowed, as Hugo sites use it); sanitize-html then keeps only an
// allow-list, so no script, event handler, style or non-http(s) link survives.
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import sanitizeHtml from 'sanitize-html'

const md = new MarkdownIt({ html: true, linkify: true, typographer: false })

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
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? '')
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' } : attribs }
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
}

export interface RenderOptions {
  /**
   * Checks an image's src (as markdown-it wrote it): the src to show, or undefined to drop it. The
   * allow-list alone keeps "x" or "../../etc/passwd", which would ask the site for a file it lacks.
   */
  image?: (src: string) => string | undefined
}

function withImages(image: (src: string) => string | undefined): sanitizeHtml.IOptions {
  return {
    ...SANITIZE,
    transformTags: {
      ...SANITIZE.transformTags,
      img: (tagName, attribs) => {
        const { src, ...rest } = attribs
        const checked = src === undefined ? undefined : image(src)
        return { tagName, attribs: { ...rest, ...(checked ? { src: checked } : {}), loading: 'lazy', decoding: 'async' } }
      },
    },
  }
}

export function sanitize(html: string, options: RenderOptions = {}): string {
  return sanitizeHtml(html, options.image ? withImages(options.image) : SANITIZE)
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

function plainText(tokens: Token[]): string {
  return tokens
    .map((t) => (t.type === 'inline' ? (t.children ?? []).map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join('') : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const SUMMARY_MAX = 320

function clip(text: string): string {
  if (text.length <= SUMMARY_MAX) return text
  const cut = text.slice(0, SUMMARY_MAX)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX - 40)).replace(/[\s,;:.-]+$/, '')}…`
}

/** Summary: the text before `<!--more-->`, else the first paragraph; plain text, clipped for cards. */
function summaryOf(tokens: Token[], source: string): string {
  const more = source.indexOf('<!--more-->')
  if (more >= 0) return clip(plainText(md.parse(source.slice(0, more), {})))
  const start = tokens.findIndex((t) => t.type === 'paragraph_open')
  if (start < 0) return ''
  return clip(plainText(tokens.slice(start, start + 3)))
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
  return { html, summary: summaryOf(tokens, source), text: plainText(tokens), nestingCut: cutByNesting(parsed) }
}

/** Inline-only rendering for bios and other short fields. */
export function renderInline(source: string): string {
  return sanitize(md.render(source)).trim()
}
