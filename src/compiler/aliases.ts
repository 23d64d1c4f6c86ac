// Hugo `aliases`: old paths of a talk, mapped to its slug so they can redirect.
import { diag, type Diagnostic } from './diagnostics.ts'
import type { CompiledFile } from './talk.ts'

/** "/webinars/old-name/" → "webinars/old-name": how aliases are keyed and looked up. */
export function normaliseAlias(path: string): string {
  return path.trim().replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/^\/+|\/+$/g, '').toLowerCase()
}

/**
 * Old paths → talk slugs. The newest talk keeps an alias two talks claim; an alias that is another
 * talk's page ("/talks/its-slug") can never redirect, as the page is served first, and one that is
 * another talk's bare slug sends its readers elsewhere: both are warned about, as neither fails.
 */
export function mapAliases(good: CompiledFile[], diagnostics: Diagnostic[]): Record<string, string> {
  const aliases: Record<string, string> = Object.create(null) as Record<string, string>
  const owner = new Map<string, CompiledFile>()
  const bySlug = new Map(good.map((f) => [f.talk!.slug, f]))
  for (const f of good) {
    const t = f.talk!
    const warn = (code: 'alias-collision' | 'duplicate-alias', message: string) => diagnostics.push(diag(f.file, f.aliasLine ?? 1, 1, code, message))
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
