// The prerender plugin: after the client build, renders every route to its own HTML file (content
// readable without JavaScript, head tags for link previews) and writes the feed, calendars, sitemap
// and robots.txt, so any plain static host can serve dist/. Only the Vite hook lives here; the work
// is in src/prerender/.
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import type { SiteSettings } from '../data/site-settings.ts'
import { cspOf } from '../prerender/csp.ts'
import { withCsp } from '../prerender/head.ts'
import { notFoundPage, pagesOf } from '../prerender/pages.ts'
import { renderAll } from '../prerender/render-all.ts'
import { buildServerBundle } from '../prerender/server-bundle.ts'
import { writeSiteFiles } from '../prerender/write-site.ts'
import type { TalksApi } from './talks-plugin.ts'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export function prerenderPlugin({ site, talks }: { site: SiteSettings; talks: Plugin<TalksApi> }): Plugin {
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
        const bundle = await buildServerBundle(config, talks)
        const bundled = performance.now()
        try {
          const template = withCsp(readFileSync(join(out, 'index.html'), 'utf8'), cspOf(index))
          const pages = pagesOf(index, site)
          const share = { entry: bundle.entry, pages: [...pages, notFoundPage(site)], talks: index.talks, speakers: index.speakers, template, site, outDir: out }
          const calendars = await renderAll(bundle.worker, share)
          writeSiteFiles(index, pages, site, out, calendars)
          config.logger.info(`prerendered ${pages.length} pages, ${index.talks.length} calendars, feed, sitemap in ${seconds(performance.now() - started)} (server bundle ${seconds(bundled - started)}, pages ${seconds(performance.now() - bundled)})`)
        } finally {
          rmSync(bundle.dir, { recursive: true, force: true })
        }
      },
    },
  }
}
