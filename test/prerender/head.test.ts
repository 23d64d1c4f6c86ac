// @vitest-environment node
// The head tags of prerendered pages, read back through a real HTML parser (jsdom), as a link
// preview bot or a browser would.
import { describe, expect, it } from 'vitest'
import { fillTemplate, renderHead, withCsp } from '../../src/prerender/head.ts'
import { redirectPage } from '../../src/prerender/redirects.ts'
import { pagesOf, type PageMeta } from '../../src/prerender/pages.ts'
import { bundledIndex, CHEETAH, CHEETAH_SLUG, SITE, SITE_ROOT } from './fixtures.ts'

// jsdom ships no types (and @types/jsdom is not a dependency): the one constructor used here, typed.
const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: Window } }

/** Like the built index.html: its own title and description, then the app's root. */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Talkshelf</title>
    <meta name="description" content="Talks and webinars: search, watch and share." />
    <script type="module" crossorigin src="/talks-base/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`

const page = (overrides: Partial<PageMeta> = {}): PageMeta => ({ path: '/talks/x', title: 'A talk', description: 'About it.', image: '/img/x.jpg', type: 'article', status: 200, ...overrides })

function parse(html: string) {
  const { document } = new JSDOM(html).window
  const meta = (key: string) => [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'))
  const links = (rel: string) => [...document.querySelectorAll(`link[rel="${rel}"]`)].map((l) => l.getAttribute('href'))
  return { document, meta, links }
}

const render = (p: PageMeta, body = '<main><h1>Body</h1></main>') => parse(fillTemplate(TEMPLATE, renderHead(p, SITE), body))

describe('renderHead + fillTemplate', () => {
  it('preloads the data files a page starts with, under the base, in the mode fetch() uses', () => {
    const { document } = render(page({ data: ['assets/data/abc/details/3.json', 'assets/data/abc/profiles/1.json'] }))
    const links = [...document.querySelectorAll('link[rel="preload"][as="fetch"]')]
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/talks-base/assets/data/abc/details/3.json', '/talks-base/assets/data/abc/profiles/1.json'])
    for (const l of links) expect(l.getAttribute('crossorigin')).toBe('anonymous')
    expect(render(page()).document.querySelectorAll('link[rel="preload"][as="fetch"]')).toHaveLength(0)
  })

  it('gives a talk page its own title, description, canonical URL and absolute preview image', () => {
    const cheetah = pagesOf(bundledIndex(), SITE).find((p) => p.path === `/talks/${CHEETAH_SLUG}`)!
    const { document, meta, links } = render(cheetah)
    expect(document.querySelectorAll('title')).toHaveLength(1)
    expect(document.title).toBe(`${CHEETAH} · Talkshelf`)
    expect(meta('description')).toHaveLength(1)
    expect(meta('description')[0]).toMatch(/^Kubernetes is great, containers are lightweight & disposable/)
    expect(meta('og:title')).toEqual([document.title])
    expect(meta('og:description')).toEqual(meta('description'))
    expect(meta('og:type')).toEqual(['article'])
    expect(meta('og:image')).toEqual([`${SITE_ROOT}img/webinars/video_2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.jpg`])
    expect(meta('twitter:image')).toEqual(meta('og:image'))
    expect(links('canonical')).toEqual([`${SITE_ROOT}talks/${CHEETAH_SLUG}`])
    expect(meta('og:url')).toEqual(links('canonical'))
    expect(document.querySelector('link[type="text/calendar"]')?.getAttribute('href')).toBe(`${SITE_ROOT}calendar/${CHEETAH_SLUG}.ics`)
    expect(document.querySelector('link[type="application/atom+xml"]')?.getAttribute('href')).toBe(`${SITE_ROOT}feed.xml`)
  })

  it('escapes quotes and HTML in titles and descriptions: the parsed values are the text as written', () => {
    const title = `"Quoted" & 'single' </title><script>alert(1)</script>`
    const description = `He said "<b>hi</b>" & left' />`
    const { document, meta } = render(page({ title, description }))
    expect(document.querySelectorAll('script:not([src])')).toHaveLength(0)
    expect(document.title).toBe(title)
    expect(meta('og:title')).toEqual([title])
    expect(meta('twitter:title')).toEqual([title])
    expect(meta('description')).toEqual([description])
    expect(meta('og:description')).toEqual([description])
  })

  it('keeps "$" sequences in titles and bodies literally (no replacement patterns)', () => {
    const title = `Save $& and $' and $\` and $$ money`
    const body = '<main><h1>Costs $$ less</h1><p>Up $& down $\' left $` end</p></main>'
    const { document, meta } = render(page({ title }), body)
    expect(document.title).toBe(title)
    expect(meta('og:title')).toEqual([title])
    expect(document.querySelectorAll('head')).toHaveLength(1)
    expect(document.querySelectorAll('meta[property="og:title"]')).toHaveLength(1)
    expect(document.querySelector('#root h1')?.textContent).toBe('Costs $$ less')
    expect(document.querySelector('#root p')?.textContent).toBe("Up $& down $' left $` end")
  })

  it('puts the rendered markup into #root, once', () => {
    const { document } = render(page(), '<main><h1>Hello</h1></main>')
    expect(document.getElementById('root')!.innerHTML).toBe('<main><h1>Hello</h1></main>')
    expect(document.querySelectorAll('h1')).toHaveLength(1)
  })
})

describe('redirectPage', () => {
  it('escapes the target and points refresh, canonical and the link at it', () => {
    const to = `${SITE_ROOT}talks/a"b<c>`
    const { document } = parse(redirectPage(to))
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(to)
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${to}`)
    expect(document.querySelector('a')?.getAttribute('href')).toBe(to)
    expect(document.querySelectorAll('c')).toHaveLength(0)
  })
})

describe('withCsp', () => {
  it('puts the policy first in <head>, as written, even with "$&" in an origin', () => {
    const policy = "default-src 'self'; img-src 'self' https://a$&b.example"
    const { document } = parse(withCsp(TEMPLATE, policy))
    const first = document.head.firstElementChild
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy')
    expect(first?.getAttribute('content')).toBe(policy)
    expect(document.querySelectorAll('head')).toHaveLength(1)
  })
})
