// Talk and speaker pages opened directly on the static build: content, click-to-load embeds that
// send nothing to other origins before the click, reloads, and the not-found page.
import { readdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, cardTitles, CHEETAH, CHEETAH_SLUG, stubThirdParty, thirdParty, waitForText } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const CHEETAH_EVENT = 'https://fosdem.org/2022/schedule/event/kubernetes_networking_is_there_a_cheetah'
const CHEETAH_PDF = 'https://fosdem.org/2022/schedule/event/kubernetes_networking_is_there_a_cheetah/attachments/slides/5080/export/events/attachments/kubernetes_networking_is_there_a_cheetah/slides/5080/FOSDEM_2022_Calico_VPP_is_there_a_cheetah_within_your_Calico.pdf'
/** Hosts a YouTube or Google embed (or its tracking) would reach. */
const GOOGLE_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|google\.com|googleapis\.com|gstatic\.com|googleusercontent\.com|doubleclick\.net)$/i

const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

/** Every prerendered page of the build: home, speakers index, each talk and each speaker. */
function bundledPaths(): string[] {
  const dirs = (d: string) => readdirSync(`dist/${d}`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${d}/${e.name}`)
  return ['', 'speakers', ...dirs('talks'), ...dirs('speakers')]
}

describe('talk page, opened directly', () => {
  it('shows the title, links the event page for the video, and loads the slides only on request', async () => {
    const { page, errors, requests, close } = await openPage(browser())
    await stubThirdParty(page, baseUrl)
    const response = await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`)
    expect(response?.status()).toBe(200)
    await appReady(page)
    expect(await h1(page).textContent()).toBe(CHEETAH)

    // The "video" of this talk is the FOSDEM event page: a link, never an embed.
    const watch = page.getByRole('link', { name: /Watch on the event page/ })
    expect(await watch.getAttribute('href')).toBe(CHEETAH_EVENT)
    expect(await watch.getAttribute('target')).toBe('_blank')
    expect(await watch.getAttribute('rel')).toMatch(/noopener/)
    expect(await page.getByRole('button', { name: /Play video/ }).count()).toBe(0)

    // Nothing has left for another origin yet, and no frame exists.
    await page.waitForLoadState('networkidle')
    expect(thirdParty(requests, baseUrl)).toEqual([])
    expect(await page.locator('iframe').count()).toBe(0)

    const pdfRequest = page.waitForRequest((r) => r.url() === CHEETAH_PDF)
    await page.getByRole('button', { name: /Show slides/ }).click()
    const frame = page.locator('iframe')
    await frame.waitFor()
    expect(await frame.count()).toBe(1)
    expect(await frame.getAttribute('title')).toBe(`Slides (PDF): ${CHEETAH}`)
    expect(await frame.getAttribute('src')).toBe(CHEETAH_PDF)
    // The recorder sees third-party requests: the check above is not vacuous.
    await pdfRequest
    expect(thirdParty(requests, baseUrl)).toContain(CHEETAH_PDF)
    expect(errors).toEqual([])
    await close()
  })

  it('reloads to the same page', async () => {
    const { page, errors, close } = await openPage(browser())
    await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`)
    await appReady(page)
    const response = await page.reload()
    expect(response?.status()).toBe(200)
    await appReady(page)
    expect(await h1(page).textContent()).toBe(CHEETAH)
    expect(await page.getByRole('heading', { name: 'About this talk' }).count()).toBe(1)
    expect(await page.title()).toBe(`${CHEETAH} · Talkshelf`)
    expect(errors).toEqual([])
    await close()
  })

  it('no bundled page contacts YouTube or Google (or any other origin) before a click', async () => {
    const paths = bundledPaths()
    expect(paths).toHaveLength(2 + 5 + 4)
    const { page, errors, requests, close } = await openPage(browser())
    await stubThirdParty(page, baseUrl)
    for (const path of paths) {
      const response = await page.goto(`${baseUrl}${path}`)
      expect(response?.status(), path).toBe(200)
      await appReady(page)
      // Lazy images below the fold count too: scroll them in and let them finish.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.waitForFunction(() => [...document.images].every((i) => i.complete))
    }
    const hosts = requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).hostname)
    expect(hosts.filter((h) => GOOGLE_HOSTS.test(h))).toEqual([])
    expect(thirdParty(requests, baseUrl)).toEqual([])
    expect(errors).toEqual([])
    await close()
  })
})

describe('speaker page, opened directly', () => {
  it('lists Chris Tomkins’s three talks, and reloads', async () => {
    const { page, errors, close } = await openPage(browser())
    const response = await page.goto(`${baseUrl}speakers/chris-tomkins`)
    expect(response?.status()).toBe(200)
    await appReady(page)
    expect(await h1(page).textContent()).toBe('Chris Tomkins')
    expect(await page.getByRole('heading', { level: 2, name: '3 talks' }).count()).toBe(1)
    const titles = await cardTitles(page)
    expect(titles).toHaveLength(3)
    expect(titles).toContain(CHEETAH)

    await page.reload()
    await appReady(page)
    expect(await h1(page).textContent()).toBe('Chris Tomkins')
    expect(await cardTitles(page)).toEqual(titles)
    expect(errors).toEqual([])
    await close()
  })
})

describe('unknown address', () => {
  it('/talks/nope answers 404 with "This page does not exist" and ways on', async () => {
    const { page, close } = await openPage(browser())
    const response = await page.goto(`${baseUrl}talks/nope`)
    expect(response?.status()).toBe(404)
    await appReady(page)
    expect(await h1(page).textContent()).toBe('This page does not exist')
    expect(await page.locator('main code').textContent()).toBe('/talks/nope')
    const search = page.getByRole('link', { name: 'Search all talks for “nope”' })
    expect(new URL((await search.getAttribute('href'))!, baseUrl).searchParams.get('q')).toBe('nope')
    expect(await page.getByRole('link', { name: 'Browse speakers' }).count()).toBe(1)

    await search.click()
    await page.getByRole('searchbox', { name: 'Search talks' }).waitFor()
    expect(await page.getByRole('searchbox', { name: 'Search talks' }).inputValue()).toBe('nope')
    await close()
  })

  it('a mistyped talk address suggests the closest talks', async () => {
    const { page, errors, close } = await openPage(browser())
    const response = await page.goto(`${baseUrl}talks/cheetah-calico`)
    expect(response?.status()).toBe(404)
    await appReady(page)
    expect(await h1(page).textContent()).toBe('This page does not exist')
    const suggestions = page.getByRole('region', { name: 'Were you looking for…' }).getByRole('link')
    expect(await suggestions.first().textContent()).toBe(CHEETAH)

    await suggestions.first().click()
    await page.waitForURL(`${baseUrl}talks/${CHEETAH_SLUG}`)
    await waitForText(h1(page), CHEETAH)
    // Only the document itself was a 404 (Chromium reports that as a console error).
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([])
    await close()
  })
})
