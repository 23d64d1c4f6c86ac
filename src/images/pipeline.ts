// The build's image pipeline: for every site path the talks show as a picture (preview images,
// speaker photos), find the original in the static folders, make its variants once and remember
// them. A manifest in the cache folder maps each original (path, size, modification time) to its
// Picture, so a rebuild stats the originals and reads none of them; variant files stay in the cache
// and are copied into the site. Nothing here throws for a bad image: it is a warning, and the page
// shows the original.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { isPicture, type Picture } from '../data/images.ts'
import { makeVariants, NotResizable, variantFiles } from './variants.ts'
import { fileOfSitePath } from '../compiler/site-path-files.ts'

export interface ImageOptions {
  /** Site paths ("/img/a.jpg"); others (https URLs) are left alone. */
  sitePaths: Iterable<string>
  /** Where site paths are looked up, first match wins (the config's staticDirs). */
  staticDirs: string[]
  /** The talk folder and the speaker folders, whose page bundles' media have site paths too (site-path-files.ts). */
  contentDir?: string
  speakerDirs?: readonly string[]
  /** Variant files and the manifest live here between builds (node_modules/.cache/talkshelf-images). */
  cacheDir: string
  /** Images processed at once (default: the number of cores). */
  concurrency?: number
}

export interface ImageWarning {
  sitePath: string
  message: string
}

export interface ImageResult {
  /** Site path → its Picture, for every image that has variants. */
  pictures: Map<string, Picture>
  /** Variant file names (in cacheDir) the site needs, each once. */
  files: string[]
  warnings: ImageWarning[]
  stats: { images: number; made: number; reused: number; skipped: number; failed: number; ms: number }
}

interface ManifestEntry {
  /** "size:mtimeMs" of the original when its variants were made. */
  stat: string
  picture: Picture
}

const MANIFEST = 'manifest.json'

function readManifest(cacheDir: string): Map<string, ManifestEntry> {
  try {
    const raw = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8')) as Record<string, ManifestEntry>
    return new Map(Object.entries(raw).filter(([, e]) => typeof e?.stat === 'string' && isPicture(e.picture)))
  } catch {
    return new Map() // none yet, or unreadable: start afresh
  }
}

function writeManifest(cacheDir: string, entries: Map<string, ManifestEntry>): void {
  const file = join(cacheDir, MANIFEST)
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, JSON.stringify(Object.fromEntries(entries)))
  renameSync(partial, file) // atomic: a build stopped mid-write leaves the previous manifest
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
}

export async function processImages(options: ImageOptions): Promise<ImageResult> {
  const started = performance.now()
  const { cacheDir } = options
  mkdirSync(cacheDir, { recursive: true })
  const manifest = readManifest(cacheDir)
  const result: ImageResult = { pictures: new Map(), files: [], warnings: [], stats: { images: 0, made: 0, reused: 0, skipped: 0, failed: 0, ms: 0 } }
  // One job per original: several site paths (or talks) may name the same file.
  const byFile = new Map<string, string[]>()
  for (const sitePath of new Set(options.sitePaths)) {
    const file = fileOfSitePath(options, sitePath)
    if (!file) continue // a remote image, or one the compiler already reported missing
    byFile.set(file, [...(byFile.get(file) ?? []), sitePath])
  }
  const files = new Set<string>()
  const done = (file: string, picture: Picture) => {
    for (const p of byFile.get(file)!) result.pictures.set(p, picture)
    for (const f of variantFiles(picture)) files.add(f)
  }
  await pool([...byFile.keys()], options.concurrency ?? availableParallelism(), async (file) => {
    result.stats.images++
    const st = statSync(file)
    const stat = `${st.size}:${st.mtimeMs}`
    const cached = manifest.get(file)
    if (cached && cached.stat === stat && variantFiles(cached.picture).every((f) => existsSync(join(cacheDir, f)))) {
      result.stats.reused++
      return done(file, cached.picture)
    }
    try {
      const picture = await makeVariants(readFileSync(file), cacheDir)
      manifest.set(file, { stat, picture })
      result.stats.made++
      done(file, picture)
    } catch (err) {
      manifest.delete(file)
      // libvips repeats itself over several lines: its first line says it.
      const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim()
      if (err instanceof NotResizable) result.stats.skipped++
      else {
        result.stats.failed++
        for (const sitePath of byFile.get(file)!) result.warnings.push({ sitePath, message: `no resized copies of ${sitePath} (${message}); the page links the original` })
      }
    }
  })
  writeManifest(cacheDir, manifest)
  result.files = [...files].sort()
  result.stats.ms = performance.now() - started
  return result
}
