// The cross-file stage: orders talks newest first, checks slugs are unique, merges speakers and
// maps aliases.
import type { Speaker, Talk, TalkIndex } from '../data/types.ts'
import { mapAliases } from './aliases.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import type { CompiledFile } from './talk.ts'
import { mergeSpeakers, slugOfSpeaker, type SpeakerAppearance } from './speakers.ts'

export interface Collection {
  index: TalkIndex
  /** Talk slug → sanitised body HTML. */
  bodies: Map<string, string>
  diagnostics: Diagnostic[]
}

function newestFirst(a: { talk?: { date: string; slug: string } }, b: { talk?: { date: string; slug: string } }): number {
  const x = a.talk!
  const y = b.talk!
  return x.date < y.date ? 1 : x.date > y.date ? -1 : x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0
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

export function collectTalks(files: CompiledFile[]): Collection {
  const diagnostics: Diagnostic[] = []
  const bySlug = new Map<string, CompiledFile>()
  const good: CompiledFile[] = []
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (!f.talk) continue
    const first = bySlug.get(f.talk.slug)
    if (first) {
      diagnostics.push(diag(f.file, 1, 1, 'duplicate-slug', `Two talks have the slug "${f.talk.slug}": this file and ${first.file}. Rename one file or set a different slug = "…".`))
      continue
    }
    bySlug.set(f.talk.slug, f)
    good.push(f)
  }
  good.sort(newestFirst)

  const appearances: SpeakerAppearance[] = []
  const talks: Talk[] = good.map((f) => {
    const speakers: string[] = []
    for (const s of f.speakers) {
      const slug = slugOfSpeaker(s)
      if (!speakers.includes(slug)) speakers.push(slug)
      appearances.push({ raw: s.raw, talkSlug: f.talk!.slug, talkDate: f.talk!.date, image: s.image, bio: s.bio, bioHtml: s.bioHtml, role: s.role, org: s.org, exactName: s.exactName })
    }
    return { ...f.talk!, speakers }
  })
  const speakers: Speaker[] = mergeSpeakers(appearances)

  diagnostics.push(...unknownKeys(files))
  const aliases = mapAliases(good, diagnostics)
  const bodies = new Map(good.map((f) => [f.talk!.slug, f.html ?? '']))
  return { index: { talks, speakers, aliases }, bodies, diagnostics }
}
