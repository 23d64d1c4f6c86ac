// Another Hugo site, built through a config (TALKSHELF_SITE + TALKSHELF_CONFIG) and opened in
// Chromium: a Vimeo talk plays through Vimeo's privacy player only after a click, Speaker Deck and
// site-local PDF slides embed on request, the site's static files the talks use are in dist/, a page
// bundle brings its own cover, slides and linked files (never its Markdown), and speaker files give
// names, roles and photos but never their e-mail addresses.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { buildSite } from './build-site.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage } from './browser.ts'
import { appReady, stubThirdParty, thirdParty, watchFailures } from './helpers.ts'
import { serveStatic } from './static-server.ts'

const yaml = (lines: string[], body = '') => ['---', ...lines, '---', body].join('\n')
const DEFINE = JSON.stringify(resolve('src/compiler/config/define-config.ts'))

const SITE: Record<string, string> = {
  'content/webinars/_index.md': yaml(['title: Webinars']),
  'content/webinars/fair-data.md': yaml([
    "title: 'Enabling FAIR Data'",
    'date: 2020-05-01T21:25:10.000+00:00',
    'event_datetime: 2017-09-12T09:00:00-07:00',
    'duration: 60',
    'vimeoID: 233535373',
    'slides: "/uploads/fair.pdf"',
    'abstract: Open, accessible and high-quality data.',
    'speakers:',
    '- people/Shelley-Stall.md',
  ]),
  'content/webinars/deck.md': yaml(['title: A deck', 'event_datetime: 2018-01-10T16:00:00Z', 'slides: https://speakerdeck.com/player/0123456789abcdef0123456789abcdef', 'speakers: [people/Shelley-Stall.md]'], 'About the deck.'),
  'content/people/Shelley-Stall.md': yaml(['avatar: "/uploads/shelley.png"', 'fullname: Shelley Stall', 'role: Director', 'organization: AGU', 'longbio: Leads data programs.', 'email: shelley.secret@example.org']),
  'static/uploads/fair.pdf': '%PDF-1.4\n%%EOF\n',
  // A page bundle: its cover (featured.png, named by convention), slides and a Markdown resource beside index.md.
  'content/webinars/bundle-talk/index.md': yaml(['title: A bundled talk', 'event_datetime: 2019-03-04T10:00:00Z', 'slides: slides.pdf'], 'The [handout](handout.pdf) and the notes.'),
  'content/webinars/bundle-talk/slides.pdf': '%PDF-1.4\n%%EOF\n',
  'content/webinars/bundle-talk/handout.pdf': '%PDF-1.4\n%%EOF\n',
  'content/webinars/bundle-talk/transcript.md': yaml(['title: A transcript, not a talk', 'date: 2019-03-04', 'email: shelley.secret@example.org']),
  'talkshelf.config.ts': `import { defineConfig } from ${DEFINE}\nexport default defineConfig({ content: 'content/webinars' })\n`,
}
// A 1×1 PNG, so the photo is a real image the browser can decode.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let root: string
let outDir: string
let site: Awaited<ReturnType<typeof serveStatic>>
let browser: Browser

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'talkshelf-site-config-'))
  outDir = join(root, 'dist')
  for (const [path, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  writeFileSync(join(root, 'static/uploads/shelley.png'), PNG)
  writeFileSync(join(root, 'content/webinars/bundle-talk/featured.png'), PNG)
  await buildSite(outDir, { TALKSHELF_SITE: root, TALKSHELF_CONFIG: join(root, 'talkshelf.config.ts') })
  site = await serveStatic(outDir)
  browser = await launch()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('a Hugo site built through its config', () => {
  it('plays a Vimeo talk through the privacy player, contacting Vimeo only after the click', async () => {
    const { page, requests, errors, close } = await openPage(browser)
    const failures = watchFailures(page)
    await stubThirdParty(page, site.url)
    await page.goto(`${site.url}talks/fair-data`)
    await appReady(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Enabling FAIR Data')
    expect(await page.locator('main').textContent()).toContain('09:00 - 10:00 UTC-07:00')
    expect(thirdParty(requests, site.url)).toEqual([])
    await page.getByRole('button', { name: 'Play video' }).click()
    const src = await page.locator('iframe[title^="Video:"]').getAttribute('src')
    expect(src).toMatch(/^https:\/\/player\.vimeo\.com\/video\/233535373\?dnt=1&autoplay=1$/)
    await page.waitForTimeout(200)
    expect(thirdParty(requests, site.url).every((u) => new URL(u).hostname === 'player.vimeo.com')).toBe(true)
    expect(failures).toEqual([])
    expect(errors).toEqual([])
    await close()
  })

  it('allows exactly the players its talks use in the Content-Security-Policy', () => {
    const html = readFileSync(join(outDir, 'talks/fair-data/index.html'), 'utf8')
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'")
    const frames = /frame-src ([^;]*)/.exec(csp)![1]!.split(' ').sort()
    expect(frames).toEqual(["'self'", 'https://player.vimeo.com', 'https://speakerdeck.com'])
  })

  it('shows the site-local PDF slides inline on request, served from the site’s static folder', async () => {
    expect(existsSync(join(outDir, 'uploads/fair.pdf'))).toBe(true)
    const { page, requests, close } = await openPage(browser)
    await page.goto(`${site.url}talks/fair-data`)
    await appReady(page)
    await page.getByRole('button', { name: 'Show slides' }).click()
    expect(await page.locator('iframe[title^="Slides (PDF)"]').getAttribute('src')).toBe('/uploads/fair.pdf')
    expect(thirdParty(requests, site.url)).toEqual([])
    await close()
  })

  it('embeds Speaker Deck slides only after a click', async () => {
    const { page, requests, close } = await openPage(browser)
    await stubThirdParty(page, site.url)
    await page.goto(`${site.url}talks/deck`)
    await appReady(page)
    expect(thirdParty(requests, site.url)).toEqual([])
    await page.getByRole('button', { name: 'Show slides' }).click()
    expect(await page.locator('iframe[title^="Slides (Speaker Deck)"]').getAttribute('src')).toBe('https://speakerdeck.com/player/0123456789abcdef0123456789abcdef')
    await close()
  })

  it('gives the speaker page the mapped name, role, organisation and photo, and never the e-mail address', async () => {
    const { page, close } = await openPage(browser)
    await page.goto(`${site.url}speakers/shelley-stall`)
    await appReady(page)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Shelley Stall')
    expect(await page.locator('main').textContent()).toContain('Director @ AGU')
    const photo = page.locator('main img[src$="/uploads/shelley.png"]').first()
    await photo.waitFor()
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    for (const file of ['speakers/shelley-stall/index.html', 'talks.json', 'feed.xml', 'talks.ics']) expect(readFileSync(join(outDir, file), 'utf8'), file).not.toContain('shelley.secret')
    await close()
  })

  it('publishes a page bundle with its own cover, slides and linked files, never its Markdown', async () => {
    for (const file of ['webinars/bundle-talk/featured.png', 'webinars/bundle-talk/slides.pdf', 'webinars/bundle-talk/handout.pdf']) expect(existsSync(join(outDir, file)), file).toBe(true)
    expect(existsSync(join(outDir, 'webinars/bundle-talk/transcript.md'))).toBe(false)
    expect(existsSync(join(outDir, 'webinars/bundle-talk/index.md'))).toBe(false)
    expect(existsSync(join(outDir, 'talks/transcript'))).toBe(false)
    expect(readFileSync(join(outDir, 'talks.json'), 'utf8')).not.toContain('shelley.secret')
    const { page, errors, close } = await openPage(browser)
    const failures = watchFailures(page)
    await page.goto(site.url)
    await appReady(page)
    const cover = page.locator('article', { hasText: 'A bundled talk' }).locator('img').first()
    await cover.waitFor()
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(failures).toEqual([])
    expect(errors).toEqual([])
    await page.goto(`${site.url}talks/bundle-talk`)
    await appReady(page)
    expect(await page.locator('main a', { hasText: 'handout' }).getAttribute('href')).toBe('/webinars/bundle-talk/handout.pdf')
    await page.getByRole('button', { name: 'Show slides' }).click()
    expect(await page.locator('iframe[title^="Slides (PDF)"]').getAttribute('src')).toBe('/webinars/bundle-talk/slides.pdf')
    await close()
  })
})
