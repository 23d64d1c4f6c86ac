// A Hugo site's static/ folder (and its page bundles' media), used in place: the dev server serves it,
// and a build copies into dist/ only the files the talks use (preview images, photos, slides, body images), so a site's
// gigabytes of uploads are not copied. The app's own public/ is Vite's as usual.
import { createReadStream, readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { fileOfSitePath, siteFoldersOf } from '../compiler/site-path-files.ts'
import type { Plugin } from 'vite'
import type { CompileResult } from '../compiler/compile.ts'
import type { TalksApi } from './talks-plugin.ts'

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf', '.mp4': 'video/mp4', '.webm': 'video/webm', '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

/** Every site path the compiled talks point at. */
export function sitePathsOf(c: CompileResult): Set<string> {
  const paths = new Set<string>()
  const add = (p: string | undefined) => p?.startsWith('/') && paths.add(p.split(/[?#]/)[0]!)
  for (const t of c.index.talks) {
    add(t.previewImage)
    for (const s of t.slides) add(s.url)
    if (t.video?.kind === 'file') add(t.video.url)
    // A site's own files the talk links: its pdf/ppt links and its buttons (a bundle's example package).
    for (const l of Object.values(t.links)) add(l)
    for (const b of t.buttons) add(b.url)
  }
  for (const s of c.index.speakers) add(s.image)
  const html = [...c.bodies.values(), ...c.index.speakers.map((s) => s.bioHtml ?? '')]
  for (const h of html) for (const m of h.matchAll(/\b(?:src|href)="(\/[^"]*)"/g)) add(m[1])
  return paths
}

export function siteStaticPlugin({ talks, base }: { talks: Plugin<TalksApi>; base: string }): Plugin {
  // [0] is the app's public/, which Vite serves; a page bundle's media are in the talk folder.
  const folders = () => {
    const all = siteFoldersOf(talks.api!.config())
    return { ...all, staticDirs: all.staticDirs.slice(1) }
  }
  return {
    name: 'talkshelf:site-static',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!
        if (!url.startsWith(base)) return next()
        const file = fileOfSitePath(folders(), `/${url.slice(base.length)}`)
        if (!file) return next()
        res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
        createReadStream(file).pipe(res)
      })
    },
    generateBundle() {
      for (const path of sitePathsOf(talks.api!.collection())) {
        const file = fileOfSitePath(folders(), path)
        if (file) this.emitFile({ type: 'asset', fileName: decodeURIComponent(path).slice(1), source: readFileSync(file) })
      }
    },
  }
}
