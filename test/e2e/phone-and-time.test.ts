// What a person on a phone, or in another time zone, meets on the built site: on 390 × 844 the first
// talk's title is in view without scrolling, the filters fold behind one control, the years are
// listed once; a reader in New York sees the CET slot in their own time, added after load without
// moving anything.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, CHEETAH, CHEETAH_SLUG, searchOf, waitForText } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** Sums the layout shifts the page has had, as CLS does (no input on these pages). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => done(total), 300)
      }),
  )
}

describe('a phone, 390 × 844', () => {
  it('shows the first talk’s title without scrolling, filters behind one control, years once', async () => {
    const { page, errors, close } = await openPage(browser(), { width: 390, height: 844 })
    await page.goto(baseUrl)
    await appReady(page)
    const first = page.locator('main article h3').first()
    const box = (await first.boundingBox())!
    expect(box.y).toBeGreaterThan(0)
    expect(box.y + box.height).toBeLessThanOrEqual(844)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    // Without the app, the prerendered page is laid out the same.
    const { page: plain, close: closePlain } = await openPage(browser(), { width: 390, height: 844, javaScriptEnabled: false })
    await plain.goto(baseUrl)
    const plainBox = (await plain.locator('main article h3').first().boundingBox())!
    expect(plainBox.y + plainBox.height).toBeLessThanOrEqual(844)
    await closePlain()

    // The pickers are folded away; the years appear once, in the year bar.
    const year = page.getByRole('combobox', { name: 'Year' })
    expect(await year.isVisible()).toBe(false)
    const visibleYears = await page.locator('main :is(a, button, option)').evaluateAll((els) => els.filter((e) => /^20\d\d\b/.test(e.textContent ?? '') && (e as HTMLElement).offsetParent !== null).map((e) => e.textContent))
    expect(visibleYears).toEqual(['2023', '2022', '2021'])

    const toggle = page.getByRole('button', { name: 'Filters' })
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await year.selectOption('2021')
    await waitForText(page.getByRole('status'), /^3 of 5 talks$/)
    expect(searchOf(page)).toEqual({ year: '2021' })
    await page.getByRole('combobox', { name: 'Speaker' }).selectOption('chris-tomkins')
    await waitForText(page.getByRole('status'), /^2 of 5 talks$/)
    // Folded again, the control says how many filters are set.
    await page.getByRole('button', { name: 'Filters, 2 active' }).click()
    expect(await year.isVisible()).toBe(false)
    expect(errors).toEqual([])
    await close()
  })

  it('a desktop shows the pickers without the control', async () => {
    const { page, close } = await openPage(browser(), { width: 1280 })
    await page.goto(baseUrl)
    await appReady(page)
    expect(await page.getByRole('combobox', { name: 'Year' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Filters' }).isVisible()).toBe(false)
    await close()
  })
})

describe('a reader in another zone', () => {
  it('in New York sees the CET slot as written and in their time; nothing moves when it is added', async () => {
    const { page, errors, close } = await openPage(browser(), { width: 390, height: 844, timezoneId: 'America/New_York', locale: 'en-US' })
    await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`)
    await appReady(page)
    await waitForText(page.getByRole('heading', { level: 1 }), CHEETAH)
    const header = page.locator('main header')
    await waitForText(header, /4:30pm - 5:00pm CET/)
    await waitForText(page.locator('[data-local-time]'), /^10:30\s–\s11:00\sAM your time$/)
    expect(await layoutShift(page)).toBeLessThan(0.001)

    await page.goto(baseUrl)
    await appReady(page)
    const card = page.locator('main article').filter({ hasText: CHEETAH })
    await waitForText(card, /10:30\s–\s11:00\sAM your time/)
    expect(await layoutShift(page)).toBeLessThan(0.001)
    expect(errors).toEqual([])
    await close()
  })

  it('in Berlin, whose clock shows CET, sees only the written time of CET talks, and PST ones in theirs', async () => {
    const { page, close } = await openPage(browser(), { timezoneId: 'Europe/Berlin', locale: 'en-GB' })
    await page.goto(`${baseUrl}talks/${CHEETAH_SLUG}`)
    await appReady(page)
    await waitForText(page.locator('main header'), /4:30pm - 5:00pm CET/)
    expect(await page.locator('[data-local-time]').textContent()).toBe('')
    await page.goto(baseUrl)
    await appReady(page)
    const cards = page.locator('main article')
    await waitForText(cards.filter({ hasText: '11:20am - 11:50am PST' }), /20:20–20:50 your time/)
    for (const text of await cards.filter({ hasText: 'CET' }).allTextContents()) expect(text).not.toMatch(/your time/)
    expect(await cards.filter({ hasText: 'CET' }).count()).toBe(3)
    await close()
  })
})
