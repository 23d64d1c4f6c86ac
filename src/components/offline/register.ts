// Registers the service worker (dist/sw.js, written by the build) in production, under the site's
// base path; then keeps the talks the reader opened readable offline (warm.ts).
import { warmKeptTalks } from './warm.ts'

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const start = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then(() => navigator.serviceWorker.ready)
      .then(() => warmKeptTalks())
      .catch(() => {
        // No worker (private mode, an old browser, a host that blocks it): the site works online.
      })
  }
  // After the page has loaded: the worker's precaching must not compete with the first paint.
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
