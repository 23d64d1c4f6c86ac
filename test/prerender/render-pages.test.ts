// @vitest-environment node
// The prerenderer's check of each route's status: a page whose route renders "Not found", or whose
// loader throws, fails the build naming the route instead of shipping a broken page.
import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { PageMeta } from '../../src/prerender/pages.ts'
import type { RenderedRoute, ServerEntry } from '../../src/prerender/render-contract.ts'
import { fileOfPage, renderPagesTo } from '../../src/prerender/render-pages.ts'
import { workspace, type Workspace } from '../compiler/helpers.ts'
import { siteSettingsFromEnv } from '../../src/data/site-settings.ts'

const SITE = siteSettingsFromEnv({})
const TEMPLATE = '<!doctype html><html><head><title>x</title></head><body><div id="root"></div></body></html>'
const STYLES = { sheets: [], policy: "default-src 'self'" }
const page = (path: string, status: 200 | 404 = 200): PageMeta => ({ path, title: path, description: 'd', image: '/i.png', type: 'website', status })

/** A server entry that answers from a table, and records the URLs it was asked for. */
function entryOf(answers: Record<string, RenderedRoute>) {
  const asked: string[] = []
  const entry: ServerEntry = {
    render: async (url) => {
      asked.push(url)
      return answers[url] ?? { html: '<main>ok</main>', hints: '', href: url, status: 200 }
    },
  }
  return { entry, asked }
}

let ws: Workspace
afterEach(() => ws?.remove())

describe('renderPagesTo', () => {
  it('writes each page to its file, the not-found page to 404.html', async () => {
    ws = workspace()
    const { entry } = entryOf({ '/404': { html: '<main>Not found</main>', hints: '', href: '/404', status: 404 } })
    await renderPagesTo(entry, [page('/'), page('/talks/a'), page('/404', 404)], TEMPLATE, STYLES, SITE, ws.root)
    expect(readFileSync(ws.path('talks/a/index.html'), 'utf8')).toContain('<div id="root" data-href="/talks/a"><main>ok</main></div>')
    expect(readFileSync(ws.path('404.html'), 'utf8')).toContain('Not found')
    expect(fileOfPage('/speakers/x')).toBe('speakers/x/index.html')
  })

  it('puts the preloads React made first in <head>, after the charset, and records where the page was rendered, escaped', async () => {
    ws = workspace()
    const hints = '<link rel="preload" as="image" href="/img/a.avif"/>'
    const { entry } = entryOf({ '/talks/a': { html: '<main>ok</main>', hints, href: '/talks/a?x="<b>"', status: 200 } })
    const template = TEMPLATE.replace('<head>', '<head><meta charset="UTF-8" /><script type="module" src="/app.js"></script><style>p{}</style>')
    await renderPagesTo(entry, [page('/talks/a')], template, STYLES, SITE, ws.root)
    const html = readFileSync(ws.path('talks/a/index.html'), 'utf8')
    // Ahead of the scripts and styles: with the CSP <meta>, Chromium starts a request only when its parser reaches the tag.
    expect(html.indexOf(hints)).toBeGreaterThan(html.indexOf('<meta charset="UTF-8" />'))
    expect(html.indexOf(hints)).toBeLessThan(html.indexOf('<script'))
    // A template without a charset still gets them, first in <head>.
    await renderPagesTo(entry, [page('/talks/a')], TEMPLATE, STYLES, SITE, ws.root)
    const plain = readFileSync(ws.path('talks/a/index.html'), 'utf8')
    expect(plain.indexOf(hints)).toBeGreaterThan(plain.indexOf('<head>'))
    expect(plain.indexOf(hints)).toBeLessThan(plain.indexOf('<title>'))
    expect(html).toContain('<div id="root" data-href="/talks/a?x=&quot;&lt;b&gt;&quot;"><main>ok</main></div>')
  })

  it('fails, naming the route, when a page renders "Not found"', async () => {
    ws = workspace()
    const { entry } = entryOf({ '/talks/gone': { html: '', hints: '', href: '/talks/gone', status: 404 } })
    await expect(renderPagesTo(entry, [page('/'), page('/talks/gone')], TEMPLATE, STYLES, SITE, ws.root)).rejects.toThrow('Prerendering /talks/gone gave status 404, not 200')
    expect(existsSync(ws.path('talks/gone/index.html'))).toBe(false)
  })

  it('fails with the error when a loader threw', async () => {
    ws = workspace()
    const { entry } = entryOf({ '/speakers/x': { html: '', hints: '', href: '/speakers/x', status: 500, error: 'The details are missing' } })
    await expect(renderPagesTo(entry, [page('/speakers/x')], TEMPLATE, STYLES, SITE, ws.root)).rejects.toThrow(/\/speakers\/x gave status 500, not 200: The details are missing/)
  })

  it('asks for non-ASCII paths percent-encoded, as a browser sends them', async () => {
    ws = workspace()
    const { entry, asked } = entryOf({})
    await renderPagesTo(entry, [page('/speakers/ελένη')], TEMPLATE, STYLES, SITE, ws.root)
    expect(asked).toEqual(['/speakers/%CE%B5%CE%BB%CE%AD%CE%BD%CE%B7'])
    expect(existsSync(ws.path('speakers/ελένη/index.html'))).toBe(true)
  })
})
