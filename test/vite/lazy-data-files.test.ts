// Which data files the service worker leaves out of its precache: per-page data always, the
// full-text search's chunks only when they are too big for every visitor to download.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lazyDataFiles, PRECACHED_SEARCH_BYTES } from '../../src/vite/prerender-plugin.ts'

let out: string
afterEach(() => rmSync(out, { recursive: true, force: true }))

function site(searchBytes: number): string {
  out = mkdtempSync(join(tmpdir(), 'talkshelf-lazy-'))
  const v = join(out, 'assets', 'data', 'abc')
  for (const kind of ['details', 'profiles', 'search', 'summaries']) mkdirSync(join(v, kind), { recursive: true })
  writeFileSync(join(v, 'details', '0.json'), '{}')
  writeFileSync(join(v, 'profiles', '0.json'), '{}')
  writeFileSync(join(v, 'summaries', '0.json'), '[]')
  writeFileSync(join(v, 'search', '0.json'), 'x'.repeat(searchBytes / 2))
  writeFileSync(join(v, 'search', '1.json'), 'x'.repeat(searchBytes / 2))
  return out
}

describe('lazyDataFiles', () => {
  it('precaches a small archive’s search text (offline search of every word), never per-page data', () => {
    expect([...lazyDataFiles(site(1000))].sort()).toEqual(['assets/data/abc/details/0.json', 'assets/data/abc/profiles/0.json'])
  })
  it('leaves a big archive’s search text to be fetched on first use', () => {
    const lazy = lazyDataFiles(site(PRECACHED_SEARCH_BYTES + 2))
    expect(lazy.has('assets/data/abc/search/0.json') && lazy.has('assets/data/abc/search/1.json')).toBe(true)
    expect(lazy.has('assets/data/abc/summaries/0.json')).toBe(false)
  })
})
