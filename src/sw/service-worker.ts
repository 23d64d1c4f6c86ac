// The service worker (its own runtime: no DOM, no Node). Built into dist/sw.js after the pages are
// prerendered (src/prerender/service-worker.ts), with the precache manifest in front of this file.
//
// - Precache, one cache per build: the app's code and styles, the talk list, the summaries (search
//   works offline), speaker profiles, theme.js and an app shell. Installed whole or not at all.
// - Pages the reader opens: network first (so an online reader always gets the current build),
//   kept per build; offline, the kept page, else the shell, which renders any route from the data.
// - Talk details (loaded per page) and other hashed assets: cache first, once fetched.
// - Images: resized copies (hashed) cache first; others the cached copy at once, refreshed behind it.
// A new build's worker waits until no tab runs the old one (no skipWaiting): a page never mixes two
// builds. On activation it fetches the pages the reader kept again, for this build, with the data
// file each preloads, and drops the old build's caches.

// A classic script (no import/export), so `self` is the lib's WorkerGlobalScope: seen as what it is here.
const sw = self as unknown as ServiceWorkerGlobalScope
declare const __SW__: { version: string; base: string; shell: string; precache: [path: string, revision: string][] }

const { version, base, shell, precache } = __SW__
const PREFIX = `talkshelf:${base}:`
const PRECACHE = `${PREFIX}precache-${version}`
const PAGES = `${PREFIX}pages-${version}`
const DATA = `${PREFIX}data`
const IMAGES = `${PREFIX}images`
const NETWORK_TIMEOUT = 4_000
const MAX_DATA = 200
const MAX_IMAGES = 300
const MAX_PAGES = 300

const revisionOf = new Map(precache)
/** The precache keys carry the revision, so an unchanged file is copied from the last build's cache. */
const keyOf = (path: string) => `${path}?__rev=${revisionOf.get(path)}`

sw.addEventListener('install', (event) => event.waitUntil(install()))
sw.addEventListener('activate', (event) => event.waitUntil(activate()))
sw.addEventListener('fetch', (event) => route(event))

async function install(): Promise<void> {
  const cache = await caches.open(PRECACHE)
  await Promise.all(
    precache.map(async ([path]) => {
      const key = keyOf(path)
      const kept = await caches.match(key)
      // cache: 'reload' skips the HTTP cache: an unhashed file (theme.js, the shell) must be this build's.
      const response = kept ?? (await fetch(path, { cache: 'reload' }))
      if (!response.ok) throw new Error(`precache: ${path} answered ${response.status}`)
      await cache.put(key, response)
    }),
  )
}

async function activate(): Promise<void> {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX))
  const pages = await caches.open(PAGES)
  for (const old of names.filter((n) => n.startsWith(`${PREFIX}pages-`) && n !== PAGES)) {
    const kept = await (await caches.open(old)).keys()
    await Promise.all(kept.map((request) => refetchPage(pages, request.url)))
  }
  await Promise.all(names.filter((n) => n !== PRECACHE && n !== PAGES && n !== DATA && n !== IMAGES).map((n) => caches.delete(n)))
  await sw.clients.claim()
}

/** A kept page of the last build, fetched again for this one with the data it preloads; dropped when that fails (offline). */
async function refetchPage(pages: Cache, url: string): Promise<void> {
  try {
    const response = await fetch(url, { cache: 'no-cache' })
    if (!isPage(response)) return
    const html = await response.clone().text()
    await pages.put(url, response)
    const data = await caches.open(DATA)
    await Promise.all(preloadedData(html, url).map(async (href) => (await data.match(href)) ?? data.add(href)))
  } catch {
    // Offline while activating: the page goes; the shell still renders it from the data.
  }
}

/** The data files a prerendered page preloads (its <link rel="preload" as="fetch">), as URLs. */
function preloadedData(html: string, pageUrl: string): string[] {
  const links = html.match(/<link rel="preload" href="[^"]+" as="fetch"/g) ?? []
  return links.map((l) => new URL(l.slice('<link rel="preload" href="'.length, l.indexOf('" as=')).replace(/&amp;/g, '&'), pageUrl).href)
}

function route(event: FetchEvent): void {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== sw.location.origin || !url.pathname.startsWith(base)) return
  if (request.mode === 'navigate') return event.respondWith(page(event, url))
  if (revisionOf.has(url.pathname)) return event.respondWith(precached(url.pathname, request))
  // Hashed files never change: cache first. Resized images (assets/img/) have a cache of their own, so
  // they do not push the data a kept page needs out of the data cache.
  if (url.pathname.startsWith(`${base}assets/`)) {
    const images = request.destination === 'image'
    return event.respondWith(cacheFirst(images ? IMAGES : DATA, request, images ? MAX_IMAGES : MAX_DATA))
  }
  if (request.destination === 'image') return event.respondWith(staleWhileRevalidate(event, request))
  // Feeds, calendars and talks.json: always from the network.
}

const isPage = (r: Response) => r.ok && r.type === 'basic' && (r.headers.get('content-type') ?? '').includes('text/html')

/** "/talks/x/", "/talks/x/index.html" and "/talks/x?q=1" are one page. */
function pageKey(url: URL): string {
  const path = url.pathname.replace(/\/index\.html$/, '/').replace(/(.)\/$/, '$1')
  return `${url.origin}${path}`
}

async function page(event: FetchEvent, url: URL): Promise<Response> {
  const pages = await caches.open(PAGES)
  const key = pageKey(url)
  const network = fetch(event.request).then(async (response) => {
    if (isPage(response)) {
      await pages.put(key, response.clone())
      await trim(pages, MAX_PAGES)
    }
    return response
  })
  // A slow network still fills the cache for next time.
  event.waitUntil(network.catch(() => undefined))
  const timeout = new Promise<undefined>((done) => setTimeout(done, NETWORK_TIMEOUT, undefined))
  const fresh = await Promise.race([network, timeout]).catch(() => undefined)
  if (fresh) return fresh
  return (await pages.match(key)) ?? (await caches.match(keyOf(shell))) ?? network
}

async function precached(path: string, request: Request): Promise<Response> {
  return (await caches.match(keyOf(path))) ?? fetch(request)
}

async function cacheFirst(name: string, request: Request, max: number): Promise<Response> {
  const cache = await caches.open(name)
  const hit = await cache.match(request)
  if (hit) return hit
  const response = await fetch(request)
  if (response.ok) {
    await cache.put(request, response.clone())
    await trim(cache, max)
  }
  return response
}

async function staleWhileRevalidate(event: FetchEvent, request: Request): Promise<Response> {
  const cache = await caches.open(IMAGES)
  const hit = await cache.match(request)
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      await cache.put(request, response.clone())
      await trim(cache, MAX_IMAGES)
    }
    return response
  })
  event.waitUntil(network.catch(() => undefined))
  return hit ?? network
}

/** Oldest entries out first (a cache lists its keys in the order they were put). */
async function trim(cache: Cache, max: number): Promise<void> {
  const keys = await cache.keys()
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((k) => cache.delete(k)))
}
