// Renders pages to files. Bundled into the server entry, so the prerenderer's worker threads can
// run it on their share of the pages without loading any TypeScript themselves.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SiteSettings } from '../data/site-settings.ts'
import { fillTemplate, renderHead } from './head.ts'
import type { PageMeta } from './pages.ts'

export type Render = (url: string) => Promise<{ html: string; status: number }>

/** "/" → index.html, "/talks/x" → talks/x/index.html, "/404" → 404.html. */
export function fileOfPage(path: string): string {
  if (path === '/') return 'index.html'
  if (path === '/404') return '404.html'
  return `${path.slice(1)}/index.html`
}

export async function renderPagesTo(render: Render, pages: PageMeta[], template: string, site: SiteSettings, outDir: string): Promise<void> {
  for (const page of pages) {
    const { html } = await render(`${site.base}${page.path.replace(/^\//, '')}`)
    const file = join(outDir, fileOfPage(page.path))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, fillTemplate(template, renderHead(page, site), html))
  }
}
