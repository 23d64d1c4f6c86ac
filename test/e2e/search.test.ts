// Full-text search on the built site, in Chromium, as a reader uses it: a word found only in a body
// shows the passage it is in, every matched word is marked, a pasted link finds the talk that gives
// it, keys typed before the app took over are kept, and the speakers page and the 404 page find
// with the same rule. Matching runs in the search worker: the page must have started one.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, cardTitles, CHEETAH, waitForText } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()
const MULTI = 'Need to connect your k8s pods to multiple networks? No problem with calico/vpp'

const status = (page: Page) => page.getByRole('status').filter({ hasText: /talks$/ })

async function search(page: Page, text: string, expected: RegExp) {
  await page.goto(baseUrl)
  await appReady(page)
  await page.getByRole('searchbox', { name: 'Search talks' }).fill(text)
  await waitForText(status(page), expected, 10_000)
}

const marks = (page: Page, selector: string) => page.locator(`${selector} mark`).allTextContents()

describe('full-text search in Chromium', () => {
  it('finds a word that is only in a body, in a worker, and shows the passage with the word marked', async () => {
    const { page, errors, close } = await openPage(browser())
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))
    await search(page, 'memif', /^1 of 5 talks$/)
    expect(await cardTitles(page)).toEqual([CHEETAH])
    const snippet = page.locator('main article [data-snippet]')
    expect(await snippet.textContent()).toMatch(/memif/i)
    expect((await marks(page, 'main article [data-snippet]')).map((m) => m.toLowerCase())).toContain('memif')
    expect(workers.some((u) => /\/assets\/worker-[^/]+\.js$/.test(u))).toBe(true)
    expect(errors).toEqual([])
    await close()
  })

  it('marks every word of the query that matched the title, exactly, by prefix or with a typo', async () => {
    const { page, close } = await openPage(browser())
    await search(page, 'vpp k8s netwroks', /^1 of 5 talks$/)
    expect(await cardTitles(page)).toEqual([MULTI])
    expect((await marks(page, 'main article h3')).map((m) => m.toLowerCase()).sort()).toEqual(['k8s', 'networks', 'vpp'])
    await close()
  })

  it('finds the talk that gives a pasted address', async () => {
    const { page, close } = await openPage(browser())
    await search(page, 'https://fosdem.org/2023/schedule/event/network_pods_to_multiple_networks/', /^1 of 5 talks$/)
    expect(await cardTitles(page)).toEqual([MULTI])
    await close()
  })

  it('finds a speaker despite a typo on the speakers page, with the match marked', async () => {
    const { page, close } = await openPage(browser())
    await page.goto(`${baseUrl}speakers`)
    await appReady(page)
    await page.getByRole('searchbox', { name: 'Find a speaker' }).fill('tomkns')
    await waitForText(page.getByRole('status'), /^1 of \d+ speakers$/)
    expect(await page.locator('main li h2').allTextContents()).toEqual(['Chris Tomkins'])
    expect(await marks(page, 'main li h2')).toEqual(['Tomkins'])
    await close()
  })

  it('keeps what was typed into the prerendered box before the app took over', async () => {
    const { page, errors, close } = await openPage(browser())
    // Hold the app back until the reader has typed.
    let release!: () => void
    const held = new Promise<void>((ok) => (release = ok))
    await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(baseUrl)
    const box = page.getByRole('searchbox', { name: 'Search talks' })
    await box.click()
    await page.keyboard.type('memif')
    release()
    await appReady(page)
    await waitForText(status(page), /^1 of 5 talks$/, 10_000)
    expect(await cardTitles(page)).toEqual([CHEETAH])
    expect(await box.inputValue()).toBe('memif')
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.waitForURL(/[?&]q=memif(&|$)/)
    expect(errors).toEqual([])
    await close()
  })

  it('offers the closest talks on a page that does not exist', async () => {
    const { page, close } = await openPage(browser())
    await page.goto(`${baseUrl}talks/cheetah-calico`)
    await appReady(page)
    await page.getByRole('link', { name: CHEETAH }).waitFor({ timeout: 10_000 })
    await close()
  })
})
