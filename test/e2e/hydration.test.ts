// The app takes the prerendered page over in place (hydration) wherever it was rendered at the
// address the browser shows: no second DOM and no second layout of the whole page as the app
// starts. Elsewhere (a filtered address served the home page's HTML) it renders afresh. Neither
// logs an error, in a time zone other than the build's (local times are added after hydration).
import { readdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, cardTitles, waitForText } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** Remembers the prerendered <main> and <header> as soon as the HTML is parsed, before the app runs. */
const REMEMBER = `document.addEventListener('DOMContentLoaded', () => {
  window.__prerendered = { main: document.querySelector('main'), header: document.querySelector('header') }
})`

/** Whether the page's <main> and <header> are still the nodes the prerendered HTML made. */
const keptInPlace = (page: Page) =>
  page.evaluate(() => {
    const kept = (window as unknown as { __prerendered?: { main: Element | null; header: Element | null } }).__prerendered
    return !!kept?.main && kept.main === document.querySelector('main') && kept.header === document.querySelector('header')
  })

function prerenderedPaths(): string[] {
  const dirs = (d: string) => readdirSync(`dist/${d}`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${d}/${e.name}`)
  return ['', 'speakers', 'list', ...dirs('talks').slice(0, 3), ...dirs('speakers').slice(0, 2)]
}

async function open(path: string) {
  const opened = await openPage(browser(), { timezoneId: 'Pacific/Auckland' })
  await opened.page.addInitScript(REMEMBER)
  await opened.page.goto(baseUrl + path)
  await appReady(opened.page)
  return opened
}

describe('taking over the prerendered page', () => {
  it.each(prerenderedPaths())('hydrates /%s in place, without an error', async (path) => {
    const { page, errors, close } = await open(path)
    expect(await keptInPlace(page)).toBe(true)
    expect(errors).toEqual([])
    // The hydrated links are the app's: following one navigates without loading a page.
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true))
    const target = path === 'speakers' ? '/' : '/speakers'
    await page.locator(`header nav a[href="${target}"]`).click()
    await page.waitForURL((url) => url.pathname === target)
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true)
    await close()
  })

  it('renders a filtered address afresh, showing the filter, without an error', async () => {
    const { page, errors, close } = await open('?year=2021')
    expect(await keptInPlace(page)).toBe(false)
    await waitForText(page.getByRole('status'), /^\d+ of \d+ talks$/)
    expect((await cardTitles(page)).length).toBeGreaterThan(0)
    expect(page.url()).toContain('year=2021')
    expect(errors).toEqual([])
    await close()
  })
})
