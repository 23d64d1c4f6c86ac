// The searchable timeline on the built site: search, year and speaker filters, all state in the URL.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'
import { appReady, cardTitles, CHEETAH, searchOf, waitForText } from './helpers.ts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search talks' })
const speakerSelect = (page: Page) => page.getByRole('combobox', { name: 'Speaker' })
const yearSelect = (page: Page) => page.getByRole('combobox', { name: 'Year' })
const status = (page: Page) => page.getByRole('status')

/** Years of the listed cards, read from their <time datetime>. */
const cardYears = (page: Page) => page.locator('main article time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!.slice(0, 4)))

async function home(page: Page) {
  await page.goto(baseUrl)
  await appReady(page)
  await waitForText(status(page), /^5 talks$/)
}

describe('home page in Chromium: the searchable timeline', () => {
  it('typing "cheeta" lists the cheetah talk first, with q in the URL, and a reload keeps it', async () => {
    const { page, errors, close } = await openPage(browser())
    await home(page)
    await searchBox(page).pressSequentially('cheeta')
    await waitForText(status(page), /^\d+ of 5 talks$/)
    expect((await cardTitles(page))[0]).toBe(CHEETAH)
    expect(await page.getByRole('region', { name: 'Search results' }).count()).toBe(1)
    // The query reaches the address bar once typing rests.
    await page.waitForURL(/[?&]q=cheeta(&|$)/)
    expect(searchOf(page)).toEqual({ q: 'cheeta' })

    await page.reload()
    await appReady(page)
    await waitForText(status(page), /^\d+ of 5 talks$/)
    expect(await searchBox(page).inputValue()).toBe('cheeta')
    expect((await cardTitles(page))[0]).toBe(CHEETAH)
    expect(errors).toEqual([])
    await close()
  })

  it('year 2021 shows three talks; adding a speaker and a query keeps all three in the URL', async () => {
    const { page, errors, close } = await openPage(browser())
    await home(page)

    await yearSelect(page).selectOption('2021')
    await waitForText(status(page), /^3 of 5 talks$/)
    expect(await cardYears(page)).toEqual(['2021', '2021', '2021'])
    expect(await yearSelect(page).inputValue()).toBe('2021')
    expect(searchOf(page)).toEqual({ year: '2021' })

    // Counts follow the other filter: Chris gave two of his three talks in 2021.
    await speakerSelect(page).selectOption({ label: 'Chris Tomkins (2)' })
    await waitForText(status(page), /^2 of 5 talks$/)
    expect(searchOf(page)).toEqual({ year: '2021', speaker: 'chris-tomkins' })

    await searchBox(page).pressSequentially('calico')
    await waitForText(status(page), /^2 of 5 talks$/)
    await page.waitForURL((u) => u.searchParams.get('q') === 'calico')
    expect(searchOf(page)).toEqual({ q: 'calico', year: '2021', speaker: 'chris-tomkins' })
    const filtered = (await cardTitles(page)).sort()
    expect(filtered).toHaveLength(2)

    // A reload is a fresh start from the URL alone.
    await page.reload()
    await appReady(page)
    await waitForText(status(page), /^2 of 5 talks$/)
    expect(await searchBox(page).inputValue()).toBe('calico')
    expect(await speakerSelect(page).inputValue()).toBe('chris-tomkins')
    expect(await yearSelect(page).inputValue()).toBe('2021')
    expect((await cardTitles(page)).sort()).toEqual(filtered)
    expect(errors).toEqual([])
    await close()
  })

  it('browser Back undoes one filter at a time', async () => {
    const { page, errors, close } = await openPage(browser())
    await home(page)
    await yearSelect(page).selectOption('2021')
    await waitForText(status(page), /^3 of 5 talks$/)
    await speakerSelect(page).selectOption({ label: 'Chris Tomkins (2)' })
    await waitForText(status(page), /^2 of 5 talks$/)

    await page.goBack()
    await waitForText(status(page), /^3 of 5 talks$/)
    expect(searchOf(page)).toEqual({ year: '2021' })
    expect(await speakerSelect(page).inputValue()).toBe('')

    await page.goBack()
    await waitForText(status(page), /^5 talks$/)
    expect(searchOf(page)).toEqual({})
    expect(await yearSelect(page).inputValue()).toBe('')

    await page.goForward()
    await waitForText(status(page), /^3 of 5 talks$/)
    expect(errors).toEqual([])
    await close()
  })

  it('speaker Chris Tomkins alone shows his three talks', async () => {
    const { page, errors, close } = await openPage(browser())
    await home(page)
    await speakerSelect(page).selectOption({ label: 'Chris Tomkins (3)' })
    await waitForText(status(page), /^3 of 5 talks$/)
    expect(searchOf(page)).toEqual({ speaker: 'chris-tomkins' })
    const speakersPerCard = await page.locator('main article').evaluateAll((cards) => cards.map((c) => [...c.querySelectorAll('a[href*="/speakers/"]')].map((a) => a.textContent)))
    expect(speakersPerCard).toHaveLength(3)
    for (const names of speakersPerCard) expect(names).toContain('Chris Tomkins')
    expect(await cardTitles(page)).toContain(CHEETAH)
    expect(errors).toEqual([])
    await close()
  })

  it('"/" focuses the search box from the page, and types a slash once inside it', async () => {
    const { page, errors, close } = await openPage(browser())
    await home(page)
    await page.getByRole('heading', { level: 1, name: 'Talks' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('talk-search')

    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('talk-search')
    await page.keyboard.type('vpp')
    expect(await searchBox(page).inputValue()).toBe('vpp')
    await page.waitForURL((u) => u.searchParams.get('q') === 'vpp')

    // Inside the box "/" is just a character.
    await page.keyboard.press('/')
    expect(await searchBox(page).inputValue()).toBe('vpp/')
    expect(errors).toEqual([])
    await close()
  })
})
