// Compiles one talk file, stage by stage: bytes → text → front matter → fields → shortcodes → body →
// the talk. Pure apart from `ctx.imageExists`, so it is cached per file and tested with inline strings.
import type { LabelledLink, Talk } from '../data/types.ts'
import { renderBody } from './body.ts'
import type { CompileContext } from './context.ts'
import { decodeTalkFile } from './decode.ts'
import { capPerCode, diag, hasErrors, type Diagnostic } from './diagnostics.ts'
import { readFields, type Fields } from './fields.ts'
import { splitFrontMatter, type FrontMatter } from './front-matter.ts'
import { talkMedia } from './media.ts'
import { shortcodeData, type CompiledSpeaker } from './shortcode-data.ts'
import { scanShortcodes } from './shortcodes.ts'
import { slugFromPath, slugify } from './slug.ts'
import { checkImage } from './urls.ts'

export interface CompiledFile {
  file: string
  diagnostics: Diagnostic[]
  /** Present when the file is a talk that compiled without errors. */
  talk?: Talk
  html?: string
  /** Plain text of the body, for search. */
  text?: string
  speakers: CompiledSpeaker[]
  /** Line of the `aliases` key, for the collection's alias checks. */
  aliasLine?: number
}

const EVENT_LABEL = /\b(event|conference|summit|schedule|programme|program|session|meetup)\b/i

/** Line of a front-matter key; keys are case-insensitive, so "previewImage" is "previewimage". */
function keyLine(keyLines: Map<string, number>, key: string): number {
  for (const [k, line] of keyLines) if (k.toLowerCase() === key) return line
  return 1
}

/** The talk's URL slug: its own, else the file name's; a slug of punctuation gives none. */
function slugOf(file: string, f: Fields, fm: FrontMatter, diagnostics: Diagnostic[]): string {
  const own = f.slug ? slugify(f.slug) : ''
  const slug = own || slugFromPath(file)
  const line = keyLine(fm.keyLines, 'slug')
  if (f.slug && !own && slug) diagnostics.push(diag(file, line, 1, 'empty-slug', `slug = "${f.slug.slice(0, 40)}" has no letters or digits: the file name gives the URL ("${slug}") instead.`))
  if (!slug) diagnostics.push(diag(file, line, 1, 'no-slug', 'The file name gives no URL slug (it has no letters or digits): rename the file or set slug = "…".'))
  return slug
}

function talkOf(slug: string, f: Fields & { title: string; date: string }, buttons: LabelledLink[], video: string | undefined, previewImage: string | undefined, summary: string): Talk {
  const event = f.urls.eventurl ?? buttons.find((b) => EVENT_LABEL.test(b.label))?.url
  const media = talkMedia({ video: f.urls.youtubeurl ?? video, pdf: f.urls.pdfurl, ppt: f.urls.ppturl, event })
  return {
    slug,
    title: f.title,
    date: f.date,
    year: Number(f.date.slice(0, 4)),
    ...(f.publishDate ? { publishDate: f.publishDate } : {}),
    ...(f.timeSlot ? { timeSlot: f.timeSlot } : {}),
    speakers: [],
    links: media.links,
    buttons,
    ...(media.video ? { video: media.video } : {}),
    slides: media.slides,
    ...(previewImage ? { previewImage } : {}),
    summary: f.summary ?? summary,
    tags: f.tags,
    ...(f.event ? { event: f.event } : {}),
    ...(f.type ? { type: f.type } : {}),
    aliases: f.aliases,
    ...(Object.keys(f.extra).length ? { extra: f.extra } : {}),
  }
}

export function compileFile(file: string, bytes: Uint8Array, ctx: CompileContext): CompiledFile {
  const result = compileParts(file, bytes, ctx)
  return { ...result, diagnostics: capPerCode(result.diagnostics) }
}

function compileParts(file: string, bytes: Uint8Array, ctx: CompileContext): CompiledFile {
  const diagnostics: Diagnostic[] = []
  const result: CompiledFile = { file, diagnostics, speakers: [] }
  const text = decodeTalkFile(file, bytes, diagnostics)
  const fm = text === undefined ? undefined : splitFrontMatter(file, text, diagnostics)
  if (!fm) return result
  const f = readFields(file, fm.data, fm.keyLines, diagnostics)
  if (f.draft && !ctx.includeDrafts) return result

  const scan = scanShortcodes(file, fm.body, fm.bodyLine, diagnostics)
  const shortcodes = shortcodeData(file, scan, ctx, diagnostics)
  result.speakers = shortcodes.speakers
  const body = renderBody(scan.body, { file, written: fm.body, firstLine: fm.bodyLine }, ctx, diagnostics)
  const previewImage = checkImage(f.previewImage, ctx, (m) => diagnostics.push(diag(file, keyLine(fm.keyLines, 'previewimage'), 1, 'missing-image', m)))
  const slug = slugOf(file, f, fm, diagnostics)
  if (hasErrors(diagnostics) || !f.title || !f.date) return result

  result.talk = talkOf(slug, { ...f, title: f.title, date: f.date }, shortcodes.buttons, shortcodes.video, previewImage, body.summary)
  result.html = body.html
  result.text = body.text
  if (f.aliases.length) result.aliasLine = keyLine(fm.keyLines, 'aliases')
  return result
}
