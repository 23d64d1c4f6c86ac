// The browser's entry: the stylesheet (so the built HTML links it; prerendered pages defer it, see
// full-stylesheet.ts), then the app, fetched and run only once the prerendered page has been painted. Before, the app's scripts (~100 KB gzip)
// downloaded beside the stylesheet and ran before the first frame: on a slow link the page waited for
// bytes it did not need to show itself, on a fast one for the app to render what was already there.
// The page reads and its links work meanwhile; the app takes over a frame later.
import './styles.css'
import { applyFullStylesheet } from './full-stylesheet.ts'

/** A new task, so the browser may paint or handle input between two pieces of start-up work. */
const nextTask = () => new Promise((ok) => setTimeout(ok))

// React first, then the router, then the app, each in a task of its own: each compiles and runs in
// under a frame or so on a slow machine, where all of it at once was one long task (a module's
// imports run in the task that loads it, unless they have run already).
// The whole stylesheet applies before the app renders anything the page's inline rules may not cover.
const start = () =>
  void Promise.all([import('react-dom/client'), applyFullStylesheet()])
    .then(nextTask)
    .then(() => import('./router-runtime.ts'))
    .then(nextTask)
    .then(() => import('./main.tsx'))
// The frame with the page, then a task after it (a hidden tab paints nothing: start at once).
if (document.visibilityState === 'hidden') start()
else requestAnimationFrame(() => setTimeout(start))
