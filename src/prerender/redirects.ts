// Redirect pages for Hugo `aliases`: old paths keep working on any static host, with or without JavaScript.
import { normaliseAlias } from '../compiler/aliases.ts'
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import type { TalkIndex } from '../data/types.ts'
import { escapeHtml } from './html.ts'

/** Old Hugo paths → the talk URL they now redirect to. */
export function aliasRedirects(index: TalkIndex, site: SiteSettings): { from: string; to: string }[] {
  return Object.entries(index.aliases)
    .filter(([from]) => from && !from.split('/').some((seg) => seg === '..' || seg === '.'))
    .map(([from, slug]) => ({ from: normaliseAlias(from), to: absoluteUrl(site, `/talks/${slug}`) }))
}

/** A static redirect page for an old path. */
export function redirectPage(to: string): string {
  const href = escapeHtml(to)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Moved</title><link rel="canonical" href="${href}" /><meta http-equiv="refresh" content="0; url=${href}" /></head><body><p>This talk has moved to <a href="${href}">${href}</a>.</p></body></html>\n`
}
