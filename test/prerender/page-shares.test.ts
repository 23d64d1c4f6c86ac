// Pages dealt to the prerender workers: a data file's pages in one share, shares about even, and
// every share in the pages' own order (the home page first, rendered with nothing loaded).
import { describe, expect, it } from 'vitest'
import { pageShares } from '../../src/prerender/page-shares.ts'

const page = (path: string, data?: string[]) => ({ path, data })

describe('pageShares', () => {
  const pages = [page('/'), page('/speakers'), ...Array.from({ length: 12 }, (_, i) => page(`/talks/t${i}`, [`details/${i % 4}.json`, 'profiles/0.json'])), page('/list')]
  const shares = pageShares(pages, 2)

  it('keeps every page once, the pages of a data file together', () => {
    expect(shares.flat().map((p) => p.path).sort()).toEqual(pages.map((p) => p.path).sort())
    for (let b = 0; b < 4; b++) expect(shares.filter((s) => s.some((p) => p.data?.[0] === `details/${b}.json`))).toHaveLength(1)
  })

  it('deals about evenly, each share in the original order', () => {
    expect(Math.abs(shares[0]!.length - shares[1]!.length)).toBeLessThanOrEqual(3)
    for (const s of shares) expect(s).toEqual([...s].sort((a, b) => pages.indexOf(a) - pages.indexOf(b)))
    expect(shares.some((s) => s[0]!.path === '/')).toBe(true)
  })
})
