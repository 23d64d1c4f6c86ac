// Compiles one talk file, stage by stage: bytes → text → front matter → fields (the site's mapping)
// → the config's transform → shortcodes and speakers → body → the talk. Pure apart from the context
// (static files, speaker files, data files) and a page bundle's own files beside it, so it is cached
// per file (a change in a bundle's folder recompiles it: dev-watch.ts) and tested with inline strings.
import type { LabelledLink, Talk } from '../data/types.ts'
import { renderBody } from './body.ts'
import { bodyEmbeds } from './body-embeds.ts'
import { plainInline, type RenderedMarkdown } from './markdown.ts'
import type { MappedTalk, SpeakerRef } from './config/schema.ts'
import type { CompileContext } from './context.ts'
import { calendarDate } from './dates.ts'
import { decodeTalkFile } from './decode.ts'
import { capPerCode, diag, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.ts'
import { FILE_NAME_DATE, readFields, type FieldsResult } from './fields.ts'
import { DataFileError } from './data-files.ts'
import { pageName } from './files.ts'
import { splitFrontMatter, type FrontMatter } from './front-matter.ts'
import { valueOfKey } from './front-matter-reader.ts'
import { talkMedia } from './media.ts'
import { shortcodeData, type CompiledSpeaker } from './shortcode-data.ts'
import { scanShortcodes, type ShortcodeCall } from './shortcodes.ts'
import { refPath } from './page-refs.ts'
import { slugify, talkSlug } from './slug.ts'
import { resolveSpeakerRefs } from './speaker-refs.ts'
import { timeSlotOf } from './time-of.ts'
import { runTransform } from './transform.ts'
import { checkImage, checkLink } from './urls.ts'
import { unrenderedReason } from './unrendered.ts'
import { isScheduleFiller, isSitePage } from './site-pages.ts'
import { bundleOf, contentRootOf, pageRelativeImage } from './site-path-files.ts'
import { resolve } from 'node:path'
import { withCascade } from './cascade.ts'

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
  /** The slug came from the file name (no slug field), so the collection may tell same-named files apart. */
  slugFromPath?: boolean
  /** Front-matter keys nothing reads: reported once per key for the whole collection. */
  unknownKeys: { key: string; line: number }[]
  /** Which key gave each field, and how many front-matter speaker references found a file: for npm run check. */
  mapping?: { keys: FieldsResult['keys']; speakerRefs: number; speakerFiles: number }
}

const EVENT_LABEL = /\b(event|conference|summit|schedule|programme|program|session|meetup)\b/i

/** The talk's URL slug: its own, else the file name's; a slug of punctuation gives none. */
function slugOf(file: string, own: string | undefined, line: number, diagnostics: Diagnostic[]): string {
  const slug = talkSlug(file, own)
  const fromField = own ? slugify(own) : ''
  if (own && !fromField && slug) diagnostics.push(diag(file, line, 1, 'empty-slug', `slug = "${own.slice(0, 40)}" has no letters or digits: the file name gives the URL ("${slug}") instead.`))
  if (!slug) diagnostics.push(diag(file, line, 1, 'no-slug', 'The file name gives no URL slug (it has no letters or digits): rename the file or set slug = "…".'))
  return slug
}

/** Title and date, which every talk needs, checked once the transform has had its say. */
function requireTitleAndDate(file: string, t: MappedTalk, f: FieldsResult, diagnostics: Diagnostic[]): t is MappedTalk & { title: string; date: string } {
  // A title of the wrong type was reported as such where it was read (f.lines.title is set).
  if (!t.title?.trim() && !f.lines.title) diagnostics.push(diag(file, f.lineOf('title'), 1, 'missing-title', 'The talk has no title: add title = "…" to the front matter.'))
  if (!t.date) {
    if (!diagnostics.some((d) => d.code === 'invalid-date')) diagnostics.push(diag(file, f.lines.date ?? f.lineOf('date'), 1, 'missing-date', 'The talk has no date: add date = "YYYY-MM-DD" to the front matter.'))
  } else if (calendarDate(t.date) !== t.date) {
    diagnostics.push(diag(file, f.lines.date ?? 1, 1, 'invalid-date', `"${t.date.slice(0, 40)}" is not a real calendar date: write it as YYYY-MM-DD.`))
    return false
  }
  return !!t.title?.trim() && !!t.date
}

/**
 * A page bundle's own files (Hugo's page resources), named relative to its folder: each value that
 * names one becomes its site path; other values stay as written (site paths, URLs).
 */
function ownFiles(file: string, ctx: CompileContext) {
  const bundle = bundleOf(file, ctx.root, ctx.config.contentDir)
  const own = (v: string) => bundle?.file(v) ?? v
  return {
    file: own,
    /** An image of the bundle's, else one beside the page in static/ (pageRelativeImage), else the value as written. */
    image: (v: string) => bundle?.file(v) ?? pageRelativeImage(resolve(ctx.root, file), contentRootOf(ctx.config), v, ctx.fileExists) ?? v,
    cover: () => bundle?.cover(),
    mapped: (t: MappedTalk): MappedTalk =>
      bundle ? { ...t, slides: t.slides.map(own), video: t.video && own(t.video), speakers: t.speakers.map(ownPhoto), links: t.links?.map((l) => ({ ...l, url: own(l.url) })) } : t,
  }
  /** A speaker given inline with a photo beside the bundle's index ({ name, img: "ada.jpg" }). */
  function ownPhoto(ref: SpeakerRef): SpeakerRef {
    if (typeof ref === 'string') return ref
    const key = ['img', 'image', 'photo'].find((k) => typeof ref[k] === 'string')
    return key ? { ...ref, [key]: own(ref[key] as string) } : ref
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * A page with an abstract in its front matter and a body (Hugo Academic / Wowchemy talks) shows
 * the abstract first, then the body, as its theme does; not twice when the body already holds it.
 */
function withAbstract(body: RenderedMarkdown, abstract: string | undefined, at: { file: string; firstLine: number }, ctx: CompileContext, diagnostics: Diagnostic[]): RenderedMarkdown {
  if (!abstract?.trim()) return body
  const own: Diagnostic[] = []
  const lead = renderBody(abstract, { ...at, written: abstract }, ctx, own)
  if (!flat(lead.text) || flat(body.text).includes(flat(lead.text).slice(0, 200))) return body
  diagnostics.push(...own)
  return { ...body, html: `${lead.html}\n${body.html}`, text: `${lead.text}\n${body.text}`, summary: lead.summary || body.summary, nestingCut: lead.nestingCut || body.nestingCut }
}

/** The site's shortcodes as this page runs them (a template may print its front matter). */
function pageShortcode(ctx: CompileContext, data: Record<string, unknown>) {
  return (name: string) => {
    const template = ctx.siteShortcode?.(name)
    return template && ((call: ShortcodeCall) => template(call, data))
  }
}

/** Whether the front matter itself dates the talk (not the file's name). */
const ownDate = (f: FieldsResult) => !!f.keys.date && f.keys.date !== FILE_NAME_DATE

/**
 * A talk whose front matter gives no date (or no start time) completed from the site's data files
 * (schedule-data.ts): an entry naming the talk wins over a date in its file name, the event's start
 * date does not; a talk's own date is never replaced, only given the times of an entry on that day.
 */
function withSchedule(f: FieldsResult, file: string, ctx: CompileContext, diagnostics: Diagnostic[], data: Record<string, unknown>): { talk: MappedTalk; unlisted?: string } {
  const t = f.talk
  const own = ownDate(f)
  if (!ctx.schedule || (own && t.start)) return { talk: t }
  let found
  try {
    // A schedule names a talk by its file name, its title, or the id its front matter gives it.
    const ids = ['key', 'id'].map((k) => valueOfKey(data, k)).filter((v): v is string => typeof v === 'string')
    found = ctx.schedule(resolve(ctx.root, file), [pageName(file), t.title ?? '', ...ids])
  } catch (err) {
    if (!(err instanceof DataFileError)) throw err
    diagnostics.push(diag(err.file, err.line, err.column, 'data-file', err.message))
    return { talk: t }
  }
  if (!found) return { talk: t }
  const times = { start: t.start ?? found.start, end: t.end ?? found.end }
  if (own || (t.date && !found.listed)) return { talk: !found.date || found.date === t.date ? { ...t, ...times } : t }
  if (!found.date) return { talk: t, unlisted: found.source }
  f.keys.date = `(data/${found.source})`
  return { talk: { ...t, date: found.date, ...times } }
}

/** Checks each link the mapping found, reported at the key it came from. */
function checkedLinks(file: string, t: MappedTalk, f: FieldsResult, fromBody: { video?: string; slides: string[] }, ctx: CompileContext, diagnostics: Diagnostic[]) {
  const check = (value: string | undefined, line: number | undefined, key: string | undefined) =>
    value === undefined ? undefined : checkLink(value, ctx, (code, m) => diagnostics.push(diag(file, line ?? 1, 1, code, `"${key ?? 'link'}" ${m}`)))
  const slides = t.slides.map((s, i) => check(s, f.slideSources[i]?.line ?? f.lines.slides, f.slideSources[i]?.key ?? 'slides')).filter((s): s is string => !!s)
  const links = (t.links ?? []).flatMap(({ label, url }) => {
    const checked = check(url, f.lines.links, f.keys.links?.split(', ')[0])
    return checked ? [{ label, url: checked }] : []
  })
  return {
    video: check(t.video, f.lines.video, f.keys.video) ?? fromBody.video,
    slides: [...new Set([...slides, ...fromBody.slides])],
    event: check(t.event, f.lines.event, f.keys.event),
    registration: check(t.registration, f.lines.registration, f.keys.registration),
    links,
  }
}

/** The body's buttons, then the front matter's links that are not already the talk's video, slides, event page or a button. */
function buttonsOf(fromBody: LabelledLink[], links: ReturnType<typeof checkedLinks>): LabelledLink[] {
  const shown = new Set([links.video, links.event, ...links.slides, ...fromBody.map((b) => b.url)])
  const out = [...fromBody]
  for (const l of links.links) {
    if (shown.has(l.url)) continue
    shown.add(l.url)
    out.push(l)
  }
  return out
}

interface Parts {
  slug: string
  mapped: MappedTalk & { title: string; date: string }
  links: ReturnType<typeof checkedLinks>
  buttons: LabelledLink[]
  previewImage?: string
  summary: string
  extra: Record<string, unknown>
}

function talkOf({ slug, mapped: t, links, buttons, previewImage, summary, extra }: Parts): Talk {
  const all = links.registration && !buttons.some((b) => b.url === links.registration) ? [...buttons, { label: 'Register', url: links.registration }] : buttons
  const event = links.event ?? all.find((b) => EVENT_LABEL.test(b.label))?.url
  const media = talkMedia({ video: links.video, slides: links.slides, event })
  const timeSlot = timeSlotOf(t)
  return {
    slug,
    title: t.title.replace(/\s+/g, ' ').trim(),
    date: t.date,
    year: Number(t.date.slice(0, 4)),
    ...(t.publishDate ? { publishDate: t.publishDate } : {}),
    ...(timeSlot ? { timeSlot } : {}),
    speakers: [],
    links: media.links,
    buttons: all,
    ...(media.video ? { video: media.video } : {}),
    slides: media.slides,
    ...(previewImage ? { previewImage } : {}),
    // Themes markdownify a written summary: its entities and emphasis are not text to show.
    summary: (t.summary && plainInline(t.summary)) || summary,
    tags: t.tags,
    ...(t.eventName ? { event: t.eventName } : {}),
    ...(t.type ? { type: t.type } : {}),
    aliases: t.aliases,
    ...(Object.keys(extra).length ? { extra } : {}),
  }
}

export function compileFile(file: string, bytes: Uint8Array, ctx: CompileContext): CompiledFile {
  const result = compileParts(file, bytes, ctx)
  // In the order of the file: stages report as they run, and later ones (links) look at earlier lines.
  return { ...result, diagnostics: sortDiagnostics(capPerCode(result.diagnostics)) }
}

function compileParts(file: string, bytes: Uint8Array, ctx: CompileContext): CompiledFile {
  const diagnostics: Diagnostic[] = []
  const text = decodeTalkFile(file, bytes, diagnostics)
  const fm = text === undefined ? undefined : splitFrontMatter(file, text, diagnostics)
  return fm ? compilePage(file, fm, ctx, diagnostics) : { file, diagnostics, speakers: [], unknownKeys: [] }
}

/** `entry`: a data file's entry, not a page (no file of its own to take a slug or resources from). */
export function compilePage(file: string, fm: Pick<FrontMatter, 'data' | 'keyLines' | 'body' | 'bodyLine'>, ctx: CompileContext, diagnostics: Diagnostic[], entry = false): CompiledFile {
  const result: CompiledFile = { file, diagnostics, speakers: [], unknownKeys: [] }
  // Keys the file's sections cascade to it fill in what it does not set (Hugo's cascade).
  const data = withCascade(fm.data, ctx.cascade?.(resolve(ctx.root, file)))
  const fields = readFields(file, data, fm.keyLines, diagnostics, ctx.config)
  // A key only a section cascades is the section's to explain, not this file's.
  const ownKeys = new Set(Object.keys(fm.data).map((k) => k.toLowerCase()))
  result.unknownKeys = fields.unknownKeys.filter((k) => ownKeys.has(k.key.toLowerCase()))
  if (isSitePage(fields.talk.type, ownDate(fields)) || isScheduleFiller(fields.talk, valueOfKey(data, 'format'))) return result
  const scheduled = withSchedule(fields, file, ctx, diagnostics, data)
  // An entry of a talks data file that no schedule lists is simply undated (reported below).
  if (entry) scheduled.unlisted = undefined
  const mapped = runTransform(scheduled.talk, data, file, ctx, diagnostics)
  if (!mapped) return result
  if (!mapped.date && scheduled.unlisted) {
    diagnostics.push(diag(file, 1, 1, 'unscheduled', `The site's schedule (data/${scheduled.unlisted}) does not list this page and it gives no date: it is not published. Add it to the schedule or give it a date.`))
    return result
  }
  // A page Hugo never renders (a headless bundle of resources) need not have a title or a date.
  if (unrenderedReason(data)) return result
  const complete = requireTitleAndDate(file, mapped, fields, diagnostics)
  if (mapped.draft && !ctx.includeDrafts) return result

  const scan = scanShortcodes(file, fm.body, fm.bodyLine, diagnostics, { ref: (target) => refPath(target, resolve(ctx.root, file), ctx), siteShortcode: pageShortcode(ctx, data) })
  const own = ownFiles(file, ctx)
  const ownMapped = own.mapped(mapped)
  const shortcodes = shortcodeData(file, scan, ctx, diagnostics, own.file)
  const fromRefs = resolveSpeakerRefs(ownMapped.speakers, file, fields.lines.speakers ?? 1, ctx, diagnostics, fields.speakersAsText)
  result.speakers = [...shortcodes.speakers, ...fromRefs]
  result.mapping = { keys: fields.keys, speakerRefs: mapped.speakers.length, speakerFiles: fromRefs.filter((s) => s.fromFile).length }
  // A body left empty (the site keeps its abstract in front matter) shows the abstract instead.
  const fromAbstract = !scan.body.trim() && !!mapped.abstract
  const source = fromAbstract ? { file, written: mapped.abstract!, firstLine: fields.lines.abstract ?? 1 } : { file, written: fm.body, firstLine: fm.bodyLine }
  const body = withAbstract(renderBody(fromAbstract ? mapped.abstract! : scan.body, source, ctx, diagnostics), fromAbstract ? undefined : mapped.abstract, { file, firstLine: fields.lines.abstract ?? 1 }, ctx, diagnostics)
  // A player written into the body as raw HTML counts as a shortcode would (body-embeds.ts).
  const embeds = bodyEmbeds(scan.body)
  const fromBody = { video: shortcodes.video ?? embeds.video, slides: [...shortcodes.slides, ...embeds.slides] }
  const links = checkedLinks(file, ownMapped, fields, fromBody, ctx, diagnostics)
  const image = mapped.image === undefined ? own.cover() : own.image(mapped.image)
  const previewImage = checkImage(image, ctx, (m) => diagnostics.push(diag(file, fields.lines.image ?? 1, 1, 'missing-image', m)))
  const slug = entry ? talkSlug(file, mapped.slug || mapped.title) : slugOf(file, mapped.slug, fields.lines.slug ?? fields.lineOf('slug'), diagnostics)
  if (hasErrors(diagnostics) || !complete) return result

  result.talk = talkOf({ slug, mapped, links, buttons: buttonsOf(shortcodes.buttons, links), previewImage, summary: body.summary, extra: fields.extra })
  result.html = body.html
  result.text = body.text
  result.slugFromPath = !mapped.slug && !entry
  if (mapped.aliases.length) result.aliasLine = fields.lines.aliases
  return result
}
