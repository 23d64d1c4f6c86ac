// Images of the production build in Chromium: the home page's covers come as AVIF from srcset with
// their size set, the first inline in the page; a talk whose recording is on the event's page shows its
// abstract on the first screen and no blurred banner, at phone and desktop widths; the originals stay
// in the site and in talks.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, CHEETAH_SLUG } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()
const CHEETAH_IMAGE = '/img/webinars/video_2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.jpg'

/** Every <img> with what Chromium chose for it and the box it takes. */
function images(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main img')].map((i) => {
      const img = i as HTMLImageElement
      const r = img.getBoundingClientRect()
      return {
        current: img.currentSrc.replace(location.origin, ''),
        natural: img.naturalWidth,
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.getAttribute('loading'),
        priority: img.getAttribute('fetchpriority'),
        avifSrcset: img.closest('picture')?.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? null,
        webpSrcset: img.closest('picture')?.querySelector('source[type="image/webp"]')?.getAttribute('srcset') ?? null,
        top: r.top,
        shown: r.width,
      }
    }),
  )
}

describe('home page images', () => {
  it('come as AVIF variants from srcset, with width and height, the first card’s inline in the page', async () => {
    const { page, requests, close } = await openPage(browser())
    const types = new Map<string, string>()
    page.on('response', (r) => types.set(r.url().replace(new URL(baseUrl).origin, ''), r.headers()['content-type'] ?? ''))
    await page.goto(baseUrl)
    await appReady(page)
    await page.waitForFunction(() => [...document.images].filter((i) => i.loading !== 'lazy').every((i) => i.complete && i.naturalWidth > 0))
    const covers = (await images(page)).filter((i) => i.avifSrcset)
    expect(covers.length).toBeGreaterThanOrEqual(3)
    for (const c of covers.slice(1)) expect(c.avifSrcset).toMatch(/^\/assets\/img\/[0-9a-f]{12}-\d+\.avif \d+w(, \/assets\/img\/[0-9a-f]{12}-\d+\.avif \d+w)+$/)
    for (const c of covers) {
      expect(Number(c.width)).toBeGreaterThan(0)
      expect(Number(c.height)).toBeGreaterThan(0)
    }
    const first = covers[0]!
    expect(first.priority).toBe('high')
    // The first cover is in the page itself (the list's largest paint, a round trip sooner on a slow
    // link): its 720 px AVIF inline, the wider ones linked; the page fetches no file of it at 1×.
    expect(first.avifSrcset).toMatch(/^data:image\/avif;base64,[A-Za-z0-9+/=]+ 720w(, \/assets\/img\/[0-9a-f]{12}-\d+\.avif \d+w)*$/)
    expect(first.current).toMatch(/^data:image\/avif;base64,/)
    const key = /\/assets\/img\/([0-9a-f]{12})-/.exec(first.webpSrcset ?? '')![1]!
    expect(requests.filter((u) => u.includes(`/assets/img/${key}-`))).toEqual([])
    const second = covers[1]!
    expect(second.current).toMatch(/^\/assets\/img\/[0-9a-f]{12}-\d+\.avif$/)
    expect(types.get(second.current)).toBe('image/avif')
    // A variant about as wide as the picture is drawn (1280 px window, 1× screen), not the 1,275 px original.
    expect(first.natural).toBeGreaterThanOrEqual(first.shown)
    expect(first.natural).toBeLessThan(2 * first.shown)
    // Only the first cards load at once; the others wait for the reader to scroll.
    expect(covers.filter((c) => c.loading !== 'lazy').length).toBeLessThanOrEqual(3)
    const lazy = covers.filter((c) => c.loading === 'lazy')
    expect(lazy.length).toBeGreaterThan(0)
    expect(lazy.every((c) => c.top > 900)).toBe(true)
    // The originals are never fetched beside the variants.
    expect(requests.filter((u) => /\/img\/webinars\//.test(u))).toEqual([])
    await close()
  })

  it('keep the originals in the site and in talks.json', () => {
    expect(existsSync(join('dist', CHEETAH_IMAGE))).toBe(true)
    const { talks } = JSON.parse(readFileSync('dist/talks.json', 'utf8')) as { talks: { slug: string; previewImage: string }[] }
    expect(talks.find((t) => t.slug === CHEETAH_SLUG)!.previewImage).toBe(CHEETAH_IMAGE)
    const variants = readdirSync('dist/assets/img')
    expect(variants.some((f) => f.endsWith('.avif'))).toBe(true)
    expect(variants.some((f) => f.endsWith('.webp'))).toBe(true)
  })
})

describe.each([390, 1280])('a talk whose recording is on the event’s page, %i px wide', (width) => {
  it('shows its abstract on the first screen and no blurred banner', async () => {
    const { page, errors, close } = await openPage(browser(), { width })
    await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`)
    await appReady(page)
    const view = await page.evaluate(() => {
      const about = document.getElementById('about-h')!.closest('section')!
      const firstParagraph = about.querySelector('p')!
      const blurred = [...document.querySelectorAll('main *')].filter((el) => /blur\(/.test(getComputedStyle(el).filter))
      return { aboutTop: about.getBoundingClientRect().top, paragraphTop: firstParagraph.getBoundingClientRect().top, height: innerHeight, blurred: blurred.length }
    })
    expect(view.blurred).toBe(0)
    expect(view.aboutTop).toBeLessThan(view.height)
    expect(view.paragraphTop).toBeLessThan(view.height)
    await expect(page.getByRole('link', { name: /Watch on the event page/ }).isVisible()).resolves.toBe(true)
    // The preview image is still there, beside (desktop) or after (phone) the abstract, linked to the original.
    const link = page.getByRole('link', { name: /preview image, full size/ })
    expect(await link.getAttribute('href')).toBe(CHEETAH_IMAGE)
    expect(errors).toEqual([])
    await close()
  })
})
