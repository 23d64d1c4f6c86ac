// Compiles one talk file: bytes → text → front matter → fields → shortcodes → Markdown.
// Pure apart from `ctx.imageExists`, so it can be cached per file and tested with inline strings.
import type { Diagnostic, LabelledLink, Slides, Talk, Video } from '../data/types.ts'
import { capPerCode, diag, lineAt, lineIndex, MAX_PER_CODE } from './diagnostics.ts'
import { splitFrontMatter } from './front-matter.ts'
import { classifySlides, classifyVideo, isPdf } from './media.ts'
import { renderMarkdown } from './markdown.ts'
import { repairMojibake } from './mojibake.ts'
import type { RawSpeaker } from './shortcode-handlers.ts'
import { scanShortcodes } from './shortcodes.ts'
import { slugify } from './slug.ts'
import { socialUrl } from './speakers.ts'
import { readFields } from './fields.ts'
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
  /** Line of the `aliases` key, for the collection's alias checks. */
  aliasLine?: number
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
  const where = lineIndex(text, 1)
  for (const r of repairs) {
    const at = where(r.offset)
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

const DEEP_NESTING = 'Quotes or lists are nested more than 100 levels deep: the text inside the deepest ones is left out.'

const SOCIAL = ['github', 'twitter', 'linkedin', 'website'] as const

/** A speaker's social links that will not be shown: another scheme is an error, as for any link; an unreadable handle a warning. */
function checkSocialLinks(s: RawSpeaker, report: (severity: 'error' | 'warning', message: string) => void): void {
  for (const kind of SOCIAL) {
    const value = s[kind]
    if (!value || socialUrl(kind, value)) continue
    const who = `Speaker "${s.written.slice(0, 60)}"`
    if (/^[a-z][a-z0-9+.-]*:/i.test(value.trim()) && !/^https?:/i.test(value.trim())) report('error', `${who}: ${kind} links must be http(s), not "${value.trim().split(':')[0]!.slice(0, 20)}:".`)
    else report('warning', `${who}: ${kind} "${value.slice(0, 80)}" is neither a link nor a handle: it is left out.`)
  }
}

/** Percent-decoded, or as written when a stray "%" makes that impossible. */
function safeDecode(text: string): string {
  try {
    return decodeURI(text)
  } catch {
    return text
  }
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

/** Line of a front-matter key; keys are case-insensitive, so "previewImage" is "previewimage". */
function keyLine(keyLines: Map<string, number>, key: string): number {
  for (const [k, line] of keyLines) if (k.toLowerCase() === key) return line
  return 1
}

export function compileFile(file: string, bytes: Uint8Array, ctx: CompileContext): CompiledFile {
  const result = compileParts(file, bytes, ctx)
  return { ...result, diagnostics: capPerCode(result.diagnostics) }
}

function compileParts(file: string, bytes: Uint8Array, ctx: CompileContext): CompiledFile {
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
      const missing = (m: string) => diagnostics.push(diag(file, call.line, call.column, 'warning', 'missing-image', m))
      const image = checkImage(s.img, ctx, missing)
      checkSocialLinks(s, (severity, m) => diagnostics.push(diag(file, call.line, call.column, severity, 'bad-url', m)))
      const bio = s.bio ? renderMarkdown(s.bio, { image: (src) => bodyImage(src, ctx, missing) }) : undefined
      if (bio?.nestingCut) diagnostics.push(diag(file, call.line, call.column, 'warning', 'deep-nesting', DEEP_NESTING))
      result.speakers.push({ raw: s, image, bio: bio?.text, bioHtml: bio ? bio.html : undefined })
    } else if (output?.kind === 'button') {
      const url = safeHttpUrl(output.url, (m) => fail('bad-url', `Button "${output.label}": ${m}`))
      if (url) buttons.push({ label: output.label, url })
    } else if (output?.kind === 'video') {
      shortcodeVideo ??= safeHttpUrl(output.url, (m) => fail('bad-url', `youtube shortcode: ${m}`))
    }
  }
  const bodyAt = lineIndex(fm.body, fm.bodyLine)
  let located = 0
  const body = renderMarkdown(scan.body, {
    image: (src) =>
      bodyImage(src, ctx, (m) => {
        // Each search reads the body: only as many as are listed are located, the rest at the body's start.
        const offset = located++ < MAX_PER_CODE ? findSrc(fm.body, src) : -1
        const at = offset >= 0 ? bodyAt(offset) : { line: fm.bodyLine, column: 1 }
        diagnostics.push(diag(file, at.line, at.column, 'warning', 'missing-image', m))
      }),
  })
  if (body.nestingCut) diagnostics.push(diag(file, fm.bodyLine, 1, 'warning', 'deep-nesting', DEEP_NESTING))
  const previewImage = checkImage(f.previewImage, ctx, (m) => diagnostics.push(diag(file, keyLine(fm.keyLines, 'previewimage'), 1, 'warning', 'missing-image', m)))
  // A talk's URL needs a slug: "___.md" (or slug = "!!!") gives none, and an empty one would be the list page.
  const slug = (f.slug && slugify(f.slug)) || slugFromPath(file)
  // A slug of punctuation ("!!!") gives no URL: say that the file name is used, rather than ignore it quietly.
  if (f.slug && !slugify(f.slug) && slug) diagnostics.push(diag(file, keyLine(fm.keyLines, 'slug'), 1, 'warning', 'empty-slug', `slug = "${f.slug.slice(0, 40)}" has no letters or digits: the file name gives the URL ("${slug}") instead.`))
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
  if (f.aliases.length) result.aliasLine = keyLine(fm.keyLines, 'aliases')
  result.text = body.text
  return result
}
