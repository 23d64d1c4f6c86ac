// The cross-file stage: orders talks newest first, checks slugs are unique, merges speakers and
// maps aliases.
import type { Speaker, Talk, TalkIndex } from '../data/types.ts'
import { mapAliases } from './aliases.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import type { CompiledFile } from './talk.ts'
import { slugFromPath, slugify } from './slug.ts'
import { mergeSpeakers, slugOfSpeaker, type SpeakerAppearance } from './speakers.ts'

export interface Collection {
  index: TalkIndex
  /** Talk slug → sanitised body HTML. */
  bodies: Map<string, string>
  /** Talk slug → plain text of the body, for the full-text search. */
  texts: Map<string, string>
  diagnostics: Diagnostic[]
}

/** The timeline's order: newest first, then by slug. */
export function talkOrder(x: { date: string; slug: string }, y: { date: string; slug: string }): number {
  return x.date < y.date ? 1 : x.date > y.date ? -1 : x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0
}

const newestFirst = (a: { talk?: { date: string; slug: string } }, b: { talk?: { date: string; slug: string } }) => talkOrder(a.talk!, b.talk!)

/** One speaker of a talk, as the speakers are merged across talks. */
export function appearanceOf(s: CompiledFile['speakers'][number], talk: { slug: string; date: string }): SpeakerAppearance {
  return { raw: s.raw, talkSlug: talk.slug, talkDate: talk.date, image: s.image, bio: s.bio, bioHtml: s.bioHtml, role: s.role, org: s.org, exactName: s.exactName }
}

/**
 * One warning per unknown front-matter key for the whole collection, at its first use, with how many
 * files have it: a site whose every file carries `disqus_shortname` gets one line, not hundreds.
 */
function unknownKeys(files: CompiledFile[]): Diagnostic[] {
  const keys = new Map<string, { written: string; file: string; line: number; count: number }>()
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    for (const { key, line } of f.unknownKeys) {
      const k = keys.get(key.toLowerCase())
      if (k) k.count++
      else keys.set(key.toLowerCase(), { written: key, file: f.file, line, count: 1 })
    }
  }
  return [...keys.values()].map(({ written, file, line, count }) =>
    diag(file, line, 1, 'unknown-key', `Unknown front-matter key "${written}"${count > 1 ? ` (in ${count} files; this is the first)` : ''}: it is kept in the data but not shown. Map it in the config's fields, or list it in ignore.`),
  )
}

/**
 * Files of one name in several folders (the same speaker's "keynote.md" at two events) are distinct
 * pages in Hugo, whose URLs keep the folder: here each takes its folder's name before its own
 * ("2023-keynote"), when every one of them got its slug from its file name.
 */
function distinctFileSlugs(files: CompiledFile[]): CompiledFile[] {
  const groups = new Map<string, CompiledFile[]>()
  for (const f of files) if (f.talk) groups.set(f.talk.slug, [...(groups.get(f.talk.slug) ?? []), f])
  const renamed = new Map<CompiledFile, CompiledFile>()
  for (const group of groups.values()) {
    const folders = new Set(group.map((f) => f.file.split('/').slice(0, -1).join('/')))
    if (group.length < 2 || folders.size < group.length || !group.every((f) => f.slugFromPath)) continue
    for (const f of group) {
      const parts = f.file.split('/')
      const folder = parts[parts.length - (/^_?index\./i.test(parts[parts.length - 1]!) ? 3 : 2)] ?? ''
      renamed.set(f, { ...f, talk: { ...f.talk!, slug: slugify(`${folder}-${f.talk!.slug}`) || f.talk!.slug } })
    }
  }
  return files.map((f) => renamed.get(f) ?? f)
}

/** A slug no talk has: the file name's, when the front matter named the one taken, else that one numbered ("x-2"). */
function freeSlug(f: CompiledFile, taken: ReadonlyMap<string, unknown>): string {
  const own = slugFromPath(f.file)
  if (own && !taken.has(own)) return own
  let n = 2
  while (taken.has(`${f.talk!.slug}-${n}`)) n++
  return `${f.talk!.slug}-${n}`
}

export function collectTalks(files: CompiledFile[]): Collection {
  const diagnostics: Diagnostic[] = []
  const bySlug = new Map<string, CompiledFile>()
  const good: CompiledFile[] = []
  for (let f of distinctFileSlugs([...files].sort((a, b) => (a.file < b.file ? -1 : 1)))) {
    if (!f.talk) continue
    const first = bySlug.get(f.talk.slug)
    if (first) {
      // Hugo would publish one of the two at that address; both stay, the later one (by path) at an address of its own.
      const slug = freeSlug(f, bySlug)
      diagnostics.push(diag(f.file, 1, 1, 'duplicate-slug', `Two talks have the slug "${f.talk.slug}": this file and ${first.file}. This one is published as "${slug}"; rename one file or set a different slug = "…".`))
      f = { ...f, talk: { ...f.talk, slug } }
    }
    bySlug.set(f.talk!.slug, f)
    good.push(f)
  }
  good.sort(newestFirst)

  const appearances: SpeakerAppearance[] = []
  const talks: Talk[] = good.map((f) => {
    const speakers: string[] = []
    for (const s of f.speakers) {
      const slug = slugOfSpeaker(s)
      if (!speakers.includes(slug)) speakers.push(slug)
      appearances.push(appearanceOf(s, f.talk!))
    }
    return { ...f.talk!, speakers }
  })
  const speakers: Speaker[] = mergeSpeakers(appearances)

  diagnostics.push(...unknownKeys(files))
  const aliases = mapAliases(good, diagnostics)
  const bodies = new Map(good.map((f) => [f.talk!.slug, f.html ?? '']))
  const texts = new Map(good.map((f) => [f.talk!.slug, f.text ?? '']))
  return { index: { talks, speakers, aliases }, bodies, texts, diagnostics }
}
