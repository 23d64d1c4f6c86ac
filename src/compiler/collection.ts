// Cross-file stage: orders talks, checks slugs are unique, merges speakers and maps aliases.
import type { Diagnostic, Speaker, Talk, TalkIndex } from '../data/types.ts'
import { diag } from './diagnostics.ts'
import type { CompiledFile } from './talk.ts'
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

/**
 * Old paths → talk slugs. The newest talk keeps an alias two talks claim; an alias that is another
 * talk's page ("/talks/its-slug") can never redirect, as the page is served first, and one that is
 * another talk's bare slug sends its readers elsewhere: both are warned about, as neither fails.
 */
function mapAliases(good: CompiledFile[], diagnostics: Diagnostic[]): Record<string, string> {
  const aliases: Record<string, string> = Object.create(null) as Record<string, string>
  const owner = new Map<string, CompiledFile>()
  const bySlug = new Map(good.map((f) => [f.talk!.slug, f]))
  for (const f of good) {
    const t = f.talk!
    const warn = (code: string, message: string) => diagnostics.push(diag(f.file, f.aliasLine ?? 1, 1, 'warning', code, message))
    for (const a of t.aliases) {
      const key = normaliseAlias(a)
      if (!key) continue
      const other = bySlug.get(key.replace(/^talks\//, ''))
      if (other && other !== f) {
        const page = key.startsWith('talks/')
        warn('alias-collision', `The alias "${a}" is ${page ? 'the page' : 'the slug'} of another talk (${other.file})${page ? ': that page is shown, so the alias never redirects' : ''}. Remove it, or give it a path of its own.`)
        if (page) continue
      }
      const first = owner.get(key)
      if (first && first !== f) {
        warn('duplicate-alias', `The alias "${a}" is also an alias of ${first.file}, which keeps it (the newer talk): remove it from one of the two files.`)
        continue
      }
      owner.set(key, f)
      aliases[key] = t.slug
    }
  }
  return aliases
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

  const aliases = mapAliases(good, diagnostics)
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
