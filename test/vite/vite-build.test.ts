// @vitest-environment node
// Integration: the talks plugin inside a real `vite build` of a throw-away site, plus its hooks
// called directly for what a build does not show (the virtual modules' code, dev mode).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { build, type Plugin } from 'vite'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/compiler/config/resolve.ts'
import { talksPlugin, type TalksPluginOptions } from '../../src/vite/talks-plugin.ts'
import { talk, workspace, type Workspace } from '../compiler/helpers.ts'

const SITE = {
  'index.html': '<!doctype html>\n<html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>\n',
  // A namespace import keeps every export (and the lazy chunks behind them) whatever the module offers.
  'main.js': "import * as talks from 'virtual:talks'\nconsole.log(talks)\n",
}

const GOOD = {
  'talks/2023_02_05_first_talk.md': talk(
    ['title = "First talk"', 'date = 2023-12-31T23:30:00-05:00', 'time_slot = "4:15pm - 4:45pm CET"', 'previewimage = "/img/first.jpg"', 'tags = ["k8s"]', 'event = "FOSDEM"', 'youtubeurl = "https://youtu.be/dQw4w9WgXcQ"', '__proto__ = "kept"'],
    'The first talk.\n\n{{% btn txt="Event link" link="https://fosdem.org/2023/" %}}\n\n### Speakers\n\n{{< speaker name="Ada Lovelace - Analyst @ Babbage" github="ada" img="/img/ada.jpg" >}}\nAda weâ€™ve seen.\n{{< /speaker >}}',
  ),
  'talks/2021_10_12_second.md': talk(['title = "Second"', 'date = "2021-10-12"'], 'Second body.\n\n{{< speaker name="Ada Lovelace" >}}{{< /speaker >}}'),
  'talks/draft.md': talk(['title = "Draft"', 'date = "2024-01-01"', 'draft = true']),
  'public/img/first.jpg': 'jpg',
  'public/img/ada.jpg': 'jpg',
}

/** The error thrown by build(): Rolldown wraps plugin errors, so the located one may be inside. */
interface BuildError {
  message: string
  loc?: { file?: string; line: number; column: number }
  id?: string
  errors?: BuildError[]
}

async function viteBuild(root: string, options?: TalksPluginOptions): Promise<void> {
  await build({ configFile: false, root, logLevel: 'silent', plugins: [talksPlugin(options)], build: { outDir: 'dist', emptyOutDir: true } })
}

async function buildError(root: string, options?: TalksPluginOptions): Promise<BuildError> {
  try {
    await viteBuild(root, options)
  } catch (err) {
    return err as BuildError
  }
  throw new Error('the build succeeded but should have failed')
}

const located = (e: BuildError): BuildError => (e.loc ? e : (e.errors?.find((x) => x.loc) ?? e))

let savedEnv: string | undefined
beforeAll(() => {
  savedEnv = process.env.TALKS_CONTENT_DIR
  delete process.env.TALKS_CONTENT_DIR
})
afterAll(() => {
  if (savedEnv === undefined) delete process.env.TALKS_CONTENT_DIR
  else process.env.TALKS_CONTENT_DIR = savedEnv
})

describe('vite build with the talks plugin', () => {
  let ws: Workspace
  beforeEach(() => {
    ws = workspace({ ...SITE, ...GOOD }, 'talkshelf-build-')
  })
  afterEach(() => {
    delete process.env.TALKS_CONTENT_DIR
    ws.remove()
  })

  it('builds a good folder and emits talks.json with the documented shape', async () => {
    await viteBuild(ws.root, { contentDir: 'talks' })
    const json = JSON.parse(readFileSync(ws.path('dist/talks.json'), 'utf8')) as unknown
    expect(json).toEqual({
      talks: [
        {
          slug: '2023-02-05-first-talk',
          title: 'First talk',
          date: '2023-12-31',
          year: 2023,
          timeSlot: '4:15pm - 4:45pm CET',
          speakers: ['ada-lovelace'],
          links: { video: 'https://youtu.be/dQw4w9WgXcQ', event: 'https://fosdem.org/2023/' },
          buttons: [{ label: 'Event link', url: 'https://fosdem.org/2023/' }],
          previewImage: '/img/first.jpg',
          summary: 'The first talk.',
          tags: ['k8s'],
          event: 'FOSDEM',
        },
        {
          slug: '2021-10-12-second',
          title: 'Second',
          date: '2021-10-12',
          year: 2021,
          timeSlot: null,
          speakers: ['ada-lovelace'],
          links: {},
          buttons: [],
          previewImage: null,
          summary: 'Second body.',
          tags: [],
          event: null,
        },
      ],
      speakers: [
        {
          slug: 'ada-lovelace',
          name: 'Ada Lovelace',
          role: 'Analyst',
          org: 'Babbage',
          image: '/img/ada.jpg',
          bio: 'Ada we’ve seen.',
          links: { github: 'https://github.com/ada' },
          talks: ['2023-02-05-first-talk', '2021-10-12-second'],
        },
      ],
    })
  })

  it('bundles the first page as JSON.parse of a string, and writes the rest as JSON files fetched on demand', async () => {
    await viteBuild(ws.root, { contentDir: 'talks' })
    const assets = readdirSync(ws.path('dist/assets')).filter((f) => f.endsWith('.js'))
    const js = assets.map((f) => readFileSync(ws.path('dist/assets', f), 'utf8'))
    expect(js.some((code) => code.includes('JSON.parse(') && code.includes('First talk'))).toBe(true)
    // The body HTML is in no script: a talk page fetches it from its data file.
    expect(js.some((code) => code.includes('The first talk.</p>'))).toBe(false)
    const [version] = readdirSync(ws.path('dist/assets/data'))
    expect(version).toMatch(/^[0-9a-f]{12}$/)
    const details = readdirSync(ws.path('dist/assets/data', version!, 'details')).map((f) => readFileSync(ws.path('dist/assets/data', version!, 'details', f), 'utf8'))
    expect(details.some((text) => text.includes('The first talk.</p>'))).toBe(true)
    for (const file of ['list/0.json', 'summaries/0.json', 'profiles/0.json', 'speakers.json', 'aliases.json']) expect(() => JSON.parse(readFileSync(ws.path('dist/assets/data', version!, file), 'utf8')), file).not.toThrow()
    expect(js.some((code) => code.includes(`assets/data/${version}/`))).toBe(true)
  })

  it('takes the content folder from TALKS_CONTENT_DIR over the option', async () => {
    const other = workspace({ 'a.md': talk(['title = "From the environment"', 'date = "2020-01-01"']) }, 'talkshelf-env-')
    try {
      process.env.TALKS_CONTENT_DIR = other.root
      await viteBuild(ws.root, { contentDir: 'talks' })
      const json = JSON.parse(readFileSync(ws.path('dist/talks.json'), 'utf8')) as { talks: { title: string }[] }
      expect(json.talks.map((t) => t.title)).toEqual(['From the environment'])
    } finally {
      other.remove()
    }
  })

  it('fails on a broken file with a located error: file:line:col in the message, the line in loc', async () => {
    ws.write({ 'talks/broken.md': talk(['title = "Broken"', '', 'date = 2023-02-30']) })
    const err = await buildError(ws.root, { contentDir: 'talks' })
    expect(err.message).toContain('talks/broken.md:4:1: error: "date" is not a real calendar date (2023-02-30)')
    expect(err.message).toContain('[invalid-date]')
    const inner = located(err)
    expect(inner.loc).toMatchObject({ file: ws.path('talks/broken.md'), line: 4 })
    expect(inner.id).toBe(ws.path('talks/broken.md'))
    expect(existsSync(ws.path('dist/talks.json'))).toBe(false)
  })

  it('locates a TOML syntax error at its line in the file (past the +++ fence)', async () => {
    ws.write({ 'talks/syntax.md': talk(['title = "Syntax"', 'date = "2023-01-01"', 'type = "unterminated']) })
    const err = await buildError(ws.root, { contentDir: 'talks' })
    expect(err.message).toMatch(/talks\/syntax\.md:4:\d+: error: Malformed TOML front matter/)
    expect(located(err).loc).toMatchObject({ line: 4 })
  })

  it('lists every error in the message, locating the first', async () => {
    ws.write({
      'talks/a-first.md': talk(['title = "A"'], 'x\n{{< speaker >}}{{< /speaker >}}'),
      'talks/b-second.md': 'no front matter',
    })
    const err = await buildError(ws.root, { contentDir: 'talks' })
    expect(err.message).toContain('3 errors in talk files:')
    expect(err.message).toContain('talks/a-first.md:1:1: error: The talk has no date')
    expect(err.message).toContain('talks/a-first.md:5:1: error: Speaker shortcode without a name')
    expect(err.message).toContain('talks/b-second.md:1:1: error: No front matter')
    expect(located(err).loc).toMatchObject({ file: ws.path('talks/a-first.md'), line: 1 })
  })

  it('fails when the content folder does not exist', async () => {
    const err = await buildError(ws.root, { contentDir: 'nowhere' })
    expect(err.message).toContain('[no-content-folder]')
  })

  it("with onError: 'skip' in the config, publishes the good talks and lists the skipped files", async () => {
    ws.write({
      'talks/broken.md': talk(['title = "Broken"', 'date = 2023-02-30']),
      'skip.config.ts': `export default { onError: 'skip' }\n`,
    })
    process.env.TALKSHELF_CONFIG = ws.path('skip.config.ts')
    const warnings: string[] = []
    try {
      await build({
        configFile: false,
        root: ws.root,
        logLevel: 'silent',
        plugins: [talksPlugin({ contentDir: 'talks' })],
        build: { outDir: 'dist', emptyOutDir: true, rolldownOptions: { onwarn: (w) => void warnings.push(w.message) } },
      })
    } finally {
      delete process.env.TALKSHELF_CONFIG
    }
    const json = JSON.parse(readFileSync(ws.path('dist/talks.json'), 'utf8')) as { talks: { title: string }[] }
    expect(json.talks.map((t) => t.title)).toEqual(['First talk', 'Second'])
    expect(warnings.join('\n')).toMatch(/1 error: skipped 1 file \(onError: 'skip'\), published the rest:\n {2}talks\/broken\.md/)
  })
})

describe('talksPlugin hooks', () => {
  let ws: Workspace
  beforeEach(() => {
    ws = workspace(GOOD, 'talkshelf-hooks-')
  })
  afterEach(() => ws.remove())

  type Hook = (this: unknown, ...args: unknown[]) => unknown
  const hook = (plugin: Plugin, name: 'configResolved' | 'buildStart' | 'resolveId' | 'load'): Hook => {
    const h = plugin[name] as Hook | { handler: Hook } | undefined
    if (!h) throw new Error(`no ${name} hook`)
    return typeof h === 'function' ? h : h.handler
  }

  async function setUp(command: 'build' | 'serve') {
    const plugin = talksPlugin({ contentDir: 'talks' })
    await hook(plugin, 'configResolved').call({}, { command, root: ws.root, publicDir: ws.path('public') })
    const watched: string[] = []
    const warnings: string[] = []
    const ctx = {
      addWatchFile: (f: string) => watched.push(f),
      warn: (m: string) => warnings.push(m),
      error: (e: unknown) => {
        throw Object.assign(new Error('plugin error'), e)
      },
    }
    // The plugin returns { code, map }: generated data maps to no source.
    const load = (id: string) => {
      const out = hook(plugin, 'load').call(ctx, id) as { code: string; map: { mappings: string } } | undefined
      if (out !== undefined) expect(out.map).toEqual({ mappings: '' })
      return out?.code
    }
    const buildStart = () => hook(plugin, 'buildStart').call(ctx)
    return { plugin, load, buildStart, watched, warnings }
  }

  /** The value of a module written as `export default JSON.parse("…")`. */
  function jsonDefault(code: string): unknown {
    const m = /^export default JSON\.parse\(("(?:[^"\\]|\\.)*")\)$/m.exec(code)
    if (!m) throw new Error(`not a JSON.parse module:\n${code.slice(0, 200)}`)
    return JSON.parse(JSON.parse(m[1]!) as string)
  }

  /** The index module and every module it imports lazily, through the loader tables, as data (whatever the payload layout). */
  function loadAll(load: (id: string) => string | undefined): { index: string; data: unknown[]; lazyIds: string[] } {
    const index = load('\0virtual:talks')!
    const importsOf = (code: string) => [...code.matchAll(/import\(["'](virtual:talks\/[^"']+)["']\)/g)].map((m) => m[1]!)
    const lazyIds: string[] = []
    const data = [jsonDefault(index)]
    const queue = importsOf(index)
    while (queue.length) {
      const id = queue.shift()!
      lazyIds.push(id)
      const code = load(`\0${id}`)!
      if (code.startsWith('export default JSON.parse')) data.push(jsonDefault(code))
      else queue.push(...importsOf(code))
    }
    return { index, data, lazyIds }
  }

  /** Every object nested anywhere in a value. */
  function objects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
    if (value && typeof value === 'object') {
      if (!Array.isArray(value)) out.push(value as Record<string, unknown>)
      for (const v of Object.values(value)) objects(v, out)
    }
    return out
  }

  it('resolves only its virtual ids', async () => {
    const { plugin } = await setUp('build')
    const resolveId = hook(plugin, 'resolveId')
    expect(resolveId.call({}, 'virtual:talks')).toBe('\0virtual:talks')
    expect(resolveId.call({}, 'virtual:talks/whatever/3')).toBe('\0virtual:talks/whatever/3')
    expect(resolveId.call({}, 'virtual:other')).toBeUndefined()
    expect(resolveId.call({}, './main.js')).toBeUndefined()
  })

  it('serves the data as JSON.parse of strings, so a __proto__ key stays a key', async () => {
    // Dev serves every chunk as a module (a production build writes them as JSON files instead).
    const { load } = await setUp('serve')
    const { data, lazyIds } = loadAll(load)
    expect(lazyIds.length).toBeGreaterThan(0)
    const text = JSON.stringify(data)
    expect(text).toContain('2023-02-05-first-talk')
    expect(text).toContain('2021-10-12-second')
    expect(text).toContain('<p>The first talk.</p>')
    const withExtra = objects(data).filter((o) => Object.prototype.hasOwnProperty.call(o, '__proto__'))
    expect(withExtra.map((o) => Object.getOwnPropertyDescriptor(o, '__proto__')?.value)).toContain('kept')
    expect(({} as Record<string, unknown>).kept).toBeUndefined()
    expect(load('/src/other.js')).toBeUndefined()
  })

  it('watches every talk file, drafts included', async () => {
    const { load, watched } = await setUp('build')
    load('\0virtual:talks')
    expect(watched.map((f) => f.slice(ws.root.length + 1).split('\\').join('/')).sort()).toEqual(['talks/2021_10_12_second.md', 'talks/2023_02_05_first_talk.md', 'talks/draft.md'])
  })

  it('includes drafts in dev, and warns instead of failing at buildStart', async () => {
    ws.write({ 'talks/broken.md': talk(['title = "Broken"']) })
    const dev = await setUp('serve')
    expect(() => dev.buildStart()).not.toThrow()
    expect(dev.warnings.some((w) => w.includes('[repaired-text]'))).toBe(true)
    // Loading the module still fails, located, so the dev overlay shows the problem.
    expect(() => dev.load('\0virtual:talks')).toThrow(expect.objectContaining({ loc: expect.objectContaining({ line: 1, file: ws.path('talks/broken.md') }) }))
    ws.remove()
    ws = workspace(GOOD, 'talkshelf-hooks-')
    const clean = await setUp('serve')
    clean.buildStart()
    expect(JSON.stringify(loadAll(clean.load).data)).toContain('"draft"')
  })

  it('the talk folder: TALKS_CONTENT_DIR, then the option, then content/talks', () => {
    const contentDir = (env: Record<string, string>, option?: string) => resolveConfig({}, { root: '/site', env, contentDir: option }).contentDir
    expect(contentDir({})).toBe(join('/site', 'content/talks'))
    expect(contentDir({}, 'talks')).toBe(join('/site', 'talks'))
    expect(contentDir({ TALKS_CONTENT_DIR: '/elsewhere' }, 'talks')).toBe('/elsewhere')
  })
})
