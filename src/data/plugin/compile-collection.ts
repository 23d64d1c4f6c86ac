// Cross-file stage: orders talks, checks slugs are unique, merges speakers and maps aliases.
import type { Diagnostic, Speaker, Talk, TalkIndex } from '../types.ts'
import { diag } from './diagnostics.ts'
import type { CompiledFile } from './compile-file.ts'
import { mergeSpeakers, speakerSlug, type SpeakerAppearance } from './speakers.ts'

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

/** "/webinars/old-name/" → "webinars/old-name": how aliases are keyed and looked up. */
export function normaliseAlias(path: string): string {
  return path.trim().replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/^\/+|\/+$/g, '').toLowerCase()
}

export function compileCollection(files: CompiledFile[]): Collection {
  const diagnostics: Diagnostic[] = []
  const bySlug = new Map<string, CompiledFile>()
  const good: CompiledFile[] = []
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (!f.talk) continue
    const first = bySlug.get(f.talk.slug)
    if (first) {
      diagnostics.push(diag(f.file, 1, 1, 'error', 'duplicate-slug', `Two talks have the slug "${f.talk.slug}": this file and ${first.file}. Rename one file or set a different slug = "…".`))
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
      const slug = speakerSlug(s.raw.written)
      if (!speakers.includes(slug)) speakers.push(slug)
      appearances.push({ raw: s.raw, talkSlug: f.talk!.slug, talkDate: f.talk!.date, image: s.image, bio: s.bio, bioHtml: s.bioHtml })
    }
    return { ...f.talk!, speakers }
  })
  const speakers: Speaker[] = mergeSpeakers(appearances)

  const aliases: Record<string, string> = Object.create(null) as Record<string, string>
  for (const t of talks) {
    for (const a of t.aliases) {
      const key = normaliseAlias(a)
      if (key && !(key in aliases)) aliases[key] = t.slug
    }
  }
  const bodies = new Map(good.map((f) => [f.talk!.slug, f.html ?? '']))
  return { index: { talks, speakers, aliases }, bodies, diagnostics }
}

/** The public JSON export (dist/talks.json): documented field names that do not change. */
export function publicExport(index: TalkIndex): unknown {
  return {
    talks: index.talks.map((t) => ({
      slug: t.slug,
      title: t.title,
      date: t.date,
      year: t.year,
      timeSlot: t.timeSlot?.text ?? null,
      speakers: t.speakers,
      links: t.links,
      buttons: t.buttons,
      previewImage: t.previewImage ?? null,
      summary: t.summary,
      tags: t.tags,
      event: t.event ?? null,
    })),
    speakers: index.speakers.map((s) => ({
      slug: s.slug,
      name: s.name,
      role: s.role ?? null,
      org: s.org ?? null,
      image: s.image ?? null,
      bio: s.bio ?? null,
      links: s.links,
      talks: s.talks,
    })),
  }
}
