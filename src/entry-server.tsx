// The server entry: the app rendered to HTML in Node, for the prerenderer's worker threads.
import { RouterProvider } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import type { RenderedRoute } from './prerender/render-contract.ts'
import { createAppRouter } from './router.tsx'

export async function render(url: string): Promise<RenderedRoute> {
  const router = createAppRouter({ initialPath: url, prerender: true })
  await router.load()
  const html = renderToString(<RouterProvider router={router} />)
  const { matches } = router.state
  const failed = matches.find((m) => m.status === 'error')
  if (failed) return { html, status: 500, error: failed.error instanceof Error ? failed.error.message : String(failed.error) }
  const notFound = matches.some((m) => m.status === 'notFound') || matches.length <= 1
  return { html, status: notFound ? 404 : 200 }
}
