// Accessibility of the built site in Chromium: an axe audit (WCAG 2.0/2.1/2.2 A and AA) of every kind
// of page in both themes and at phone and desktop widths, then what axe cannot see: keyboard-only use,
// visible and unobscured focus, touch targets, headings, landmarks and the theme without a flash.
import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, cardTitles, CHEETAH, CHEETAH_SLUG, searchOf, stubThirdParty, waitForText } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Every kind of page (and state of the home page), by a name for the test titles. */
const PAGES: [name: string, path: string][] = [
  ['home', ''],
  ['home with filters', '?year=2021&speaker=chris-tomkins'],
  ['home with a search', '?q=calico'],
  ['home with no results', '?q=quantum+teleportation'],
  ['talk page', `talks/${CHEETAH_SLUG}`],
  ['speaker page', 'speakers/chris-tomkins'],
  ['speakers index', 'speakers'],
  ['404 page', 'talks/kubernetes-cheetah-calico'],
  ['my list, shared', `list?talks=${CHEETAH_SLUG},2021-10-12-calico-vpp-low-trust-edge-network-no-problem`],
  ['my list, empty', 'list'],
]

/** Opens a page of the site and waits for the app, its summaries and its images. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`)
  await appReady(page)
  await page.waitForFunction(() => !document.querySelector('.animate-pulse') && [...document.images].every((i) => i.complete || i.loading === 'lazy'))
}

/** axe's violations, one line each with the offending elements, so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`))
}

describe.each([
  ['light', 390],
  ['light', 1280],
  ['dark', 390],
  ['dark', 1280],
] as const)('axe audit, %s theme, %i px', (colorScheme, width) => {
  let opened: Awaited<ReturnType<typeof openPage>>
  beforeAll(async () => {
    opened = await openPage(browser(), { colorScheme, width })
  })
  afterAll(async () => {
    await opened.close()
  })

  it.each(PAGES)('%s has no violations', async (_name, path) => {
    const { page, errors } = opened
    errors.length = 0
    await visit(page, path)
    // theme.js follows prefers-color-scheme: the page really is in the scheme under test.
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark')
    expect(await axeViolations(page)).toEqual([])
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([])
  })
})

describe('axe audit of states reached by interaction', () => {
  it('a talk page with its slides loaded, and a focused search with results', async () => {
    const { page, close } = await openPage(browser(), { colorScheme: 'dark', width: 390 })
    await stubThirdParty(page, baseUrl)
    await visit(page, `talks/${CHEETAH_SLUG}`)
    await page.getByRole('button', { name: /Show slides/ }).click()
    await page.locator('iframe').waitFor()
    expect(await axeViolations(page)).toEqual([])

    await visit(page, '')
    await page.getByRole('searchbox', { name: 'Search talks' }).fill('cheetah')
    await waitForText(page.getByRole('status'), /^1 of 5 talks$/)
    expect(await axeViolations(page)).toEqual([])
    await close()
  })
})

describe('axe audit of my list with talks in it', () => {
  it.each([
    ['light', 390],
    ['dark', 1280],
  ] as const)('%s theme, %i px: starred on the home page, then the list page', async (colorScheme, width) => {
    const { page, errors, close } = await openPage(browser(), { colorScheme, width })
    await visit(page, '')
    await page.getByRole('button', { name: `Save “${CHEETAH}” to my list` }).click()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'My list, 1 saved' }).click()
    await waitForText(page.getByRole('heading', { level: 1 }), 'My list')
    await page.getByRole('checkbox', { name: /^Watched/ }).check()
    await waitForText(page.locator('main'), '1 talk · 1 watched')
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await close()
  })
})

describe('structure: headings and landmarks', () => {
  it.each(PAGES)('%s: one h1, no skipped heading level, banner/nav/main/contentinfo', async (_name, path) => {
    const { page, close } = await openPage(browser())
    await visit(page, path)
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])))
    expect(levels.filter((l) => l === 1)).toHaveLength(1)
    expect(levels[0]).toBe(1)
    const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []))
    expect(skips).toEqual([])
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1)
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1)
    // Every piece of content sits in a landmark.
    const outside = await page.evaluate(() =>
      [...document.body.querySelectorAll('#root > * > *')].filter((el) => !el.matches('header, nav, main, footer, a[href="#main"]')).map((el) => el.outerHTML.slice(0, 80)),
    )
    expect(outside).toEqual([])
    await close()
  })
})

/** Presses Tab until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  const element = await target.elementHandle()
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((el) => el === document.activeElement, element)) return
  }
  throw new Error(`Tab never reached ${target}`)
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement)

interface FocusStop {
  what: string
  indicator: boolean
  clipped: boolean
  obscured: boolean
  width: number
  height: number
}

/**
 * Where the focus is, and whether it can be seen: an outline of 2 px or more, or a solid ring (a
 * box-shadow with a spread and no blur) on the element or on the card it stretches over; not cut off
 * by an ancestor's overflow and not under the sticky header. Also the size of its target (a
 * stretched link's target is its card; a checkbox's, its label).
 */
function focusStop(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return undefined
    // Judge the focus style itself, not a frame of its transition.
    for (const animation of document.getAnimations()) {
      try {
        animation.finish()
      } catch {
        // An infinite animation cannot finish; none of them draws a focus style.
      }
    }
    const style = getComputedStyle(el)
    const stretched = getComputedStyle(el, '::after').position === 'absolute'
    const target = stretched ? (el.offsetParent as HTMLElement) : el.matches('input[type=checkbox]') ? (el.closest('label') ?? el) : el
    const box = target.getBoundingClientRect()
    const opaque = (color: string) => !/^rgba\(.*,\s*0(\.[0-4]\d*)?\)$|transparent/.test(color)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && opaque(style.outlineColor)
    const ring = (e: Element | null) =>
      !!e &&
      getComputedStyle(e)
        .boxShadow.split(/,(?![^(]*\))/)
        .some((shadow) => {
          const lengths = shadow.match(/-?[\d.]+px/g)?.map(parseFloat) ?? []
          return lengths.length === 4 && lengths[2] === 0 && lengths[3]! >= 2 && opaque(shadow.replace(/-?[\d.]+px/g, '').trim())
        })
    const indicator = outline || ring(el) || (stretched && ring(el.offsetParent))
    // An outline drawn outside the box is lost when an ancestor clips its overflow.
    const reach = outline ? parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) : 0
    const own = el.getBoundingClientRect()
    let clipped = false
    for (let a = el.parentElement; a && reach > 0; a = a.parentElement) {
      const s = getComputedStyle(a)
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue
      const r = a.getBoundingClientRect()
      const x = s.overflowX !== 'visible'
      const y = s.overflowY !== 'visible'
      if ((x && (own.left - reach < r.left - 0.5 || own.right + reach > r.right + 0.5)) || (y && (own.top - reach < r.top - 0.5 || own.bottom + reach > r.bottom + 0.5))) clipped = true
    }
    // What is painted at the middle of its first line box is the element (or its content).
    const first = el.getClientRects()[0] ?? own
    const hit = document.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2)
    const obscured = !hit || !(el === hit || el.contains(hit) || (stretched && el.offsetParent?.contains(hit)))
    const what = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`
    return { what, indicator, clipped, obscured, width: Math.round(box.width), height: Math.round(box.height) }
  })
}

describe('keyboard only', () => {
  it('Tab reaches the skip link first; it is visible and moves the focus to main', async () => {
    const { page, close } = await openPage(browser(), { width: 390 })
    await visit(page, `talks/${CHEETAH_SLUG}`)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    expect(await isFocused(skip)).toBe(true)
    const stop = (await focusStop(page))!
    expect(stop).toMatchObject({ indicator: true, obscured: false })
    expect(stop.height).toBeGreaterThanOrEqual(44)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    // The next Tab goes on from the page's content, not from the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true)
    await close()
  })

  for (const [colorScheme, width, path, key] of [
    ['light', 390, '', 'Tab'],
    ['dark', 390, '', 'Shift+Tab'],
    ['dark', 1280, '', 'Tab'],
    ['dark', 390, '?q=quantum+teleportation', 'Tab'],
    ['light', 390, `talks/${CHEETAH_SLUG}`, 'Tab'],
    ['dark', 1280, `talks/${CHEETAH_SLUG}`, 'Shift+Tab'],
    ['dark', 390, 'speakers/chris-tomkins', 'Tab'],
    ['light', 1280, 'speakers', 'Tab'],
    ['light', 390, 'talks/kubernetes-cheetah-calico', 'Tab'],
  ] as const) {
    it(`every focus stop is visible, unobscured and at least 44 px (${path || 'home'}, ${colorScheme}, ${width} px, ${key})`, async () => {
      const { page, close } = await openPage(browser(), { colorScheme, width })
      await visit(page, path)
      const problems: string[] = []
      const seen = new Set<string>()
      // Backwards starts from the end of the page, with the header stuck over the content.
      if (key === 'Shift+Tab') await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press(key)
        const stop = await focusStop(page)
        if (!stop) break
        if (seen.has(stop.what) && stop.what.includes('Skip')) break
        seen.add(stop.what)
        if (!stop.indicator) problems.push(`${stop.what}: no focus indicator`)
        if (stop.clipped) problems.push(`${stop.what}: focus outline clipped`)
        if (stop.obscured) problems.push(`${stop.what}: hidden under something`)
        // Links inside running text are exempt (WCAG 2.5.8); every other target is 44 × 44 or more.
        const inText = await page.evaluate(() => !!document.activeElement?.closest('.prose-talk'))
        if (!inText && (stop.width < 44 || stop.height < 44)) problems.push(`${stop.what}: ${stop.width}×${stop.height} px target`)
      }
      expect(seen.size).toBeGreaterThan(5)
      expect(problems).toEqual([])
      await close()
    })
  }

  it('search, the filters control, a year picker and a card link, from the keyboard', async () => {
    const { page, errors, close } = await openPage(browser(), { width: 390 })
    await visit(page, '')
    const search = page.getByRole('searchbox', { name: 'Search talks' })
    await tabTo(page, search)
    await page.keyboard.type('cheeta')
    await waitForText(page.getByRole('status'), /^1 of 5 talks$/)
    expect((await cardTitles(page))[0]).toBe(CHEETAH)
    await page.keyboard.press('Escape')
    await waitForText(page.getByRole('status'), /^5 talks$/)

    // On a phone the pickers are folded behind one control; a picker changes with the arrow keys.
    const toggle = page.getByRole('button', { name: 'Filters' })
    await tabTo(page, toggle)
    await page.keyboard.press('Enter')
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    const year = page.getByRole('combobox', { name: 'Year' })
    await tabTo(page, year)
    for (const [shown, selected] of [['1 of 5 talks', '2023'], ['1 of 5 talks', '2022'], ['3 of 5 talks', '2021']]) {
      await page.keyboard.press('ArrowDown')
      await waitForText(page.getByRole('status'), new RegExp(`^${shown}$`))
      expect(await year.inputValue()).toBe(selected)
    }
    expect(searchOf(page)).toEqual({ year: '2021' })
    expect(await isFocused(year)).toBe(true)
    await page.keyboard.press('Home')
    await waitForText(page.getByRole('status'), /^5 talks$/)
    expect(searchOf(page)).toEqual({})

    const card = page.getByRole('link', { name: CHEETAH })
    await tabTo(page, card)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseUrl}talks/${CHEETAH_SLUG}`)
    await waitForText(page.getByRole('heading', { level: 1 }), CHEETAH)
    expect(errors).toEqual([])
    await close()
  })

  it('"Show slides" loads with Enter or Space and hands the focus to the loaded frame', async () => {
    const { page, errors, close } = await openPage(browser(), { width: 1280 })
    await stubThirdParty(page, baseUrl)
    for (const [path, key] of [
      [`talks/${CHEETAH_SLUG}`, 'Enter'],
      ['talks/2021-10-12-calico-vpp-low-trust-edge-network-no-problem', ' '],
    ] as const) {
      await visit(page, path)
      // "Play video" (a click-to-load player) and "Show slides" are the same control; the bundled
      // talks only link their recordings, so each one here is slides.
      const buttons = page.getByRole('button', { name: /Play video|Play from|Show slides/ })
      expect(await buttons.count()).toBeGreaterThan(0)
      await tabTo(page, buttons.first())
      await page.keyboard.press(key === ' ' ? 'Space' : key)
      await page.locator('iframe').first().waitFor()
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('title'))).toMatch(/^(Video|Slides)/)
    }
    expect(errors).toEqual([])
    await close()
  })
})

describe('theme', () => {
  /**
   * Loads a page while its app script is held back, and reads the theme at that moment: what a
   * reader sees before any app code runs. Only theme.js (a render-blocking script in <head>) has run.
   */
  async function themeBeforeApp(context: BrowserContext, page: Page, path = '') {
    let release!: () => void
    const held = new Promise<void>((ok) => (release = ok))
    const entry = /\/assets\/index-[^/]+\.js$/
    await context.route(entry, async (route) => {
      await held
      await route.continue()
    })
    const loading = page.goto(`${baseUrl}${path}`)
    await page.waitForFunction(() => document.readyState !== 'loading')
    // The first frame: rendering waits for the stylesheet and theme.js (render-blocking), so this is
    // what the reader first sees; the parser may be done before either has arrived.
    await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => ok())))
    const seen = await page.evaluate(() => ({
      dark: document.documentElement.classList.contains('dark'),
      background: getComputedStyle(document.body).backgroundColor,
      appRan: !!document.querySelector('main') && Object.keys(document.querySelector('main')!).some((k) => k.startsWith('__reactFiber$')),
    }))
    release()
    await loading
    // The route stays: released, it lets the entry through. Unrouting here raced with the app's
    // first chunk request (made a frame after load): a request Playwright had paused for the route
    // was never let go, the app never started, and about one run in three timed out in appReady.
    await appReady(page)
    return seen
  }

  it('follows the system scheme before the app runs (no flash)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser(), { colorScheme })
      const seen = await themeBeforeApp(page.context(), page, 'speakers')
      expect(seen.appRan).toBe(false)
      expect(seen.dark).toBe(colorScheme === 'dark')
      await close()
    }
  })

  it('the toggle works from the keyboard, says its state, and the choice survives a reload with no flash', async () => {
    const { page, errors, close } = await openPage(browser(), { colorScheme: 'light', width: 390 })
    await visit(page, '')
    const toggle = page.getByRole('button', { name: 'Dark theme' })
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')

    await tabTo(page, toggle)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await page.evaluate(() => localStorage.getItem('talkshelf-theme'))).toBe('dark')
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(dark).not.toBe(light)

    // Saved "dark" beats the system's light scheme, before the app runs.
    const before = await themeBeforeApp(page.context(), page, `talks/${CHEETAH_SLUG}`)
    expect(before).toEqual({ dark: true, background: dark, appRan: false })
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')

    await tabTo(page, toggle)
    await page.keyboard.press('Space')
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    expect(await page.evaluate(() => localStorage.getItem('talkshelf-theme'))).toBe('light')
    const after = await themeBeforeApp(page.context(), page)
    expect(after).toEqual({ dark: false, background: light, appRan: false })
    expect(errors).toEqual([])
    await close()
  })

  it('with JavaScript off, the page still follows the system scheme through CSS', async () => {
    const { page, close } = await openPage(browser(), { colorScheme: 'dark', javaScriptEnabled: false })
    await page.goto(baseUrl)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const { page: lightPage, close: closeLight } = await openPage(browser(), { colorScheme: 'light', javaScriptEnabled: false })
    await lightPage.goto(baseUrl)
    expect(background).not.toBe(await lightPage.evaluate(() => getComputedStyle(document.body).backgroundColor))
    await closeLight()
    await close()
  })
})

describe('reduced motion', () => {
  it('cards do not move on hover when the reader asks for less motion', async () => {
    const { page, close } = await openPage(browser())
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await visit(page, '')
    const card = page.locator('main article').first()
    await card.hover()
    expect(await card.evaluate((el) => getComputedStyle(el).translate)).toBe('none')
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await card.hover()
    expect(await card.evaluate((el) => getComputedStyle(el).translate)).not.toBe('none')
    await close()
  })
})
