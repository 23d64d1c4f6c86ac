// The dev server on a copy of the bundled talks, in Chromium: saving a talk file updates the open
// page in place (no reload: a marker on window survives), also when the save arrives as two writes
// (truncate, then the text); a new talk file comes in and a deleted one goes, in place too; a broken
// file shows Vite's error overlay, which goes when it is fixed; a file saved and deleted at once
// takes the talk out and leaves the server up.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, CHEETAH, waitForText } from './helpers.ts'

const browser = useBrowser()
const content = mkdtempSync(join(tmpdir(), 'talkshelf-dev-'))
const FILE = join(content, '2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md')
let server: ViteDevServer
let url: string

beforeAll(async () => {
  cpSync('content/talks', content, { recursive: true })
  const saved = process.env.TALKS_CONTENT_DIR
  process.env.TALKS_CONTENT_DIR = content
  try {
    server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } })
    await server.listen()
  } finally {
    if (saved === undefined) delete process.env.TALKS_CONTENT_DIR
    else process.env.TALKS_CONTENT_DIR = saved
  }
  url = server.resolvedUrls!.local[0]!
})
afterAll(async () => {
  await server?.close()
  rmSync(content, { recursive: true, force: true })
})

const original = () => readFileSync(FILE, 'utf8')
const retitled = (text: string, title: string) => text.replace(/^title = .*$/m, `title = ${JSON.stringify(title)}`)

/**
 * Opens the dev server's home page, runs `edit` with the file's text, then puts the file back. The
 * edit waits for the page's update channel: a change told before it connects never reaches the page
 * (a person does not save within milliseconds of opening it; a busy CI machine's test did).
 */
async function onOpenPage(edit: (page: Page, text: string) => Promise<void>): Promise<void> {
  const text = original()
  const { page, close } = await openPage(browser())
  try {
    const connected = page.waitForEvent('console', { predicate: (m) => m.text() === '[vite] connected.', timeout: 20_000 })
    await page.goto(url)
    await Promise.all([appReady(page), connected])
    await edit(page, text)
  } finally {
    writeFileSync(FILE, text)
    await close()
  }
}

const cardTitled = (page: Page, title: string) => page.locator('main h3', { hasText: title })

describe('dev server updates', () => {
  it('shows a saved title in place, also when the save is a truncate then a write', () =>
    onOpenPage(async (page, text) => {
      await waitForText(cardTitled(page, CHEETAH), CHEETAH, 20_000)
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))

      writeFileSync(FILE, retitled(text, 'Edited in place'))
      await waitForText(cardTitled(page, 'Edited in place'), 'Edited in place', 10_000)

      // An editor's save as two events: an empty file, then its text, a few milliseconds apart.
      writeFileSync(FILE, '')
      await new Promise((ok) => setTimeout(ok, 3))
      writeFileSync(FILE, retitled(text, 'Edited twice'))
      await waitForText(cardTitled(page, 'Edited twice'), 'Edited twice', 10_000)
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
    }))

  it('shows a new talk file in place, in the count and the search, and takes it out when the file is deleted', () =>
    onOpenPage(async (page, text) => {
      const status = page.getByRole('status')
      await waitForText(status, /^5 talks$/, 20_000)
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7))
      const added = join(content, '2019_09_01_added_in_dev.md')
      try {
        writeFileSync(added, retitled(text, 'Added while open').replace(/^date = .*$/m, 'date = "2019-09-01"'))
        await waitForText(cardTitled(page, 'Added while open'), 'Added while open', 10_000)
        await waitForText(status, /^6 talks$/)
        // The search knows it too (its engine indexes the patched list).
        await page.getByRole('searchbox', { name: 'Search talks' }).fill('added while open')
        await waitForText(page.locator('main article h3').first(), 'Added while open', 10_000)
        await page.getByRole('searchbox', { name: 'Search talks' }).fill('')
      } finally {
        rmSync(added, { force: true })
      }
      await cardTitled(page, 'Added while open').waitFor({ state: 'detached', timeout: 10_000 })
      await waitForText(status, /^5 talks$/)
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7)
    }))

  it('shows a broken file in the error overlay, with its name, and clears it when fixed', () =>
    onOpenPage(async (page, text) => {
      writeFileSync(FILE, text.replace(/^date = .*$/m, 'date = "2022-02-30"'))
      const overlay = page.locator('vite-error-overlay')
      await overlay.waitFor({ timeout: 15_000 })
      expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md')
      writeFileSync(FILE, retitled(text, 'Fixed again'))
      await waitForText(cardTitled(page, 'Fixed again'), 'Fixed again', 15_000)
      expect(await overlay.count()).toBe(0)
    }))

  it('keeps serving when a file is saved and then deleted before the save settles', () =>
    onOpenPage(async (page, text) => {
      await waitForText(cardTitled(page, CHEETAH), CHEETAH, 20_000)
      writeFileSync(FILE, retitled(text, 'Saved then gone'))
      rmSync(FILE)
      // The talk goes from the page; the server answers as before.
      await cardTitled(page, CHEETAH).waitFor({ state: 'detached', timeout: 15_000 })
      expect(await cardTitled(page, 'Saved then gone').count()).toBe(0)
      expect((await fetch(url)).status).toBe(200)
    }))
})
