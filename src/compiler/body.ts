// A talk's Markdown body (or a speaker's bio) → sanitised HTML, summary and plain text, with every
// image checked like a preview image and each problem located in the file.
import type { CompileContext } from './context.ts'
import { diag, MAX_PER_CODE, type Diagnostic } from './diagnostics.ts'
import { renderMarkdown, type RenderedMarkdown } from './markdown.ts'
import { lineIndex } from './positions.ts'
import { checkImage } from './urls.ts'
import { bundleOf } from './site-path-files.ts'

const DEEP_NESTING = 'Quotes or lists are nested more than 100 levels deep: the text inside the deepest ones is left out.'

/** Percent-decoded, or as written when a stray "%" makes that impossible. */
function safeDecode(text: string): string {
  try {
    return decodeURI(text)
  } catch {
    return text
  }
}

/**
 * An image in a body or bio, checked like a preview image so that "x" or "../../etc/passwd" is not
 * requested from the site. markdown-it percent-encodes paths ("/img/caf%C3%A9.jpg"): the file is
 * looked up decoded and the src stays encoded.
 */
function bodyImage(src: string, ctx: CompileContext, report: (message: string) => void): string | undefined {
  const checked = checkImage(safeDecode(src), ctx, report)
  if (!checked) return undefined
  return /^https?:/i.test(checked) ? checked : encodeURI(checked)
}

/**
 * Where an image's src is written in the body. The HTML has no positions, so the src is looked for
 * after what can come before one: an attribute ("src=") first, as a Markdown "](" may be a link with
 * the same target; then Markdown ("](", a reference "]: "). -1 if not found.
 */
function findSrc(body: string, src: string): number {
  for (const befores of [['src="', "src='", 'src='], ['](', ']: ']]) {
    let best = -1
    for (const text of new Set([src, safeDecode(src)])) {
      for (const before of befores) {
        const i = body.indexOf(before + text)
        if (i >= 0 && (best < 0 || i + before.length < best)) best = i + before.length
      }
    }
    if (best >= 0) return best
  }
  return -1
}

export interface BodySource {
  file: string
  /** The body as written (for locating images), and its first line in the file. */
  written: string
  firstLine: number
}

/** Renders a talk body (shortcodes already taken out), locating missing images where they are written. */
export function renderBody(markdown: string, source: BodySource, ctx: CompileContext, diagnostics: Diagnostic[]): RenderedMarkdown {
  const at = lineIndex(source.written, source.firstLine)
  let located = 0
  // A page bundle's body names its own files (images, linked slides) relative to its folder (Hugo's page resources).
  const bundle = bundleOf(source.file, ctx.root, ctx.config.contentDir)
  const own = (address: string) => bundle?.file(safeDecode(address))
  const body = renderMarkdown(markdown, {
    ...(bundle ? { link: (href: string) => own(href) ?? href } : {}),
    image: (src) =>
      own(src) ??
      bodyImage(src, ctx, (m) => {
        // Each search reads the body: only as many as are listed are located, the rest at the body's start.
        const offset = located++ < MAX_PER_CODE ? findSrc(source.written, src) : -1
        const where = offset >= 0 ? at(offset) : { line: source.firstLine, column: 1 }
        diagnostics.push(diag(source.file, where.line, where.column, 'missing-image', m))
      }),
  })
  if (body.nestingCut) diagnostics.push(diag(source.file, source.firstLine, 1, 'deep-nesting', DEEP_NESTING))
  return body
}

/**
 * Bios rendered before, by their Markdown: a speaker's bio is repeated in every talk file that
 * names them (a third of compile time at 10,000 talks went on rendering the same bios again). Only
 * bios without images are kept, as an image's check depends on the site's files; bounded, oldest out.
 */
const snippets = new Map<string, RenderedMarkdown>()
const MAX_SNIPPETS = 5_000

/** Renders a short Markdown text (a speaker's bio), every problem reported at one place. */
export function renderSnippet(markdown: string, ctx: CompileContext, report: (code: 'missing-image' | 'deep-nesting', message: string) => void): RenderedMarkdown {
  let out = snippets.get(markdown)
  if (!out) {
    let images = 0
    out = renderMarkdown(markdown, {
      image: (src) => {
        images++
        return bodyImage(src, ctx, (m) => report('missing-image', m))
      },
    })
    if (!images) {
      if (snippets.size >= MAX_SNIPPETS) snippets.delete(snippets.keys().next().value!)
      snippets.set(markdown, out)
    }
  }
  if (out.nestingCut) report('deep-nesting', DEEP_NESTING)
  return out
}
