import { RouterProvider } from '@tanstack/react-router'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { TALK_PATCH_EVENT } from './data/wire.ts'
import './data/dev-updates.ts'
import { registerServiceWorker } from './components/offline/register.ts'
import { runSearchIn } from './data/search-client.ts'
import { takeEarlyTyping } from './components/search/early-typing.ts'
import { createAppRouter } from './router.tsx'
import { spawnSearchWorker } from './search-worker/spawn.ts'

const router = createAppRouter()
// Dev: a talk edited in place (src/data/dev-updates.ts) → the open page's loaders read it again.
if (import.meta.hot) import.meta.hot.on(TALK_PATCH_EVENT, () => void router.invalidate())
registerServiceWorker()
// Matching and ranking run in a worker, off this thread; without one the page runs them itself.
if (typeof Worker === 'function') runSearchIn(spawnSearchWorker)

// Load the route's data first, so the first client render paints the same page the prerendered
// HTML shows (no flash of an empty or loading view) before React takes over the DOM. The render is a
// transition: React works in slices, so taking over the page holds no input back for long (the
// prerendered page stays on screen until it is done).
router.load().finally(async () => {
  // Keys typed into the prerendered search box while the app loaded: the app starts on that query.
  const early = takeEarlyTyping(router.state.location.search.q as string | undefined)
  if (early !== undefined) await router.navigate({ to: '/', search: (prev) => ({ ...prev, q: early }), replace: true })
  const root = createRoot(document.getElementById('root')!)
  startTransition(() =>
    root.render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    ),
  )
})
