// The static build as any host serves it: pages readable without JavaScript, head tags for link
// previews, and a second build under a sub-path (BASE_PATH) that still loads every asset.
import type { Page } from 'playwright-core'
import { buildSite } from './build-site.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, cardTitles, CHEETAH, CHEETAH_SLUG, waitForText, watchFailures } from './helpers.ts'
import { serveStatic } from './static-server.ts'

const baseUrl = inject('baseUrl')
const CHEETAH_IMAGE = '/img/webinars/video_2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.jpg'
const browser = useBrowser()

const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
    if (e[0] !== '#') return named[e.toLowerCase()]!
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
  })
}

/** The content of every `<meta property|name="key" content="…">` in an HTML document. */
function metaValues(html: string, key: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? []
  return tags
    .filter((t) => new RegExp(`\\b(?:property|name)="${key}"`).test(t))
    .map((t) => decodeEntities(/\bcontent="([^"]*)"/.exec(t)?.[1] ?? ''))
}

function canonicalOf(html: string): string[] {
  return (html.match(/<link\b[^>]*\brel="canonical"[^>]*>/gi) ?? []).map((t) => decodeEntities(/\bhref="([^"]*)"/.exec(t)?.[1] ?? ''))
}

describe('without JavaScript', () => {
  it('a talk page shows its title and abstract, and its links lead on', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false })
    const response = await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`)
    expect(response?.status()).toBe(200)
    expect(await h1(page).textContent()).toBe(CHEETAH)
    expect(await page.getByRole('heading', { name: 'About this talk' }).count()).toBe(1)
    expect(await page.locator('main').textContent()).toContain('Even faster kubernetes clusters')
    expect(await page.locator('main').textContent()).toContain('how the Calico/VPP integration makes this happen under the hood')
    expect(await page.title()).toBe(`${CHEETAH} · Talkshelf`)

    // Plain links work too: on to the speaker's prerendered page.
    await page.locator('main header').getByRole('link', { name: 'Chris Tomkins' }).click()
    await page.waitForURL(`${baseUrl}speakers/chris-tomkins`)
    expect(await h1(page).textContent()).toBe('Chris Tomkins')
    expect(await cardTitles(page)).toHaveLength(3)
    await close()
  })
})

describe('with JavaScript, from a deep link', () => {
  it('the "Talks" link leads to a working search', async () => {
    const { page, errors, close } = await openPage(browser())
    await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`)
    await appReady(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Talks' }).click()
    const box = page.getByRole('searchbox', { name: 'Search talks' })
    await box.waitFor()
    await page.waitForURL(baseUrl)
    await box.pressSequentially('cheeta')
    // Results follow each keystroke; wait for the whole query, not the results for "c".
    await page.waitForURL(/[?&]q=cheeta(&|$)/)
    await expect.poll(async () => (await cardTitles(page))[0], { timeout: 10_000 }).toBe(CHEETAH)
    await waitForText(page.getByRole('status'), /^\d+ of 5 talks$/)
    expect(errors).toEqual([])
    await close()
  })

  it('a deep link into a search (?q=) shows its results', async () => {
    const { page, errors, close } = await openPage(browser())
    await page.goto(`${baseUrl}?q=cheeta`)
    await appReady(page)
    await waitForText(page.getByRole('status'), /^\d+ of 5 talks$/)
    expect((await cardTitles(page))[0]).toBe(CHEETAH)
    expect(errors).toEqual([])
    await close()
  })
})

describe('head tags of the served HTML', () => {
  it('the talk page carries its own title, description, absolute image and canonical URL', async () => {
    const response = await fetch(`${baseUrl}talks/${CHEETAH_SLUG}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()

    // The template's own title and description are replaced, not duplicated.
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(metaValues(html, 'description')).toHaveLength(1)

    expect(metaValues(html, 'og:title')).toEqual([`${CHEETAH} · Talkshelf`])
    const [description] = metaValues(html, 'og:description')
    expect(description).toMatch(/^Kubernetes is great, containers are lightweight & disposable/)
    expect(metaValues(html, 'description')).toEqual([description])

    const [image] = metaValues(html, 'og:image')
    const imageUrl = new URL(image!) // Throws when relative.
    expect(imageUrl.protocol).toMatch(/^https?:$/)
    expect(imageUrl.pathname).toBe(CHEETAH_IMAGE)
    // The image exists in the build, at that path.
    expect((await fetch(new URL(imageUrl.pathname.slice(1), baseUrl))).status).toBe(200)

    const canonical = canonicalOf(html)
    expect(canonical).toHaveLength(1)
    const canonicalUrl = new URL(canonical[0]!)
    expect(canonicalUrl.pathname).toBe(`/talks/${CHEETAH_SLUG}`)
    expect(canonicalUrl.origin).toBe(imageUrl.origin)
    expect(metaValues(html, 'og:url')).toEqual([canonical[0]])
  })
})

describe('built under a sub-path (BASE_PATH=/talks-base/)', () => {
  const OUT = 'dist-base'
  const SITE = 'https://talks.example.org'
  let served: Awaited<ReturnType<typeof serveStatic>>

  beforeAll(async () => {
    await buildSite(OUT, { BASE_PATH: '/talks-base/', SITE_URL: SITE })
    served = await serveStatic(OUT, '/talks-base/')
  })
  afterAll(async () => {
    await served?.close()
  })

  /** Opens a path under the sub-path and checks that everything it loaded came from there, without error. */
  async function visit(path: string, heading: string) {
    const { page, errors, requests, close } = await openPage(browser())
    const failures = watchFailures(page)
    const response = await page.goto(`${served.url}${path}`)
    expect(response?.status(), path).toBe(200)
    await appReady(page)
    await waitForText(h1(page), heading)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForFunction(() => [...document.images].every((i) => i.complete))
    expect(failures, path).toEqual([])
    expect(errors, path).toEqual([])
    const own = requests.filter((u) => u.startsWith(new URL(served.url).origin))
    expect(own.filter((u) => !new URL(u).pathname.startsWith('/talks-base/')), path).toEqual([])
    const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => ({ src: (i as HTMLImageElement).currentSrc, width: (i as HTMLImageElement).naturalWidth })))
    for (const img of images) expect(img.width, img.src).toBeGreaterThan(0)
    return { page, close, images }
  }

  it('home loads every asset from the sub-path and links to talks under it', async () => {
    const { page, close, images } = await visit('', 'Talks')
    // Covers come as the build's variants, under the sub-path too.
    expect(images.some((i) => i.src.includes('/talks-base/assets/img/'))).toBe(true)
    expect(await cardTitles(page)).toHaveLength(5)
    // Client-side navigation stays under the sub-path.
    await page.getByRole('link', { name: CHEETAH }).click()
    await page.waitForURL(`${served.url}talks/${CHEETAH_SLUG}`)
    await waitForText(h1(page), CHEETAH)
    expect(await page.getByRole('link', { name: 'Chris Tomkins' }).first().getAttribute('href')).toBe('/talks-base/speakers/chris-tomkins')
    await close()
  })

  it('a talk page loads, with preview tags on the site URL and sub-path', async () => {
    const { page, close, images } = await visit(`talks/${CHEETAH_SLUG}`, CHEETAH)
    expect(images.some((i) => i.src.includes('/talks-base/assets/img/'))).toBe(true)
    // The preview image links the original, under the sub-path.
    expect(await page.getByRole('link', { name: /preview image, full size/ }).getAttribute('href')).toBe(`/talks-base${CHEETAH_IMAGE}`)
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(ogImage).toBe(`${SITE}/talks-base${CHEETAH_IMAGE}`)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE}/talks-base/talks/${CHEETAH_SLUG}`)
    await close()
  })

  it('a speaker page loads from the sub-path', async () => {
    const { page, close } = await visit('speakers/chris-tomkins', 'Chris Tomkins')
    expect(await cardTitles(page)).toHaveLength(3)
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/^https:\/\/talks\.example\.org\/talks-base\//)
    await close()
  })

  it('an unknown address gets the 404 page with its assets', async () => {
    const { page, errors, requests, close } = await openPage(browser())
    const failures = watchFailures(page)
    const response = await page.goto(`${served.url}talks/nope`)
    expect(response?.status()).toBe(404)
    await appReady(page)
    expect(await h1(page).textContent()).toBe('This page does not exist')
    // The router reads the path below the base.
    expect(await page.locator('main code').textContent()).toBe('/talks/nope')
    expect(failures).toEqual([`404 ${served.url}talks/nope`])
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([])
    expect(requests.filter((u) => /\/assets\//.test(u)).every((u) => new URL(u).pathname.startsWith('/talks-base/assets/'))).toBe(true)
    await close()
  })
})
