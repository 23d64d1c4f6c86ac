// The server entry: the app rendered to HTML in Node, for the prerenderer's worker threads.
import { RouterProvider } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import type { RenderedRoute } from './prerender/render-contract.ts'
import { createAppRouter, renderedHref } from './router.tsx'

export async function render(url: string): Promise<RenderedRoute> {
  const router = createAppRouter({ initialPath: url, prerender: true })
  await router.load()
  const { html, hints } = splitHints(renderToString(<RouterProvider router={router} />))
  const { matches, location } = router.state
  const href = renderedHref(location)
  const failed = matches.find((m) => m.status === 'error')
  if (failed) return { html, hints, href, status: 500, error: failed.error instanceof Error ? failed.error.message : String(failed.error) }
  const notFound = matches.some((m) => m.status === 'notFound') || matches.length <= 1
  return { html, hints, href, status: notFound ? 404 : 200 }
}

/**
 * React writes the preloads it finds (the images a page shows first) ahead of the markup. They
 * belong in <head>, where the browser starts them sooner, and must not stay in the root: React
 * would not find them there when it takes the markup over, and render the page afresh.
 */
export function splitHints(rendered: string): { html: string; hints: string } {
  const hints = /^(?:<link [^<>]*\/?>)*/.exec(rendered)![0]
  return { html: rendered.slice(hints.length), hints }
}
