// Renders one route to HTML at build time (the prerenderer imports this bundle in Node).
import { RouterProvider } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import { createAppRouter } from './router.tsx'

export async function render(url: string): Promise<{ html: string; status: number }> {
  const router = createAppRouter({ initialPath: url, prerender: true })
  await router.load()
  const html = renderToString(<RouterProvider router={router} />)
  const notFound = router.state.matches.some((m) => m.status === 'notFound') || router.state.matches.length <= 1
  return { html, status: notFound ? 404 : 200 }
}
