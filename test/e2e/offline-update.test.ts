// A new deploy, in Chromium, on a site under a sub-path (BASE_PATH=/talks/): an online reader gets
// the new build at once; the old worker keeps its tab on the old build until it closes; the next
// visit runs the new worker, which has dropped the old build's caches and kept the pages read, fetched
// again for the new build, so offline every page is of one build. Two small builds, A and B.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { buildSite } from './build-site.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, CHEETAH, CHEETAH_SLUG, waitForText } from './helpers.ts'
import { serveStatic, type StaticSite } from './static-server.ts'

const browser = useBrowser()
const OUT = 'node_modules/.talkshelf-e2e'
const dirOf = (name: string) => join(OUT, name)

const buildVersion = (name: string, env: Record<string, string>) => buildSite(dirOf(name), { BASE_PATH: '/talks/', ...env }, 'warn')

/** The version a build's sw.js carries. */
const versionOf = (name: string) => /"version":"([0-9a-f]+)"/.exec(readFileSync(join(dirOf(name), 'sw.js'), 'utf8'))![1]!

let site: StaticSite
beforeAll(async () => {
  await buildVersion('a', { SITE_TITLE: 'Shelf A' })
  // B also edits a talk, so its data modules are new files too, not only its code.
  const content = dirOf('content-b')
  cpSync('content/talks', content, { recursive: true })
  const file = join(content, '2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md')
  writeFileSync(file, readFileSync(file, 'utf8').replace('Kubernetes is great, containers', 'In the B edition: Kubernetes is great, containers'))
  await buildVersion('b', { SITE_TITLE: 'Shelf B', TALKS_CONTENT_DIR: content })
  site = await serveStatic(dirOf('a'), '/talks/')
}, 180_000)
afterAll(async () => {
  await site?.close()
})

async function controlled(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }))
    return navigator.serviceWorker.controller!.scriptURL
  })
}

/** Polls the registration until B's worker is waiting, or until no worker waits and one is active. */
function until(page: Page, state: 'waiting' | 'activated'): Promise<void> {
  return page.evaluate(async (state) => {
    for (let i = 0; i < 200; i++) {
      const r = await navigator.serviceWorker.getRegistration()
      if (state === 'waiting' ? r?.waiting : !r?.waiting && !r?.installing && r?.active?.state === 'activated') return
      await new Promise((ok) => setTimeout(ok, 50))
    }
    throw new Error(`the service worker never got ${state}`)
  }, state)
}

/** Our caches, but the image cache, there once a page has fetched an image (lazy ones may not have been). */
const ourCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('talkshelf:/talks/:') && n !== 'talkshelf:/talks/:images').sort())

/** Every script and stylesheet the page loaded, as paths. */
const loadedAssets = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => /\/assets\/.*\.(js|css)$/.test(p)))

describe('an update under a sub-path', () => {
  it('arrives online at once, activates on the next visit, and never mixes builds offline', async () => {
    const [a, b] = [versionOf('a'), versionOf('b')]
    expect(a).not.toBe(b)
    const first = await openPage(browser(), { serviceWorkers: true })
    const context = first.page.context()
    await first.page.goto(site.url)
    await appReady(first.page)
    expect(await controlled(first.page)).toBe(`${site.url}sw.js`)
    await first.page.goto(`${site.url}talks/${CHEETAH_SLUG}`)
    await waitForText(first.page.getByRole('heading', { level: 1 }), CHEETAH)
    expect(await first.page.title()).toBe(`${CHEETAH} · Shelf A`)
    expect(await ourCaches(first.page)).toEqual(['talkshelf:/talks/:data', `talkshelf:/talks/:pages-${a}`, `talkshelf:/talks/:precache-${a}`].sort())

    // Deploy B. The open tab, on its next page, gets B from the network, all of it.
    site.serve(dirOf('b'))
    await first.page.goto(site.url)
    await appReady(first.page)
    expect(await first.page.title()).toBe('Shelf B')
    const bAssets = new Set(readdirSync(join(dirOf('b'), 'assets')).map((f) => `/talks/assets/${f}`))
    const aAssets = readdirSync(join(dirOf('a'), 'assets')).filter((f) => !bAssets.has(`/talks/assets/${f}`))
    // The builds differ in their code (the title is compiled in), not only in their pages.
    expect(aAssets.length).toBeGreaterThan(0)
    for (const path of await loadedAssets(first.page)) expect(bAssets.has(path), path).toBe(true)
    // B's worker waits: A's still runs this tab.
    await until(first.page, 'waiting')
    await first.page.close()

    // The next visit: B's worker is active, A's caches are gone, the page read under A is kept for B.
    const next = await context.newPage()
    await next.goto(site.url)
    await appReady(next)
    // The old worker's last tab may take a moment to go; then B's worker activates (and claims this tab).
    await until(next, 'activated')
    await next.reload()
    await appReady(next)
    await controlled(next)
    expect(await ourCaches(next)).toEqual(['talkshelf:/talks/:data', `talkshelf:/talks/:pages-${b}`, `talkshelf:/talks/:precache-${b}`].sort())
    await next.waitForLoadState('networkidle')

    await site.close()
    await context.setOffline(true)
    await next.goto(`${site.url}talks/${CHEETAH_SLUG}`)
    await appReady(next)
    await waitForText(next.getByRole('heading', { level: 1 }), CHEETAH)
    expect(await next.title()).toBe(`${CHEETAH} · Shelf B`)
    // The body comes from B's details module, which only B's pages ever asked for.
    expect(await next.getByText('In the B edition:').count()).toBeGreaterThan(0)
    const offlineAssets = await loadedAssets(next)
    expect(offlineAssets.length).toBeGreaterThan(3)
    for (const path of offlineAssets) expect(bAssets.has(path), path).toBe(true)
    await first.close()
  })
})
