import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { readdirSync, readFileSync } from 'node:fs'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** Titles straight from the bundled talk files, so the test follows the content. */
function bundledTitles(): string[] {
  const dir = 'content/talks'
  return readdirSync(dir).map((f) => /^title\s*=\s*"(.*)"\s*$/m.exec(readFileSync(`${dir}/${f}`, 'utf8'))![1]!.trim())
}

describe('smoke: the built site in Chromium', () => {
  it('lists the five bundled talks on the home page', async () => {
    const { page, errors, close } = await openPage(browser())
    await page.goto(baseUrl)
    const titles = bundledTitles()
    expect(titles).toHaveLength(5)
    await page.getByRole('heading', { level: 1, name: 'Talks' }).waitFor()
    const listed = await page.locator('article h3').allTextContents()
    expect(listed.sort()).toEqual(titles.sort())
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('5 talks')
    expect(errors).toEqual([])
    await close()
  })
})
