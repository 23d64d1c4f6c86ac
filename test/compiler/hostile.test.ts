// @vitest-environment node
// The hostile corpus (test/fixtures/hostile/): every bad or strange talk file gives exactly the
// diagnostics it should, or compiles to output that is safe to show; nothing throws, nothing takes
// long, and a folder mixing them with the bundled talks loses none of the good ones.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CompileContext } from '../../src/compiler/context.ts'
import { compileFile, type CompiledFile } from '../../src/compiler/talk.ts'
import { socialUrl } from '../../src/compiler/speakers.ts'
import type { Diagnostic } from '../../src/compiler/diagnostics.ts'
import { GENERATED, HOSTILE, hrefs, srcs, type Expectation, type Expected } from '../fixtures/hostile/expectations.ts'
import { compilerFor, context, REPO_ROOT, workspace, type Workspace } from './helpers.ts'

const HOSTILE_DIR = join(REPO_ROOT, 'test/fixtures/hostile')
const PUBLIC_DIR = join(REPO_ROOT, 'public')
const BUNDLED_DIR = join(REPO_ROOT, 'content/talks')
const DEFAULT_MS = 2_000

/** The real public/ folder, as the build sees it. */
const ctx: CompileContext = context([], false, {
  fileExists: (p) => {
    const full = join(PUBLIC_DIR, p)
    return full.startsWith(PUBLIC_DIR + sep) && existsSync(full) && statSync(full).isFile()
  },
})

const committed = readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.md')).sort()
const ALL: Record<string, Expectation> = { ...HOSTILE, ...GENERATED }
const hasError = (es: readonly Expected[] = []) => es.some((e) => e.severity === 'error')
/** Files that must still give a talk in a folder with all the others. */
const GOOD = Object.keys(ALL).filter((f) => !hasError(ALL[f]!.diagnostics) && !hasError(ALL[f]!.collection))

const brief = (ds: readonly (Diagnostic | Expected)[]): string[] => ds.map((d) => `${d.line} ${d.severity} ${d.code}`).sort()

// ---- What every compiled talk must satisfy, whatever its file held ----

const ALLOWED_TAG = /^<\/?(p|br|hr|h[2-6]|blockquote|pre|code|em|strong|del|s|sub|sup|ul|ol|li|a|img|table|thead|tbody|tr|th|td|kbd|abbr|dl|dt|dd)[\s/>]/

/** Sanitised HTML: allowed tags only, no handlers or styles, links and images that cannot run code. */
function expectSafeHtml(html: string | undefined, where: string): void {
  if (!html) return
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    expect(tag, where).toMatch(ALLOWED_TAG)
    expect(tag, where).not.toMatch(/\son\w+\s*=|\sstyle\s*=|\ssrcset\s*=/i)
  }
  for (const href of hrefs(html)) expect(href, where).toMatch(/^(https?:\/\/|mailto:|\/(?!\/)|#)/i)
  // Images: an existing site path or an https URL, nothing else (no "x", no "../", no data:).
  for (const src of srcs(html)) {
    expect(src, where).toMatch(/^(https?:\/\/|\/(?!\/))/i)
    if (src.startsWith('/')) expect(ctx.fileExists(decodeURI(src)), `${where}: ${src}`).toBe(true)
  }
  // No shortcode text leaks into a page, however it was nested.
  expect(html, where).not.toMatch(/\{\{[<%]/)
}

const isHttp = (url: string) => ['http:', 'https:'].includes(new URL(url).protocol)

function expectSafeTalk(r: CompiledFile): void {
  const t = r.talk!
  expect(t.slug).toMatch(/^[\p{L}\p{N}\p{M}]+(-[\p{L}\p{N}\p{M}]+)*$/u)
  expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(JSON.parse(JSON.stringify(t))).toEqual(JSON.parse(JSON.stringify(t)))
  const urls = [
    ...Object.values(t.links),
    ...t.buttons.map((b) => b.url),
    ...(t.video ? [t.video.url, 'embedUrl' in t.video ? t.video.embedUrl : t.video.url] : []),
    ...t.slides.flatMap((s) => [s.url, 'embedUrl' in s ? s.embedUrl : s.url]),
  ]
  for (const url of urls) expect(isHttp(url!), url).toBe(true)
  for (const image of [t.previewImage, ...r.speakers.map((s) => s.image)]) {
    if (image) expect(image.startsWith('/') ? ctx.fileExists(image) : isHttp(image), image).toBe(true)
  }
  expectSafeHtml(r.html, `${r.file} body`)
  expect(`${t.summary} ${r.text}`).not.toMatch(/\{\{[<%]/)
  for (const s of r.speakers) {
    expectSafeHtml(s.bioHtml, `${r.file} bio of ${s.raw.written}`)
    expect(s.bio ?? '').not.toMatch(/\{\{[<%]/)
    for (const kind of ['github', 'twitter', 'linkedin', 'website'] as const) {
      const url = socialUrl(kind, s.raw[kind])
      if (url) expect(url).toMatch(/^https?:\/\//)
    }
  }
}

/** Compiles one file against its expectation: in time, without throwing, with exactly its diagnostics. */
function compileAndCheck(name: string, bytes: Uint8Array, e: Expectation): CompiledFile {
  const started = performance.now()
  let r: CompiledFile | undefined
  expect(() => (r = compileFile(name, bytes, ctx))).not.toThrow()
  const ms = performance.now() - started
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(e.maxMs ?? DEFAULT_MS)
  expect(brief(r!.diagnostics), name).toEqual(brief(e.diagnostics))
  for (const d of r!.diagnostics) expect(d.message.length, name).toBeGreaterThan(0)
  expect(r!.talk === undefined, `${name} gives a talk exactly when it has no errors`).toBe(hasError(e.diagnostics))
  if (r!.talk) {
    expectSafeTalk(r!)
    e.output?.(r!)
  }
  return r!
}

const bytesOf = (make: () => string | Uint8Array): Uint8Array => {
  const made = make()
  return typeof made === 'string' ? new TextEncoder().encode(made) : made
}

describe('the hostile corpus', () => {
  it('has at least 40 files, each with an expectation (and no expectation without its file)', () => {
    expect(committed.length + Object.keys(GENERATED).length).toBeGreaterThanOrEqual(40)
    expect(committed).toEqual(Object.keys(HOSTILE).sort())
  })

  it('keeps the bytes that make its encoding cases (CRLF, BOM, Latin-1, UTF-16)', () => {
    const read = (f: string) => readFileSync(join(HOSTILE_DIR, f))
    expect(read('crlf-line-endings.md').includes('\r\n')).toBe(true)
    expect([...read('utf8-bom.md').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(read('latin1-not-utf8.md').includes(0xe9)).toBe(true)
    expect([...read('utf16-not-utf8.md').subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(read('empty-file.md').length).toBe(0)
  })
})

describe('each hostile file on its own', () => {
  it.each(committed)('%s', (name) => {
    compileAndCheck(name, readFileSync(join(HOSTILE_DIR, name)), HOSTILE[name]!)
  })
})

describe('each generated hostile file on its own', () => {
  it.each(Object.keys(GENERATED))('%s', { timeout: 30_000 }, (name) => {
    const e = GENERATED[name]!
    compileAndCheck(name, bytesOf(e.make), e)
  })
})

describe('a folder of every hostile file and the bundled talks', () => {
  let ws: Workspace
  const bundled = readdirSync(BUNDLED_DIR).filter((f) => f.endsWith('.md'))
  const content = () => ws.path('content')

  beforeAll(() => {
    ws = workspace({}, 'talkshelf-hostile-')
    for (const f of committed) ws.write({ [`content/hostile/${f}`]: readFileSync(join(HOSTILE_DIR, f)) })
    for (const [f, e] of Object.entries(GENERATED)) ws.write({ [`content/hostile/${f}`]: bytesOf(e.make) })
    for (const f of bundled) ws.write({ [`content/bundled/${f}`]: readFileSync(join(BUNDLED_DIR, f)) })
  })
  afterAll(() => ws?.remove())

  it('still compiles every good file: the 5 bundled talks and every hostile file without errors', { timeout: 60_000 }, () => {
    const store = compilerFor({ contentDir: content(), publicDir: PUBLIC_DIR, includeDrafts: false, root: ws.root })
    const result = store.compileAll()
    const slugOf = (f: string) => compileFile(f, readFileSync(join(BUNDLED_DIR, f)), ctx).talk!.slug
    const slugs = new Set(result.index.talks.map((t) => t.slug))
    expect(bundled).toHaveLength(5)
    for (const f of bundled) expect(slugs.has(slugOf(f)), f).toBe(true)
    expect(result.index.talks).toHaveLength(5 + GOOD.length)

    // Each hostile file gives its own diagnostics and, together with the others, its collection ones.
    const byFile = new Map<string, Diagnostic[]>()
    for (const d of result.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
    for (const [name, e] of Object.entries(ALL)) {
      expect(brief(byFile.get(`content/hostile/${name}`) ?? []), name).toEqual(brief([...e.diagnostics, ...(e.collection ?? [])]))
    }
    // No hostile file puts an error on a good one.
    for (const f of bundled) expect((byFile.get(`content/bundled/${f}`) ?? []).filter((d) => d.severity === 'error'), f).toEqual([])

    // The look-alike "Сhris Tomkins" is not merged into the real one.
    const speakers = new Map(result.index.speakers.map((s) => [s.slug, s]))
    expect(speakers.get('chris-tomkins')?.talks).toHaveLength(3)
    expect(speakers.get('\u0441hris-tomkins')?.talks).toEqual(['unicode-lookalike-speaker'])
    // Aliases: the newer talk keeps a shared one; one that is another talk's page is not mapped.
    expect(result.index.aliases['webinars/shared-old-path']).toBe('alias-shared-newer')
    expect(result.index.aliases['talks/html-in-title']).toBeUndefined()
  })

  it('`npm run check -- --content DIR` reports every bad file and counts the good ones, and exits 1', { timeout: 60_000 }, async () => {
    const run = promisify(execFile)
    const outcome = await run('npx', ['tsx', 'scripts/check.ts', '--content', content()], { cwd: REPO_ROOT, maxBuffer: 32 * 1024 * 1024 }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (err: { code?: number; stdout?: string }) => ({ code: err.code, stdout: err.stdout ?? '' }),
    )
    expect(outcome.code).toBe(1)
    const lines = outcome.stdout.split('\n')
    const bad = Object.keys(ALL).filter((f) => !GOOD.includes(f))
    for (const name of bad) {
      expect(lines.some((l) => l.includes(`/hostile/${name}:`) && /:\d+:\d+: error: .+ \[[a-z0-9-]+\]$/.test(l)), name).toBe(true)
    }
    const files = committed.length + Object.keys(GENERATED).length + 5
    expect(outcome.stdout).toMatch(new RegExp(`^${files} files: ${5 + GOOD.length} talks compiled, \\d+ speakers; \\d+ errors in ${bad.length} files, \\d+ warnings`, 'm'))
  })
})
