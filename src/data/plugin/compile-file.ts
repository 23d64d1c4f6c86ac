// Compiles one talk file: bytes → text → front matter → fields → shortcodes → Markdown.
// Pure apart from `ctx.imageExists`, so it can be cached per file and tested with inline strings.
import type { Diagnostic, LabelledLink, Slides, Talk, Video } from '../types.ts'
import { diag, lineAt } from './diagnostics.ts'
import { splitFrontMatter } from './frontmatter.ts'
import { classifySlides, classifyVideo, isPdf } from './media.ts'
import { renderMarkdown } from './markdown.ts'
import { repairMojibake } from './mojibake.ts'
import type { RawSpeaker } from './shortcode-handlers.ts'
import { scanShortcodes } from './shortcodes.ts'
import { slugify } from './slug.ts'
import { readFields } from './validate.ts'
import { checkImage, safeHttpUrl } from './urls.ts'

export interface CompileContext {
  /** Whether a public path such as "/img/a.jpg" exists under public/. */
  imageExists(publicPath: string): boolean
  includeDrafts: boolean
}

export interface CompiledSpeaker {
  raw: RawSpeaker
  image?: string
  bio?: string
  bioHtml?: string
}

export interface CompiledFile {
  file: string
  diagnostics: Diagnostic[]
  /** Present when the file is a talk that compiled without errors. */
  talk?: Talk
  html?: string
  /** Plain text of the body, for search. */
  text?: string
  speakers: CompiledSpeaker[]
}

const EVENT_LABEL = /\b(event|conference|summit|schedule|programme|program|session|meetup)\b/i

/** "talks/2022_02_06_FOSDEM_x.md" → "2022-02-06-fosdem-x"; a leaf bundle "x/index.md" → "x". */
export function slugFromPath(file: string): string {
  const parts = file.split(/[\\/]/)
  const base = parts[parts.length - 1]!.replace(/\.(md|markdown)$/i, '')
  return slugify(base === 'index' && parts.length > 1 ? parts[parts.length - 2]! : base)
}

export function decodeUtf8(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const at = lineAt(lossy, Math.max(0, lossy.indexOf('\uFFFD')), 1)
    diagnostics.push(diag(file, at.line, at.column, 'error', 'not-utf8', 'The file is not UTF-8 text: re-save it with UTF-8 encoding.'))
    return undefined
  }
}

function repairText(file: string, text: string, diagnostics: Diagnostic[]): string {
  const { text: fixed, repairs } = repairMojibake(text)
  for (const r of repairs) {
    const at = lineAt(text, r.offset, 1)
    diagnostics.push(diag(file, at.line, at.column, 'warning', 'repaired-text', `Repaired double-encoded text "${r.from}" → "${r.to}": fix the file's encoding to silence this.`))
  }
  return fixed
}

function mediaOf(urls: { youtubeurl?: string; pdfurl?: string; ppturl?: string }): { video?: Video; slides: Slides[] } {
  const slides: Slides[] = []
  let video: Video | undefined
  // A PDF is slides whichever field holds it.
  if (urls.youtubeurl) {
    if (isPdf(urls.youtubeurl)) slides.push(classifySlides(urls.youtubeurl))
    else video = classifyVideo(urls.youtubeurl)
  }
  for (const u of [urls.pdfurl, urls.ppturl]) if (u && !slides.some((s) => s.url === u)) slides.push(classifySlides(u))
  return { video, slides }
}

/** Line of a front-matter key; keys are case-insensitive, so "previewImage" is "previewimage". */
function keyLine(keyLines: Map<string, number>, key: string): number {
  for (const [k, line] of keyLines) if (k.toLowerCase() === key) return line
  return 1
}

export function compileFile(file: string, bytes: Uint8Array, ctx: CompileContext): CompiledFile {
  const diagnostics: Diagnostic[] = []
  const result: CompiledFile = { file, diagnostics, speakers: [] }
  const decoded = decodeUtf8(file, bytes, diagnostics)
  if (decoded === undefined) return result
  if (!decoded.trim()) {
    diagnostics.push(diag(file, 1, 1, 'error', 'empty-file', 'The file is empty: a talk needs front matter with at least a title and a date.'))
    return result
  }
  const text = repairText(file, decoded, diagnostics)
  const fm = splitFrontMatter(file, text, diagnostics)
  if (!fm) return result
  const f = readFields(file, fm.data, fm.keyLines, diagnostics)
  if (f.draft && !ctx.includeDrafts) return result

  const scan = scanShortcodes(file, fm.body, fm.bodyLine, diagnostics)
  const buttons: LabelledLink[] = []
  let shortcodeVideo: string | undefined
  for (const { call, output } of scan.outputs) {
    const fail = (code: string, message: string) => diagnostics.push(diag(file, call.line, call.column, 'error', code, message))
    if (output?.kind === 'speaker') {
      const s = output.speaker
      const image = checkImage(s.img, ctx, (m) => diagnostics.push(diag(file, call.line, call.column, 'warning', 'missing-image', m)))
      const bio = s.bio ? renderMarkdown(s.bio) : undefined
      result.speakers.push({ raw: s, image, bio: bio?.text, bioHtml: bio ? bio.html : undefined })
    } else if (output?.kind === 'button') {
      const url = safeHttpUrl(output.url, (m) => fail('bad-url', `Button "${output.label}": ${m}`))
      if (url) buttons.push({ label: output.label, url })
    } else if (output?.kind === 'video') {
      shortcodeVideo ??= safeHttpUrl(output.url, (m) => fail('bad-url', `youtube shortcode: ${m}`))
    }
  }
  const body = renderMarkdown(scan.body)
  const previewImage = checkImage(f.previewImage, ctx, (m) => diagnostics.push(diag(file, keyLine(fm.keyLines, 'previewimage'), 1, 'warning', 'missing-image', m)))
  // A talk's URL needs a slug: "___.md" (or slug = "!!!") gives none, and an empty one would be the list page.
  const slug = (f.slug && slugify(f.slug)) || slugFromPath(file)
  if (!slug) diagnostics.push(diag(file, keyLine(fm.keyLines, 'slug'), 1, 'error', 'empty-slug', 'The file name gives no URL slug (it has no letters or digits): rename the file or set slug = "…".'))
  if (diagnostics.some((d) => d.severity === 'error') || !f.title || !f.date) return result

  const eventButton = buttons.find((b) => EVENT_LABEL.test(b.label))?.url
  const media = mediaOf({ ...f.urls, youtubeurl: f.urls.youtubeurl ?? shortcodeVideo })
  const links = {
    ...(media.video ? { video: media.video.url } : {}),
    ...(media.slides.find((s) => s.kind !== 'pptx') ? { pdf: media.slides.find((s) => s.kind !== 'pptx')!.url } : {}),
    ...(media.slides.find((s) => s.kind === 'pptx') ? { ppt: media.slides.find((s) => s.kind === 'pptx')!.url } : {}),
    ...((f.urls.eventurl ?? eventButton) ? { event: f.urls.eventurl ?? eventButton } : {}),
  }
  result.talk = {
    slug,
    title: f.title,
    date: f.date,
    year: Number(f.date.slice(0, 4)),
    ...(f.publishDate ? { publishDate: f.publishDate } : {}),
    ...(f.timeSlot ? { timeSlot: f.timeSlot } : {}),
    speakers: [],
    links,
    buttons,
    ...(media.video ? { video: media.video } : {}),
    slides: media.slides,
    ...(previewImage ? { previewImage } : {}),
    summary: f.summary ?? body.summary,
    tags: f.tags,
    ...(f.event ? { event: f.event } : {}),
    ...(f.type ? { type: f.type } : {}),
    aliases: f.aliases,
    ...(Object.keys(f.extra).length ? { extra: f.extra } : {}),
  }
  result.html = body.html
  result.text = body.text
  return result
}
