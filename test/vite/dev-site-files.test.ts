// @vitest-environment node
// In dev, the feeds and calendars the build writes are served from the same map, non-ASCII tag
// names (which arrive percent-encoded) included; other requests pass by without compiling.
import type { Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import { siteFilesDevPlugin } from '../../src/vite/dev-site-files.ts'
import type { TalksApi } from '../../src/vite/talks-plugin.ts'
import { makeIndex, makeSpeaker, makeTalk, SITE } from '../prerender/fixtures.ts'

const index = makeIndex([makeTalk({ slug: 'one', date: '2024-05-01', speakers: ['ann'], tags: ['Réseaux'] })], [makeSpeaker('ann', 'Ann Archer', ['one'])])

type Middleware = (req: { url: string }, res: { setHeader(k: string, v: string): void; end(body: string): void }, next: () => void) => void

let compiles = 0

function serve(url: string): { type?: string; body?: string; passed: boolean } {
  let middleware: Middleware | undefined
  const talks = { api: { collection: () => (compiles++, { index }) } } as unknown as Plugin<TalksApi>
  const plugin = siteFilesDevPlugin({ site: SITE, talks })
  ;(plugin.configureServer as (s: unknown) => void)({ middlewares: { use: (m: Middleware) => (middleware = m) } })
  const out: { type?: string; body?: string; passed: boolean } = { passed: false }
  middleware!({ url }, { setHeader: (_k, v) => (out.type = v), end: (b) => (out.body = b) }, () => (out.passed = true))
  return out
}

describe('dev server site files', () => {
  it('serves a speaker’s feed, a tag’s calendar (percent-encoded name) and a year’s feed', () => {
    const feed = serve('/talks-base/feeds/speaker/ann.xml')
    expect(feed.type).toBe('application/xml; charset=utf-8')
    expect(feed.body).toContain('<title>Ann Archer’s talks · Talkshelf</title>')
    const calendar = serve(`/talks-base/feeds/tag/${encodeURIComponent('réseaux')}.ics?x=1`)
    expect(calendar.type).toBe('text/calendar; charset=utf-8')
    expect(calendar.body).toContain('X-WR-CALNAME:Talks on Réseaux · Talkshelf')
    expect(serve('/talks-base/feeds/year/2024.xml').body).toContain('Talks from 2024')
  })

  it('passes on a module or an image without asking for the collection (after an edit, that compiles it again)', () => {
    const before = compiles
    for (const url of ['/talks-base/src/main.tsx', '/talks-base/@id/virtual:talks?import', '/talks-base/img/cover.jpg']) expect(serve(url).passed).toBe(true)
    expect(compiles).toBe(before)
    serve('/talks-base/feed.xml')
    expect(compiles).toBe(before + 1)
  })

  it('passes on what it does not know', () => {
    expect(serve('/talks-base/feeds/speaker/nobody.xml').passed).toBe(true)
    expect(serve('/talks-base/feeds/tag/%E0%A4%A.ics').passed).toBe(true)
  })
})
