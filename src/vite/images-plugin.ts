// Responsive images in a build: starts the image pipeline (src/images/) on the pictures the talks
// show as soon as the collection is compiled, hands the talks plugin each image's Picture for the
// rows it encodes, and copies the variants into dist/assets/img/. Only the Vite hooks live here.
// The dev server makes no variants (its pages use the originals), so it starts as fast as before.
import { constants, copyFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import type { CompileResult } from '../compiler/compile.ts'
import { VARIANT_DIR, type Picture } from '../data/images.ts'
import { processImages, type ImageResult } from '../images/pipeline.ts'
import { siteFoldersOf } from '../compiler/site-path-files.ts'
import type { TalksApi } from './talks-plugin.ts'

/** Site path of an original → its Picture (undefined: use the original). */
export type PictureLookup = (sitePath: string) => Picture | undefined

export interface ImagesApi {
  /** The pictures of this build, once made; undefined in dev (originals only). */
  pictures(): Promise<PictureLookup | undefined>
}

/** The images the views draw as <picture>: preview images and speaker photos. */
export function pictureSitePaths(c: CompileResult): string[] {
  const paths: string[] = []
  for (const t of c.index.talks) if (t.previewImage?.startsWith('/')) paths.push(t.previewImage)
  for (const s of c.index.speakers) if (s.image?.startsWith('/')) paths.push(s.image)
  return paths
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export function imagesPlugin({ talks }: { talks: Plugin<TalksApi> }): Plugin<ImagesApi> {
  let job: Promise<ImageResult> | undefined
  let enabled = false
  let root = ''
  let outDir = ''
  let log: (message: string) => void = () => {}
  let warn: (message: string) => void = () => {}
  return {
    name: 'talkshelf:images',
    api: {
      pictures: async () => {
        if (!job) return undefined
        const { pictures } = await job
        return (path) => pictures.get(path)
      },
    },
    configResolved(config) {
      enabled = config.command === 'build' && !config.build.ssr
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      log = (m) => config.logger.info(m)
      warn = (m) => config.logger.warn(m)
    },
    buildStart() {
      if (!enabled) return
      // Not awaited: the app bundles meanwhile; the talk list module waits for the pictures.
      job = processImages({
        sitePaths: pictureSitePaths(talks.api!.collection()),
        ...siteFoldersOf(talks.api!.config()),
        cacheDir: join(root, 'node_modules', '.cache', 'talkshelf-images'),
      }).then((r) => {
        for (const w of r.warnings) warn(`[talkshelf:images] warning: ${w.message}`)
        return r
      })
    },
    async writeBundle() {
      if (!job) return
      const r = await job
      const cacheDir = join(root, 'node_modules', '.cache', 'talkshelf-images')
      const target = join(outDir, VARIANT_DIR)
      mkdirSync(target, { recursive: true })
      // A copy-on-write clone where the file system offers one, else a plain copy.
      for (const f of r.files) copyFileSync(join(cacheDir, f), join(target, f), constants.COPYFILE_FICLONE)
      const s = r.stats
      log(`images: ${s.images} originals → ${r.files.length} variants in ${VARIANT_DIR}/ (${s.made} made, ${s.reused} from the cache, ${s.skipped} kept as they are, ${s.failed} failed) in ${seconds(s.ms)}`)
    },
  }
}
