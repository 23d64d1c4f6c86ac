// @vitest-environment node
// dist/sw.js as the build writes it: what it precaches (and what not), under the base path, as a
// classic script, and a new version whenever a listed file changes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Script } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { precacheFiles, writeServiceWorker } from '../../src/prerender/service-worker.ts'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'talkshelf-sw-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const FILES = {
  'assets/index-a1.js': 'app',
  'assets/index-b2.css': 'css',
  'assets/0-c3.js': 'details',
  'assets/photo-d4.webp': 'image',
  'theme.js': 'theme',
  'favicon.svg': '<svg/>',
  'shell.html': '<html></html>',
  'index.html': '<html>home</html>',
  'talks/x/index.html': '<html>x</html>',
}

function configOf(out: string) {
  const text = readFileSync(join(out, 'sw.js'), 'utf8')
  return JSON.parse(/^const __SW__ = (.*);$/m.exec(text)![1]!) as { version: string; base: string; shell: string; precache: [string, string][] }
}

describe('the service worker file', () => {
  it('precaches code, styles, theme, icon and shell; not talk details, images or pages', () => {
    expect(precacheFiles(site(FILES), new Set(['assets/0-c3.js']))).toEqual(['assets/index-a1.js', 'assets/index-b2.css', 'theme.js', 'favicon.svg', 'shell.html'])
  })

  it('lists them under the base path, and is a classic script (no import or export)', async () => {
    const out = site(FILES)
    await writeServiceWorker(out, '/talks/', new Set(['assets/0-c3.js']))
    const config = configOf(out)
    expect(config.base).toBe('/talks/')
    expect(config.shell).toBe('/talks/shell.html')
    expect(config.precache.map(([p]) => p)).toEqual(['/talks/assets/index-a1.js', '/talks/assets/index-b2.css', '/talks/theme.js', '/talks/favicon.svg', '/talks/shell.html'])
    const code = readFileSync(join(out, 'sw.js'), 'utf8')
    expect(() => new Script(code)).not.toThrow()
    expect(code).not.toMatch(/^\s*(import|export)\b|: (string|number|Response)\b/m)
  })

  it('changes version when a precached file changes, and only then', async () => {
    const out = site(FILES)
    const lazy = new Set(['assets/0-c3.js'])
    const first = (await writeServiceWorker(out, '/', lazy)).version
    expect((await writeServiceWorker(out, '/', lazy)).version).toBe(first)
    writeFileSync(join(out, 'talks/x/index.html'), '<html>edited page</html>')
    expect((await writeServiceWorker(out, '/', lazy)).version).toBe(first)
    const themeRevision = () => configOf(out).precache.find(([p]) => p === '/theme.js')![1]
    const before = themeRevision()
    writeFileSync(join(out, 'theme.js'), 'theme, edited')
    expect((await writeServiceWorker(out, '/', lazy)).version).not.toBe(first)
    expect(themeRevision()).not.toBe(before)
  })
})
