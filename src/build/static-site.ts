// Vite plugin for static hosting: a 404.html that boots the app, so a deep link reloaded on any
// plain static host (GitHub Pages, S3, nginx try_files-less) still shows the right view.
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

export function staticSitePlugin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'talkshelf:static-site',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle() {
      const index = join(outDir, 'index.html')
      if (existsSync(index)) copyFileSync(index, join(outDir, '404.html'))
    },
  }
}
