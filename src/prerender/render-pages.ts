// Renders pages to files, checking that each route rendered what it should: a page whose route
// renders "Not found" or throws fails the build, naming the route, instead of shipping as if fine.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SiteSettings } from '../data/site-settings.ts'
import { fillTemplate, renderHead } from './head.ts'
import type { PageMeta } from './pages.ts'
import { inlineFirstCover } from './inline-cover.ts'
import { builtPath, withPageStyles, type PageStyles } from './page-styles.ts'
import type { ServerEntry } from './render-contract.ts'

/** "/" → index.html, "/talks/x" → talks/x/index.html, "/404" → 404.html. */
export function fileOfPage(path: string): string {
  if (path === '/') return 'index.html'
  if (path === '/404') return '404.html'
  return `${path.slice(1)}/index.html`
}

export async function renderPagesTo(entry: ServerEntry, pages: PageMeta[], template: string, styles: PageStyles, site: SiteSettings, outDir: string): Promise<void> {
  for (const page of pages) {
    // Percent-encoded, as a browser sends it: on the server the router matches no route for a raw
    // non-ASCII path ("/speakers/ελένη"), and such pages were once written out as "Not found".
    const { html, hints, href, status, error } = await entry.render(encodeURI(`${site.base}${page.path.replace(/^\//, '')}`))
    if (status !== page.status) {
      throw new Error(`Prerendering ${page.path} gave status ${status}, not ${page.status}${error ? `: ${error}` : ''}.`)
    }
    const file = join(outDir, fileOfPage(page.path))
    mkdirSync(dirname(file), { recursive: true })
    const filled = fillTemplate(template, renderHead(page, site), html, href, hints)
    // The list page's first cover paints with the page (inline-cover.ts); the policy allows that one data: image.
    const cover = page.path === '/' ? inlineFirstCover(filled, (h) => builtBytes(outDir, site.base, h)) : { html: filled, inlined: false }
    writeFileSync(file, withPageStyles(cover.html, styles, cover.inlined ? ['data:'] : []))
  }
}

/** A built file's bytes from its address on the site (the images plugin has written them by now). */
function builtBytes(outDir: string, base: string, href: string): Uint8Array | undefined {
  const file = builtPath(outDir, base, href)
  return file && existsSync(file) ? readFileSync(file) : undefined
}
