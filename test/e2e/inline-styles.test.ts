// Each prerendered page carries inline the rules its own markup uses and leaves the whole stylesheet
// to the app (src/prerender/page-styles.ts, src/full-stylesheet.ts). These tests hold the inline
// share to the whole sheet: every element of every kind of page is laid out and coloured the same by
// either, at a phone's and a desktop's width, light and dark; the page paints with the stylesheet
// held back; the app loads the whole sheet before it renders; the policy allows what is inlined.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, CHEETAH_SLUG } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()
const PAGES = ['', `talks/${CHEETAH_SLUG}`, 'speakers/', 'speakers/chris-tomkins', 'list', 'no-such-page']

/** Every element's box and the computed properties that show, in document order. */
const LOOKS = () =>
  [...document.querySelectorAll('body *')].map((el) => {
    const s = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    const props = ['display', 'position', 'color', 'background-color', 'font-size', 'font-weight', 'padding', 'margin', 'border-width', 'border-color', 'border-radius', 'box-shadow', 'grid-template-columns', 'opacity', 'visibility', 'overflow']
    return `${el.tagName} ${[r.x, r.y, r.width, r.height].map(Math.round).join(',')} ${props.map((p) => s.getPropertyValue(p)).join('|')}`
  })

/** The page as it was before inline styles: its inline share removed, the whole sheet applied. */
async function wholeSheetOnly(page: Page): Promise<void> {
  await page.route(/^[^?#]*\/([^./?#]*|[^?#]*\.html)(\?.*)?$/, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback()
    const response = await route.fetch()
    const html = (await response.text()).replace(/<style data-stylesheet="([^"]+)">[^]*?<\/style>/g, '<link rel="stylesheet" href="$1">')
    await route.fulfill({ response, body: html })
  })
}

async function looksOf(path: string, options: { width: number; colorScheme: 'light' | 'dark'; whole: boolean }): Promise<string[]> {
  const { page, errors, close } = await openPage(browser(), { javaScriptEnabled: false, width: options.width, colorScheme: options.colorScheme })
  try {
    if (options.whole) await wholeSheetOnly(page)
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
    // A moment for what content-visibility skipped near the screen to be laid out (no frame
    // callbacks with JavaScript off).
    await page.waitForTimeout(200)
    const looks = await page.evaluate(LOOKS)
    // A style the policy refused would be logged here (the 404 page's own status is not an error of its styles).
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([])
    return looks
  } finally {
    await close()
  }
}

describe('a page’s inline styles', () => {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`lay out and colour every element as the whole stylesheet does (${width} px, ${colorScheme})`, async () => {
        for (const path of PAGES) {
          const inline = await looksOf(path, { width, colorScheme, whole: false })
          const whole = await looksOf(path, { width, colorScheme, whole: true })
          expect(inline.length, path).toBeGreaterThan(20)
          const differ = inline.flatMap((look, i) => (look === whole[i] ? [] : [`${look}\n   whole sheet: ${whole[i]}`]))
          expect(inline.length, `/${path}`).toBe(whole.length)
          expect(differ, `/${path}`).toEqual([])
        }
      }, 120_000)
    }
  }

  it('are in the page, within its policy, and are less than the whole stylesheet', async () => {
    const html = await (await fetch(`${baseUrl}talks/${CHEETAH_SLUG}`)).text()
    const [, href, style = ''] = /<style data-stylesheet="([^"]+)">([^]*?)<\/style>/.exec(html) ?? []
    expect(html).not.toContain('<link rel="stylesheet"')
    expect(href).toBeDefined()
    const whole = await (await fetch(new URL(href!, baseUrl))).text()
    expect(style.length).toBeGreaterThan(1000)
    expect(style.length).toBeLessThan(whole.length)
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'")
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))).toString('base64')
    expect(policy).toMatch(new RegExp(`style-src 'self' 'sha256-${digest.replace(/[+/]/g, '\\$&')}'`))
    expect(policy).not.toContain('unsafe-inline')
    // The theme script is inline too (it held the first paint as a file), allowed by its hash.
    expect(html).not.toMatch(/<script src="[^"]*theme\.js"/)
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/)
  })

  it('paint the page while the stylesheet is held back; the app applies it before it renders', async () => {
    const { page, errors, close } = await openPage(browser())
    try {
      let release!: () => void
      const held = new Promise<void>((ok) => (release = ok))
      await page.route(/\.css(\?.*)?$/, async (route) => {
        await held
        await route.continue()
      })
      await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`, { waitUntil: 'domcontentloaded' })
      await page.waitForFunction(() => performance.getEntriesByType('paint').some((p) => p.name === 'first-contentful-paint'))
      const h1 = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('h1')!)
        return { size: s.fontSize, weight: s.fontWeight, sheets: document.styleSheets.length }
      })
      // Styled by the inline rules (a bare h1 is 32 px bold), the whole sheet still on its way.
      expect(h1.sheets).toBe(1)
      expect(h1.weight).toBe('700')
      expect(h1.size).not.toBe('32px')
      // The app waits for the sheet: no React on the page until it has loaded.
      await page.waitForTimeout(500)
      expect(await page.evaluate(() => Object.keys(document.querySelector('main')!).some((k) => k.startsWith('__reactFiber$')))).toBe(false)
      release()
      await appReady(page)
      const whole = await page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? 'inline'))
      expect(whole).toEqual(['inline', expect.stringMatching(/\/assets\/index-[^/]+\.css$/)])
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })
})
