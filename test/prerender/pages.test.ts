// @vitest-environment node
// Every page the static site has (pagesOf), the sitemap and robots.txt listing them, and the
// redirect pages for old Hugo paths (aliasRedirects).
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { pagesOf } from '../../src/prerender/pages.ts'
import { aliasRedirects } from '../../src/prerender/redirects.ts'
import { robotsOf, sitemapOf } from '../../src/prerender/sitemap.ts'
import { bundledIndex, CHEETAH_SLUG, makeIndex, makeSpeaker, makeTalk, SITE, SITE_ROOT } from './fixtures.ts'

function sitemapLocs(xml: string): string[] {
  const parsed = new XMLParser({ htmlEntities: true, isArray: (name) => name === 'url' }).parse(xml) as { urlset: { url: { loc: string }[] } }
  return parsed.urlset.url.map((u) => u.loc)
}

describe('pagesOf', () => {
  const index = bundledIndex()
  const pages = pagesOf(index, SITE)

  it('has home, the speakers index, one page per talk and one per speaker, and the list page', () => {
    expect(pages.map((p) => p.path).sort()).toEqual(['/', '/speakers', '/list', ...index.talks.map((t) => `/talks/${t.slug}`), ...index.speakers.map((s) => `/speakers/${s.slug}`)].sort())
    expect(pages).toHaveLength(3 + 5 + 4)
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length)
  })

  it('describes each talk by its summary (clipped), each speaker by bio or role', () => {
    for (const p of pages) {
      expect(p.description.length, p.path).toBeGreaterThan(0)
      expect(p.description.length, p.path).toBeLessThanOrEqual(200)
    }
    const cheetah = pages.find((p) => p.path === `/talks/${CHEETAH_SLUG}`)!
    expect(cheetah.type).toBe('article')
    expect(cheetah.image).toBe('/img/webinars/video_2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.jpg')
    expect(cheetah.calendar).toBe(`/calendar/${CHEETAH_SLUG}.ics`)
    expect(pages.find((p) => p.path === '/speakers/chris-tomkins')!.type).toBe('profile')
  })

  it('falls back to the site image and a "title by speakers" description', () => {
    const talk = makeTalk({ slug: 'bare', date: '2024-03-01', title: 'Bare', speakers: ['ann'] })
    const [, , page] = pagesOf(makeIndex([talk], [makeSpeaker('ann', 'Ann Lee', ['bare'])]), SITE)
    expect(page).toMatchObject({ path: '/talks/bare', image: SITE.image, description: 'Bare by Ann Lee' })
  })
})

describe('sitemap.xml and robots.txt', () => {
  const index = bundledIndex()
  const pages = pagesOf(index, SITE)

  it('lists every page once, as an absolute URL under the site and sub-path', () => {
    const locs = sitemapLocs(sitemapOf(pages, SITE))
    // All but the reader's own list page.
    expect(locs).toHaveLength(pages.length - 1)
    expect(locs).not.toContain(`${SITE_ROOT}list`)
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs).toContain(SITE_ROOT)
    expect(locs).toContain(`${SITE_ROOT}speakers`)
    for (const t of index.talks) expect(locs).toContain(`${SITE_ROOT}talks/${t.slug}`)
    for (const s of index.speakers) expect(locs).toContain(`${SITE_ROOT}speakers/${s.slug}`)
    for (const loc of locs) expect(loc.startsWith(SITE_ROOT), loc).toBe(true)
  })

  it('stays well-formed XML whatever a path holds', () => {
    const odd = [{ path: "/talks/a&b<'c'>", title: 't', description: 'd', image: '/i.png', type: 'article' as const }]
    expect(sitemapLocs(sitemapOf(odd, SITE))).toEqual([`${SITE_ROOT}talks/a&b<'c'>`])
  })

  it('robots.txt points to the sitemap by absolute URL', () => {
    expect(robotsOf(SITE)).toMatch(new RegExp(`^Sitemap: ${SITE_ROOT.replace(/[.]/g, '\\.')}sitemap\\.xml$`, 'm'))
  })
})

describe('aliasRedirects', () => {
  const talk = makeTalk({ slug: 'new-home', date: '2022-01-01' })

  it('redirects old paths to the talk’s absolute URL', () => {
    const index = makeIndex([talk], [], { 'webinars/old-name': 'new-home', 'news/2021/deep/path': 'new-home' })
    expect(aliasRedirects(index, SITE)).toEqual([
      { from: 'webinars/old-name', to: `${SITE_ROOT}talks/new-home` },
      { from: 'news/2021/deep/path', to: `${SITE_ROOT}talks/new-home` },
    ])
  })

  it('skips paths with "." or ".." segments, which would write outside their folder', () => {
    const index = makeIndex([talk], [], {
      '../../etc/evil': 'new-home',
      'webinars/../../../escape': 'new-home',
      'a/./b': 'new-home',
      '..': 'new-home',
      'ok/..hidden/file..': 'new-home',
      '': 'new-home',
    })
    expect(aliasRedirects(index, SITE).map((r) => r.from)).toEqual(['ok/..hidden/file..'])
  })
})
