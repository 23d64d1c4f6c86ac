// A site's speaker files (content/people/*.md, content/speakers/<slug>/_index.md, …), read once per
// compile, and the join of a talk's speaker references to them: by path (relative to the content
// folder, the talk file or the site root), by file name, by a key field, or by name. Only the mapped
// fields are read: a speaker file's other fields (an e-mail address, say) never reach any output.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { renderSnippet } from './body.ts'
import type { ResolvedConfig } from './config/resolve.ts'
import type { SpeakerField } from './config/schema.ts'
import type { CompileContext } from './context.ts'
import { decodeTalkFile } from './decode.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import { FrontMatterReader, isTable, valueOfKey } from './front-matter-reader.ts'
import { contentRootOf, pageRelativeImage, speakerBundlePhoto } from './site-path-files.ts'
import { speakerDataEntries, type SpeakerEntry } from './speaker-data.ts'
import { splitFrontMatter } from './front-matter.ts'
import { slugify } from './slug.ts'
import { checkImage } from './urls.ts'

export interface SpeakerFile {
  /** Display path. */
  file: string
  name: string
  role?: string
  org?: string
  /** A photo that exists (checked once, here). */
  image?: string
  bio?: string
  bioHtml?: string
  /** Handles or URLs as written; made into links when speakers merge. */
  social: { github?: string; twitter?: string; linkedin?: string; website?: string }
  /** The key field's value, lower-cased, for references by key. */
  key?: string
}

export type SpeakerLookup = { found: SpeakerFile } | { outside: string } | { missing: true }

export interface SpeakerDirectory {
  /** Problems in the speaker files themselves, reported once. */
  diagnostics: Diagnostic[]
  /** All speaker files read. */
  files: string[]
  find(ref: string, talkFile: string): SpeakerLookup
}

export const NO_SPEAKERS: SpeakerDirectory = { diagnostics: [], files: [], find: () => ({ missing: true }) }

/** Markdown files under a speaker folder, but for the folder's own section page (its list page). */
function listMarkdown(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(md|markdown)$/i.test(entry.name) && !(dir === root && /^_index\./i.test(entry.name))) out.push(full)
    }
  }
  if (existsSync(root)) walk(root)
  return out.sort()
}

/** "content/speakers/ada-lovelace/_index.md" → "ada-lovelace"; "people/Shelley-Stall.md" → "shelley-stall". */
function fileSlug(path: string): string {
  const stem = basename(path).replace(/\.(md|markdown)$/i, '')
  return slugify(/^_?index(\.[a-z-]+)?$/i.test(stem) ? basename(dirname(path)) : stem)
}

function textOf(fm: FrontMatterReader, keys: string[]): string | undefined {
  const found = fm.first(keys)
  if (!found) return undefined
  const first = Array.isArray(found.value) ? found.value[0] : found.value
  // A table stands for its name (Wowchemy's `organizations: [{ name: "…", url: "…" }]`).
  const v = isTable(first) ? (valueOfKey(first, 'name') ?? valueOfKey(first, 'title')) : first
  return typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined
}

function bundlePhotoOf(path: string, folders: readonly string[]): string | undefined {
  const folder = folders.find((dir) => resolve(path).startsWith(resolve(dir) + sep))
  return folder ? speakerBundlePhoto(path, folder) : undefined
}

/** Where a speaker's fields come from: a page's front matter and body, or a data file's entry. */
interface SpeakerSource {
  display: string
  reader: FrontMatterReader
  body: string
  bodyLine: number
  /** The photo: the named one as the source places it, or the one it has without a name. */
  photo(named: string | undefined): string | undefined
}

function speakerOf(src: SpeakerSource, config: ResolvedConfig, ctx: CompileContext, diagnostics: Diagnostic[]): SpeakerFile | undefined {
  const { reader, display } = src
  if (reader.data.draft === true) return undefined
  const f = config.speakers.fields
  const get = (field: SpeakerField) => textOf(reader, f[field])
  const name = get('name')?.replace(/\s+/g, ' ')
  if (!name) return undefined
  const photoLine = reader.first(f.photo)?.line ?? 1
  const image = checkImage(src.photo(get('photo')), ctx, (m) => diagnostics.push(diag(display, photoLine, 1, 'missing-image', m)))
  const bioSource = get('bio') ?? (src.body.trim() || undefined)
  const bio = bioSource ? renderSnippet(bioSource, ctx, (code, m) => diagnostics.push(diag(display, src.bodyLine, 1, code, m))) : undefined
  return {
    file: display,
    name,
    role: get('role'),
    org: get('org'),
    image,
    bio: bio?.text || undefined,
    bioHtml: bio?.html || undefined,
    social: withListedSocial({ github: get('github'), twitter: get('twitter'), linkedin: get('linkedin'), website: get('website') }, reader),
    key: get('key')?.toLowerCase(),
  }
}

type Social = SpeakerFile['social']
const SOCIAL_KINDS: [RegExp, keyof Social][] = [[/twitter|^x$|x-twitter/, 'twitter'], [/github/, 'github'], [/linkedin/, 'linkedin'], [/globe|website|home|^link$|^web$|blog/, 'website']]

/**
 * Social links given as a list (Wowchemy's `social: [{ icon: twitter, link }]`, a conference theme's
 * `socials: [{ icon, link, name }]`), for the kinds no key of their own gave.
 */
function withListedSocial(social: Social, reader: FrontMatterReader): Social {
  const list = reader.first(['social', 'socials'])?.value
  if (!Array.isArray(list)) return social
  const out = { ...social }
  for (const item of list.filter(isTable)) {
    const link = ['link', 'url', 'href'].map((k) => valueOfKey(item, k)).find((v): v is string => typeof v === 'string' && !!v.trim())
    const names = ['icon', 'type', 'platform', 'name'].map((k) => valueOfKey(item, k)).filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase())
    const kind = SOCIAL_KINDS.find(([re]) => names.some((n) => re.test(n)))?.[1]
    if (link && kind && !out[kind]) out[kind] = link.trim()
  }
  return out
}

function readSpeakerFile(path: string, display: string, config: ResolvedConfig, ctx: CompileContext, diagnostics: Diagnostic[]): SpeakerFile | undefined {
  const text = decodeTalkFile(display, readFileSync(path), diagnostics)
  const fm = text === undefined ? undefined : splitFrontMatter(display, text, diagnostics)
  if (!fm) return undefined
  const reader = new FrontMatterReader(display, fm.data, fm.keyLines, diagnostics)
  // With no photo named, a folder's speaker file has the one beside it (Wowchemy's avatar.jpg).
  const photo = (named: string | undefined) => (named ? (pageRelativeImage(path, contentRootOf(config), named, ctx.fileExists) ?? named) : bundlePhotoOf(path, config.speakers.folders))
  return speakerOf({ display, reader, body: fm.body, bodyLine: fm.bodyLine, photo }, config, ctx, diagnostics)
}

/** A data file's speaker entry; its problems are reported at the file's first line. */
function readSpeakerEntry(e: SpeakerEntry, config: ResolvedConfig, ctx: CompileContext, diagnostics: Diagnostic[]): SpeakerFile | undefined {
  const reader = new FrontMatterReader(e.display, e.data, new Map(Object.keys(e.data).map((k) => [k, 1])), diagnostics)
  return speakerOf({ display: e.display, reader, body: '', bodyLine: 1, photo: (named) => named }, config, ctx, diagnostics)
}

function add(map: Map<string, SpeakerFile>, key: string | undefined, s: SpeakerFile) {
  if (key && !map.has(key)) map.set(key, s)
}

/** How many leading folders two paths share. */
function sharedDepth(a: string, b: string): number {
  const [x, y] = [a.split(sep), b.split(sep)]
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  return i
}

/**
 * Of the speaker files with one file name, the one nearest the talk: an event site keeps a
 * "jane-doe" in each event's speakers folder, and a talk means its own event's.
 */
function nearest(files: readonly { path: string; speaker: SpeakerFile }[] | undefined, talkFile: string): SpeakerFile | undefined {
  if (!files?.length) return undefined
  let best = files[0]!
  for (const f of files) if (sharedDepth(f.path, talkFile) > sharedDepth(best.path, talkFile)) best = f
  return best.speaker
}

/** Reads every speaker file of the config's folders. `display` gives a path as diagnostics show it. */
export function readSpeakerDirectory(config: ResolvedConfig, ctx: Omit<CompileContext, 'speakers'>, display: (path: string) => string): SpeakerDirectory {
  const diagnostics: Diagnostic[] = []
  const byPath = new Map<string, SpeakerFile>()
  const bySlug = new Map<string, { path: string; speaker: SpeakerFile }[]>()
  const byKey = new Map<string, SpeakerFile>()
  const byName = new Map<string, SpeakerFile>()
  const files = config.speakers.folders.flatMap(listMarkdown)
  const full = { ...ctx, speakers: NO_SPEAKERS }
  const register = (path: string, slug: string, s: SpeakerFile) => {
    const named = bySlug.get(slug)
    if (named) named.push({ path, speaker: s })
    else bySlug.set(slug, [{ path, speaker: s }])
    add(byName, slugify(s.name), s)
    add(byKey, s.key, s)
  }
  for (const path of files) {
    const s = readSpeakerFile(path, display(path), config, full, diagnostics)
    if (!s) continue
    add(byPath, path.toLowerCase(), s)
    register(path, fileSlug(path), s)
  }
  // Pages first: a speaker with a page and a data entry is the page's.
  for (const e of speakerDataEntries(config.dataDir, display, config.speakers.fields.name, diagnostics)) {
    const s = readSpeakerEntry(e, config, full, diagnostics)
    if (!s) continue
    register(e.path, slugify(e.id ?? s.key ?? s.name), s)
    add(byKey, e.id?.toLowerCase(), s)
  }
  const site = config.siteRoot ?? dirname(config.contentDir)
  const contentRoot = contentRootOf(config)

  const byRefPath = (ref: string, talkFile: string): SpeakerLookup | undefined => {
    if (!ref.includes('/') && !/\.(md|markdown)$/i.test(ref)) return undefined
    const bases = [contentRoot, dirname(talkFile), site]
    for (const base of bases) {
      const target = resolve(base, ref)
      if (target !== site && !target.startsWith(site + sep)) return { outside: relative(site, target) }
      for (const candidate of [target, `${target}.md`, join(target, 'index.md'), join(target, '_index.md')]) {
        const hit = byPath.get(candidate.toLowerCase())
        if (hit) return { found: hit }
      }
    }
    return undefined
  }

  const found = (s: SpeakerFile | undefined): SpeakerLookup | undefined => (s ? { found: s } : undefined)
  const find = (ref: string, talkFile: string): SpeakerLookup => {
    for (const how of config.speakers.matchBy) {
      const result =
        how === 'path' ? byRefPath(ref, talkFile)
        : how === 'file' ? found(nearest(bySlug.get(fileSlug(ref)), talkFile))
        : how === 'key' ? found(byKey.get(ref.toLowerCase()))
        : found(byName.get(slugify(ref)))
      if (result) return result
    }
    return { missing: true }
  }
  return { diagnostics, files, find }
}

/** A name for a reference without a file: "people/amber-budden.md" → "Amber Budden"; a name stays as written. */
export function nameOfReference(ref: string): string {
  if (!ref.includes('/') && !/\.(md|markdown)$/i.test(ref)) return ref.replace(/\s+/g, ' ').trim()
  const slug = basename(ref.replace(/\/(_?index)?(\.(md|markdown))?$/i, '')).replace(/\.(md|markdown)$/i, '')
  return slug
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ')
}
