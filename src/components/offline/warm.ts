import { loadTalkPage } from '../../data/talk-pages.ts'

const PAGES = `talkshelf:${import.meta.env.BASE_URL}:pages-`

/**
 * The talk pages the worker keeps need their details module too, which a new build renames. After
 * an update the worker fetches the kept pages again; here, online, the app loads their details
 * through it, so each kept page opens offline with this build's data.
 */
export async function warmKeptTalks(limit = 100): Promise<void> {
  if (!navigator.onLine || typeof caches === 'undefined') return
  const names = (await caches.keys()).filter((n) => n.startsWith(PAGES))
  const slugs = new Set<string>()
  for (const name of names) {
    for (const request of await (await caches.open(name)).keys()) {
      const path = decodeURIComponent(new URL(request.url).pathname.slice(import.meta.env.BASE_URL.length))
      const m = /^talks\/([^/]+)\/?$/.exec(path)
      if (m) slugs.add(m[1]!)
    }
  }
  await Promise.all([...slugs].slice(0, limit).map((slug) => loadTalkPage(slug).catch(() => undefined)))
}
