// Renders the whole app (routes, shell, data) as a reader would meet it: on a memory history by
// default, or on jsdom's real address bar where a view reads window.location.
import { createBrowserHistory, RouterProvider } from '@tanstack/react-router'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createAppRouter } from '../../src/router.tsx'

export async function renderApp(initialPath: string, options: { browserHistory?: boolean } = {}) {
  let router: ReturnType<typeof createAppRouter>
  if (options.browserHistory) {
    window.history.replaceState(null, '', initialPath)
    router = createAppRouter({ history: createBrowserHistory() })
  } else router = createAppRouter({ initialPath })
  const user = userEvent.setup()
  const view = render(<RouterProvider router={router} />)
  // The first load resolves loaders (talk / speaker lookups) and commits the matches.
  await act(() => router.load())
  return { router, user, ...view }
}
