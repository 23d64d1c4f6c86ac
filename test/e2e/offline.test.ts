// Offline after the first visit, in Chromium: the service worker keeps the app, the talk list and
// every page opened, so the archive opens and searches with the site unreachable; embeds say they
// need a connection, and a page never opened says it was not kept.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, cardTitles, CHEETAH, CHEETAH_SLUG, waitForText } from './helpers.ts'
import { serveStatic, type StaticSite } from './static-server.ts'

const browser = useBrowser()
let site: StaticSite
beforeAll(async () => {
  site = await serveStatic('dist')
})
afterAll(async () => {
  await site?.close()
})

/** Until the worker controls the page (it claims the first visit's page once it has precached). */
export async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }))
  })
}

/**
 * Opens a page while offline. Some Chromium builds (Debian's 150) leave the offline emulation behind
 * when a navigation makes a new document: no request leaves, yet navigator.onLine says true there.
 * The emulation is then applied again, as a network dropping tells the page; the npm Chromium needs
 * none of this.
 */
async function openOffline(page: Page, url: string): Promise<void> {
  await page.goto(url)
  if (!(await page.evaluate(() => navigator.onLine))) return
  await page.context().setOffline(false)
  await page.context().setOffline(true)
}

describe('offline after the first visit', () => {
  it('opens, searches and shows the pages opened; embeds and unopened talks say why not', async () => {
    const { page, errors, close } = await openPage(browser(), { width: 390, serviceWorkers: true })
    await page.goto(site.url)
    await appReady(page)
    await controlled(page)
    await page.goto(`${site.url}talks/${CHEETAH_SLUG}`)
    await appReady(page)
    await waitForText(page.getByRole('heading', { level: 1 }), CHEETAH)
    // The page's own data module, fetched through the worker: wait for the page to settle.
    await page.waitForLoadState('networkidle')

    // Unreachable: the server is gone, and the browser knows it is offline.
    const { url } = site
    await site.close()
    await page.context().setOffline(true)

    await openOffline(page, url)
    await appReady(page)
    await waitForText(page.getByRole('status').filter({ hasText: /talks$/ }), /^5 talks$/)
    // The notice comes with the render after hydration (the prerendered page cannot know): wait for it.
    await page.getByText('You are offline.').waitFor()
    expect(await page.getByText('You are offline.').count()).toBe(1)
    // Search, abstracts included ("disposable" is only in an abstract).
    await page.getByRole('searchbox', { name: 'Search talks' }).fill('disposable')
    await waitForText(page.getByRole('status').filter({ hasText: /talks$/ }), /^1 of 5 talks$/)
    expect(await cardTitles(page)).toEqual([CHEETAH])

    await openOffline(page, `${url}talks/${CHEETAH_SLUG}`)
    await appReady(page)
    await waitForText(page.getByRole('heading', { level: 1 }), CHEETAH)
    const slides = page.getByRole('button', { name: 'Show slides' })
    expect(await slides.isDisabled()).toBe(true)
    expect(await page.getByText(/You are offline: .* needs a connection/).count()).toBeGreaterThan(0)

    // Never opened, but all its data is kept: a speaker page renders from the shell.
    await openOffline(page, `${url}speakers/chris-tomkins`)
    await appReady(page)
    await waitForText(page.getByRole('heading', { level: 1 }), 'Chris Tomkins')

    // The bundled talks share one details module, fetched with the first talk opened: another talk
    // opens offline too. Without that module (as for a talk of another module never opened)…
    await openOffline(page, `${url}talks/2021-10-12-calico-vpp-low-trust-edge-network-no-problem`)
    await appReady(page)
    await waitForText(page.getByRole('heading', { level: 1 }), /^Low Trust Edge Network/)
    expect(await page.evaluate(() => caches.delete('talkshelf:/:data'))).toBe(true)
    // …the page says it was not kept.
    await openOffline(page, `${url}talks/2021-10-12-calico-vpp-low-trust-edge-network-no-problem`)
    await appReady(page)
    await waitForText(page.getByRole('heading', { level: 1 }), 'This page is not saved for offline reading')
    expect(errors.filter((e) => !/Failed to fetch|ERR_|Failed to load|dynamically imported module/.test(e))).toEqual([])
    await close()
  })
})
