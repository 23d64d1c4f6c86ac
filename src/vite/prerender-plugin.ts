// Vite plugin: after the client build, renders every route to its own HTML file (content readable
// without JavaScript, head tags for link previews), and writes the feed, calendars, sitemap and
// robots.txt. Any plain static host can then serve dist/.
import react from '@vitejs/plugin-react'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import type { TalksApi } from './talks-plugin.ts'
import type { Speaker, Talk } from '../data/types.ts'
import { calendarOf, joinCalendars } from '../prerender/calendar.ts'
import type { SiteSettings } from '../data/site-settings.ts'
import { cspOf } from '../prerender/csp.ts'
import { redirectPage, withCsp } from '../prerender/head.ts'
import { aliasRedirects, pagesOf, type PageMeta } from '../prerender/pages.ts'
import { CONTENT_TYPES, siteFiles } from '../prerender/site-files.ts'


interface Options {
  site: SiteSettings
  talks: Plugin<TalksApi>
}

const SSR_DIR = join('node_modules', '.talkshelf-ssr')

/** Builds src/entry-server.tsx for Node, reusing the talks plugin (and its compiled content). */
async function buildServerEntry(config: ResolvedConfig, talks: Plugin<TalksApi>): Promise<string> {
  const outDir = join(config.root, SSR_DIR)
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    define: config.define,
    plugins: [talks, react()],
    build: { ssr: 'src/entry-server.tsx', outDir, emptyOutDir: true, copyPublicDir: false, minify: false },
  })
  return `${pathToFileURL(join(outDir, 'entry-server.js')).href}?t=${Date.now()}`
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

interface Work {
  entry: string
  pages: PageMeta[]
  talks: Talk[]
  speakers: Speaker[]
  template: string
  site: SiteSettings
  outDir: string
}

interface ServerEntry {
  renderPages(pages: PageMeta[], template: string, site: SiteSettings, outDir: string): Promise<void>
  writeCalendars(talks: Talk[], speakers: Speaker[], site: SiteSettings, outDir: string): string[]
}

// A worker renders its share of the pages and calendars with the bundled server entry (plain JS).
const WORKER = `
const { workerData: w, parentPort } = require('node:worker_threads')
import(w.entry)
  .then(async (m) => {
    await m.renderPages(w.pages, w.template, w.site, w.outDir)
    parentPort.postMessage(m.writeCalendars(w.talks, w.speakers, w.site, w.outDir))
  })
`

function runWorker(work: Work): Promise<string[]> {
  return new Promise((done, fail) => {
    const worker = new Worker(WORKER, { eval: true, workerData: work })
    worker.once('message', done)
    worker.once('error', fail)
    worker.once('exit', (code) => code && fail(new Error(`prerender worker exited with ${code}`)))
  })
}

/**
 * Renders every page and per-talk calendar on every core (the work is CPU-bound and each item is
 * independent), and returns the calendars' texts in talk order.
 */
async function renderAll(work: Work): Promise<string[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(work.pages.length / 200))
  if (threads <= 1) {
    const m = (await import(work.entry)) as ServerEntry
    await m.renderPages(work.pages, work.template, work.site, work.outDir)
    return m.writeCalendars(work.talks, work.speakers, work.site, work.outDir)
  }
  const share = <T>(items: T[], i: number) => items.filter((_, j) => j % threads === i)
  const parts = await Promise.all(Array.from({ length: threads }, (_, i) => runWorker({ ...work, pages: share(work.pages, i), talks: share(work.talks, i) })))
  return work.talks.map((_, j) => parts[j % threads]![Math.floor(j / threads)]!)
}

export function siteFilesDevPlugin({ site, talks }: Options): Plugin {
  return {
    name: 'talkshelf:site-files-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.slice(site.base.length)
        const { index } = talks.api!.collection()
        const produce = siteFiles(index, pagesOf(index, site), site).get(path)
        if (!produce) return next()
        res.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop()!] ?? 'text/plain')
        res.end(produce())
      })
    },
  }
}

export function prerenderPlugin({ site, talks }: Options): Plugin {
  let config: ResolvedConfig
  return {
    name: 'talkshelf:prerender',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const out = resolve(config.root, config.build.outDir)
        const { index } = talks.api!.collection()
        const started = performance.now()
        const entry = await buildServerEntry(config, talks)
        const bundled = performance.now()
        const template = withCsp(readFileSync(join(out, 'index.html'), 'utf8'), cspOf(index))
        const pages = pagesOf(index, site)
        const notFound: PageMeta = { path: '/404', title: `Not found · ${site.title}`, description: site.description, image: site.image, type: 'website' }
        const calendars = await renderAll({ entry, pages: [...pages, notFound], talks: index.talks, speakers: index.speakers, template, site, outDir: out })
        const rendered = performance.now()
        const files = siteFiles(index, pages, site)
        // The per-talk calendars are written by the workers; the all-talks one is assembled from them.
        files.set('talks.ics', () => joinCalendars(calendars, calendarOf([], index, site)))
        for (const [path, produce] of files) if (!path.startsWith('calendar/')) write(join(out, path), produce())
        for (const { from, to } of aliasRedirects(index, site)) {
          // An alias never replaces a page or a file the site already has.
          if (!existsSync(join(out, from)) && !files.has(from)) write(join(out, from, 'index.html'), redirectPage(to))
        }
        rmSync(join(config.root, SSR_DIR), { recursive: true, force: true })
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
        config.logger.info(`prerendered ${pages.length} pages, ${index.talks.length} calendars, feed, sitemap in ${seconds(performance.now() - started)} (server bundle ${seconds(bundled - started)}, pages ${seconds(rendered - bundled)})`)
      },
    },
  }
}
