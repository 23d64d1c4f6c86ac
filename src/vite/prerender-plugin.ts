// The prerender plugin: after the client build, renders every route to its own HTML file (content
// readable without JavaScript, head tags for link previews) and writes the feed, calendars, sitemap
// and robots.txt, so any plain static host can serve dist/. Only the Vite hook lives here; the work
// is in src/prerender/.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import type { SiteSettings } from '../data/site-settings.ts'
import { cspOf } from '../prerender/csp.ts'
import { fillTemplate, renderHead } from '../prerender/head.ts'
import { prepareTemplate, withPageStyles } from '../prerender/page-styles.ts'
import { notFoundPage, pagesOf } from '../prerender/pages.ts'
import { renderAll } from '../prerender/render-all.ts'
import { buildServerBundle } from '../prerender/server-bundle.ts'
import { SHELL_FILE, writeServiceWorker } from '../prerender/service-worker.ts'
import { startSiteFiles } from '../prerender/write-site.ts'
import { DATA_DIR } from './data-files.ts'
import type { TalksApi } from './talks-plugin.ts'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** Full-text search chunks up to this size in all are precached, so a small archive searches every word offline. */
export const PRECACHED_SEARCH_BYTES = 2_000_000

/**
 * Data files the service worker does not precache (src/vite/data-files.ts): talk details and speaker
 * profiles, fetched per page when opened, and the full-text search's chunks when they are more than
 * PRECACHED_SEARCH_BYTES (several MB at 10,000 talks: too much to make every visitor download), which
 * are fetched when the search box is first used. It keeps each of them once fetched.
 */
export function lazyDataFiles(outDir: string): Set<string> {
  const files = new Set<string>()
  const data = join(outDir, DATA_DIR)
  for (const version of existsSync(data) ? readdirSync(data) : []) {
    const list = (kind: string) => {
      const dir = join(data, version, kind)
      return (existsSync(dir) ? readdirSync(dir) : []).map((f) => ({ path: `${DATA_DIR}/${version}/${kind}/${f}`, bytes: statSync(join(dir, f)).size }))
    }
    const search = list('search')
    const bigSearch = search.reduce((n, f) => n + f.bytes, 0) > PRECACHED_SEARCH_BYTES
    for (const f of [...list('details'), ...list('profiles'), ...(bigSearch ? search : [])]) files.add(f.path)
  }
  return files
}

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
          const { template, styles } = prepareTemplate(readFileSync(join(out, 'index.html'), 'utf8'), out, site.base, cspOf(index))
          const pages = pagesOf(index, site).map((p) => ({ ...p, data: talks.api!.pageData(p.path) }))
          const share = { entry: bundle.entry, pages: [...pages, notFoundPage(site)], talks: index.talks, speakers: index.speakers, template, styles, site, outDir: out }
          // This thread writes the feeds and the sitemap while the workers render (it is idle otherwise).
          const [calendars, siteWriter] = await Promise.all([renderAll(bundle.worker, share), Promise.resolve().then(() => startSiteFiles(index, pages, site, out))])
          siteWriter.finish(calendars)
          // Last, once every file it lists is written: the app shell and the service worker.
          writeFileSync(join(out, SHELL_FILE), withPageStyles(fillTemplate(template, renderHead(pages[0]!, site), ''), styles))
          const sw = await writeServiceWorker(out, site.base, lazyDataFiles(out))
          config.logger.info(`prerendered ${pages.length} pages, ${index.talks.length} calendars, feeds, sitemap in ${seconds(performance.now() - started)} (server bundle ${seconds(bundled - started)}, pages ${seconds(performance.now() - bundled)}); sw.js precaches ${sw.files} files, ${(sw.bytes / 1024).toFixed(0)} KB`)
        } finally {
          rmSync(bundle.dir, { recursive: true, force: true })
        }
      },
    },
  }
}
