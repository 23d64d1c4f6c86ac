// The app takes the prerendered page over in place (hydration) wherever it was rendered at the
// address the browser shows: no second DOM and no second layout of the whole page as the app
// starts. Elsewhere (a filtered address served the home page's HTML) it renders afresh. Neither
// logs an error, in a time zone other than the build's (local times are added after hydration),
// nor days after the build, when a talk the HTML lists as ahead has passed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildSite } from './build-site.ts'
import { serveStatic } from './static-server.ts'
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

async function open(path: string, site = baseUrl, clock?: number) {
  const opened = await openPage(browser(), { timezoneId: 'Pacific/Auckland' })
  if (clock !== undefined) await opened.page.clock.install({ time: clock })
  await opened.page.addInitScript(REMEMBER)
  await opened.page.goto(site + path)
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

describe('a page built while a talk was ahead, opened after it', () => {
  const content = mkdtempSync(join(tmpdir(), 'talkshelf-ahead-'))
  const out = mkdtempSync(join(tmpdir(), 'talkshelf-ahead-dist-'))
  let site: Awaited<ReturnType<typeof serveStatic>>
  beforeAll(async () => {
    for (const f of readdirSync('content/talks')) writeFileSync(join(content, f), readFileSync(join('content/talks', f)))
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    const cheetah = readFileSync('content/talks/2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md', 'utf8')
    writeFileSync(join(content, 'ahead.md'), cheetah.replace(/^date = .*$/m, `date = "${tomorrow}"`).replace(/^title = .*$/m, 'title = "A talk ahead"'))
    await buildSite(out, { TALKS_CONTENT_DIR: content })
    site = await serveStatic(out)
  })
  afterAll(async () => {
    await site?.close()
    for (const dir of [content, out]) rmSync(dir, { recursive: true, force: true })
  })

  it('is hydrated in place, then shows the talk as past', async () => {
    const { page, errors, close } = await open('', site.url, Date.now() + 10 * 86_400_000)
    expect(await keptInPlace(page)).toBe(true)
    // Split on the build's day while hydrating (as the HTML is), then on the reader's.
    await page.locator('section', { hasText: 'Upcoming' }).getByRole('heading', { name: 'A talk ahead' }).waitFor({ state: 'detached' })
    expect(await page.getByRole('heading', { name: 'A talk ahead' }).count()).toBe(1)
    expect(errors).toEqual([])
    await close()
  })
})
