// The server entry the prerenderer builds and runs in Node (and in its worker threads).
import { RouterProvider } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import { renderPagesTo } from './prerender/render-pages.ts'
import type { PageMeta } from './prerender/pages.ts'
import { createAppRouter } from './router.tsx'
import type { SiteSettings } from './data/site-settings.ts'

/** Renders one route to HTML, after its loaders have run. */
export async function render(url: string): Promise<{ html: string; status: number }> {
  const router = createAppRouter({ initialPath: url, prerender: true })
  await router.load()
  const html = renderToString(<RouterProvider router={router} />)
  const notFound = router.state.matches.some((m) => m.status === 'notFound') || router.state.matches.length <= 1
  return { html, status: notFound ? 404 : 200 }
}

/** Renders pages into files under outDir. */
export function renderPages(pages: PageMeta[], template: string, site: SiteSettings, outDir: string): Promise<void> {
  return renderPagesTo(render, pages, template, site, outDir)
}

export { writeCalendars } from './prerender/write-calendars.ts'
