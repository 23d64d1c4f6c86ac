// Vite plugin: after the client build, renders every route to its own HTML file (content readable
// without JavaScript, head tags for link previews), and writes the feed, calendars, sitemap and
// robots.txt. Any plain static host can then serve dist/.
import react from '@vitejs/plugin-react'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import type { TalksApi } from '../data/plugin/index.ts'
import type { SiteSettings } from '../site-settings.ts'
import { cspOf } from './csp.ts'
import { fillTemplate, redirectPage, renderHead, withCsp } from './head.ts'
import { aliasRedirects, pagesOf } from './pages.ts'
import { CONTENT_TYPES, siteFiles } from './site-files.ts'

type Render = (url: string) => Promise<{ html: string; status: number }>

interface Options {
  site: SiteSettings
  talks: Plugin<TalksApi>
}

/** Builds src/entry-server.tsx for Node, reusing the talks plugin (and its compiled content). */
async function buildRenderer(config: ResolvedConfig, talks: Plugin<TalksApi>): Promise<Render> {
  const outDir = join(config.root, 'node_modules', '.talkshelf-ssr')
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
  const mod = (await import(`${pathToFileURL(join(outDir, 'entry-server.js')).href}?t=${Date.now()}`)) as { render: Render }
  return mod.render
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** Dev only: serves the feed, calendars, sitemap and robots.txt from memory. */
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
        const render = await buildRenderer(config, talks)
        const template = withCsp(readFileSync(join(out, 'index.html'), 'utf8'), cspOf(index))
        const pages = pagesOf(index, site)
        for (const page of pages) {
          const { html } = await render(`${site.base}${page.path.replace(/^\//, '')}`)
          const file = page.path === '/' ? 'index.html' : `${page.path.slice(1)}/index.html`
          write(join(out, file), fillTemplate(template, renderHead(page, site), html))
        }
        const missing = await render(`${site.base}404`)
        write(join(out, '404.html'), fillTemplate(template, renderHead({ path: '/404', title: `Not found · ${site.title}`, description: site.description, image: site.image, type: 'website' }, site), missing.html))
        for (const { from, to } of aliasRedirects(index, site)) {
          if (!pages.some((p) => p.path.slice(1) === from)) write(join(out, from, 'index.html'), redirectPage(to))
        }
        for (const [path, produce] of siteFiles(index, pages, site)) write(join(out, path), produce())
        rmSync(join(config.root, 'node_modules', '.talkshelf-ssr'), { recursive: true, force: true })
        config.logger.info(`prerendered ${pages.length} pages, ${index.talks.length} calendars, feed, sitemap`)
      },
    },
  }
}
