import { RouterProvider } from '@tanstack/react-router'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { TALK_PATCH_EVENT } from './data/wire.ts'
import './data/dev-updates.ts'
import { registerServiceWorker } from './components/offline/register.ts'
import { runSearchIn } from './data/search-client.ts'
import { takeEarlyTyping } from './components/search/early-typing.ts'
import { createAppRouter, renderedHref } from './router.tsx'
import { spawnSearchWorker } from './search-worker/spawn.ts'

const router = createAppRouter()
// Dev: a talk edited in place (src/data/dev-updates.ts) → the open page's loaders read it again.
if (import.meta.hot) import.meta.hot.on(TALK_PATCH_EVENT, () => void router.invalidate())
registerServiceWorker()
// Matching and ranking run in a worker, off this thread; without one the page runs them itself.
if (typeof Worker === 'function') runSearchIn(spawnSearchWorker)

// Load the route's data first, so the first client render is the page the prerendered HTML shows.
// Where the HTML was rendered at this very location, React takes that markup over in place
// (hydration: no second DOM, no second layout of the whole page, which took 40–80 ms at 10,000
// talks); anywhere else (a filtered address served the home page's HTML, a 404, keys typed before
// the app took over) it renders afresh. Either is a transition: React works in slices, so taking
// over the page holds no input back for long.
router.load().finally(async () => {
  // Keys typed into the prerendered search box while the app loaded: the app starts on that query.
  const early = takeEarlyTyping(router.state.location.search.q as string | undefined)
  if (early !== undefined) await router.navigate({ to: '/', search: (prev) => ({ ...prev, q: early }), replace: true })
  const container = document.getElementById('root')!
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  )
  if (container.dataset.href === renderedHref(router.state.location)) {
    // What TanStack's own hydrate() sets (it reads a dehydrated state from an inline script, which the
    // CSP forbids; the loaders have run already): the router then renders the tree the server did,
    // without the Suspense boundaries a client-only router wraps the root in.
    router.ssr = { manifest: undefined }
    startTransition(() => void hydrateRoot(container, app))
  } else startTransition(() => createRoot(container).render(app))
})
