// Dev server: serves the generated files (feeds, calendars, sitemap, robots) the static build
// writes, so their links work in `npm run dev` too.
import type { Plugin } from 'vite'
import type { SiteSettings } from '../data/site-settings.ts'
import { pagesOf } from '../prerender/pages.ts'
import { CONTENT_TYPES, siteFiles } from '../prerender/site-files.ts'
import type { TalksApi } from './talks-plugin.ts'

// Tag feeds may have non-ASCII names ("feeds/tag/café.xml"), which arrive percent-encoded.
function decoded(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export function siteFilesDevPlugin({ site, talks }: { site: SiteSettings; talks: Plugin<TalksApi> }): Plugin {
  return {
    name: 'talkshelf:site-files-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decoded((req.url ?? '').split('?')[0]!).slice(site.base.length)
        // Every request passes here (each module, each image): only a feed's, a calendar's or robots'
        // name is worth the collection, which after a dev edit is compiled again from the disk.
        const type = CONTENT_TYPES[path.split('.').pop()!]
        if (!type) return next()
        const { index } = talks.api!.collection()
        const produce = siteFiles(index, pagesOf(index, site), site).get(path)
        if (!produce) return next()
        res.setHeader('Content-Type', type)
        res.end(produce())
      })
    },
  }
}
