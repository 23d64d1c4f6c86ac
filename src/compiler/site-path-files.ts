// Which file a site path ("/img/a.jpg") names: the static folders first (the app's public/, the
// site's static/), then a page bundle's own media in the talk folder, which Hugo publishes beside
// the page (content/talks/x/cover.jpg at /talks/x/cover.jpg). Only media files are ever found in
// the talk folder: its Markdown and the files beside it are never published by path.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, relative, resolve, sep } from 'node:path'
import { isBundleIndex, pageName } from './files.ts'

/** What a bundle may publish of its own files: images, slides, videos (not SVG: a script in an
 * SVG opened from the site's origin would run there). */
const BUNDLE_MEDIA = /\.(jpe?g|png|gif|webp|avif|pdf|pptx?|odp|key|mp4|m4v|webm|ogv|mov|zip|gz|tgz|csv|ipynb)$/i

/** Where site paths are looked up: the config's staticDirs, then the media of the talk folder's and the speaker folders' page bundles. */
export interface SiteFolders {
  staticDirs: string[]
  contentDir?: string
  speakerDirs?: readonly string[]
}

/** The folders of a resolved config. */
export const siteFoldersOf = (config: { staticDirs: string[]; contentDir: string; speakers: { folders: readonly string[] } }): SiteFolders => ({
  staticDirs: config.staticDirs,
  contentDir: config.contentDir,
  speakerDirs: config.speakers.folders,
})

/** The folder content paths are relative to: the site's content/, else the talk folder's parent. */
export function contentRootOf(config: { siteRoot?: string; contentDir: string }): string {
  return config.siteRoot ? resolve(config.siteRoot, 'content') : dirname(config.contentDir)
}

/** The site path prefix of the talk folder's files ("/talks/" for content/talks). */
const bundlePrefix = (contentDir: string) => `/${basename(contentDir)}/`

function fileUnder(dir: string, path: string): string | undefined {
  const root = resolve(dir)
  const full = resolve(root, `.${path}`)
  return full.startsWith(root + sep) && existsSync(full) && statSync(full).isFile() ? full : undefined
}

/** The file a site path names (decoded, query and fragment dropped), never outside the folders. */
export function fileOfSitePath(folders: SiteFolders, sitePath: string): string | undefined {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) return undefined
  let path: string
  try {
    path = decodeURIComponent(sitePath.split(/[?#]/)[0]!)
  } catch {
    return undefined
  }
  for (const dir of folders.staticDirs) {
    const file = fileUnder(dir, path)
    if (file) return file
  }
  if (!BUNDLE_MEDIA.test(path)) return undefined
  for (const dir of [folders.contentDir, ...(folders.speakerDirs ?? [])]) {
    if (!dir || !path.startsWith(bundlePrefix(dir))) continue
    const file = fileUnder(dir, path.slice(bundlePrefix(dir).length - 1))
    if (file) return file
  }
  return undefined
}

/** The site path of a media file in the talk folder. */
function bundleSitePath(contentDir: string, file: string): string {
  return bundlePrefix(contentDir) + relative(contentDir, file).split(sep).map(encodeURIComponent).join('/')
}

/** Names a bundle's cover has when the front matter names none (Hugo themes' conventions), in order. */
const COVERS = ['featured', 'feature', 'cover', 'thumbnail', 'thumb']
/** Names a speaker bundle's photo has when its front matter names none (Wowchemy's avatar.jpg), in order. */
const PHOTOS = ['avatar', 'photo', 'profile', 'headshot', 'portrait']
const IMAGE = /\.(jpe?g|png|gif|webp|avif)$/i

/** The image in `dir` named first in `names` (any image extension; ties by name), if any. */
function namedImage(dir: string, names: readonly string[]): string | undefined {
  if (!existsSync(dir)) return undefined
  const rank = (file: string) => (IMAGE.test(file) ? names.indexOf(file.replace(IMAGE, '').toLowerCase()) : -1)
  const found = readdirSync(dir).filter((file) => rank(file) >= 0).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0]
  return found && statSync(resolve(dir, found)).isFile() ? resolve(dir, found) : undefined
}

/** The folder of a bundle's index inside the talk folder, else undefined. */
function bundleDir(talkFile: string, contentDir: string): string | undefined {
  const dir = dirname(resolve(talkFile))
  return dir.startsWith(resolve(contentDir) + sep) ? dir : undefined
}

/**
 * A file a page bundle names relative to its folder (Hugo's page resources: a cover, a body image,
 * slides, a video), as a site path. Undefined when `talkFile` is no bundle's index, or the value is
 * not a media file inside the bundle's folder.
 */
export function bundleFile(talkFile: string, isBundleIndex: boolean, contentDir: string, value: string): string | undefined {
  const dir = isBundleIndex ? bundleDir(talkFile, contentDir) : undefined
  const v = value.trim()
  if (!dir || !v || v.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(v) || !BUNDLE_MEDIA.test(v)) return undefined
  const file = resolve(dir, v)
  if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined
  return bundleSitePath(contentDir, file)
}

/** The photo beside a speaker file that is its folder's index (`content/authors/ada/_index.md` → `/authors/ada/avatar.jpg`). */
export function speakerBundlePhoto(speakerFile: string, speakerDir: string): string | undefined {
  if (!/^_?index(\.[a-z-]+)?\.(md|markdown)$/i.test(basename(speakerFile))) return undefined
  const dir = dirname(resolve(speakerFile))
  const photo = dir.startsWith(resolve(speakerDir) + sep) ? namedImage(dir, PHOTOS) : undefined
  return photo && bundleSitePath(speakerDir, photo)
}

/** A bundle's cover when its front matter names none: its featured.*, cover.* or thumbnail.* image. */
export function bundleCover(talkFile: string, isBundleIndex: boolean, contentDir: string): string | undefined {
  const dir = isBundleIndex ? bundleDir(talkFile, contentDir) : undefined
  const cover = dir && namedImage(dir, COVERS)
  return cover && bundleSitePath(contentDir, cover)
}

/** A talk file's own files when it is a bundle's index (`file` as shown, relative to `root`), else undefined. */
export function bundleOf(file: string, root: string, contentDir: string): { file(value: string): string | undefined; cover(): string | undefined } | undefined {
  if (!isBundleIndex(file)) return undefined
  const index = resolve(root, file)
  return { file: (value) => bundleFile(index, true, contentDir, value), cover: () => bundleCover(index, true, contentDir) }
}

/**
 * An image a page names relative to itself ("jane-doe.jpg"), as the site path where a Hugo site
 * keeps it in static/: at the page's section path (DevOpsDays: content/events/x/speakers/jane.md →
 * /events/x/speakers/jane-doe.jpg), or at the page's own path below it. Undefined when the value is
 * no bare relative name or neither file exists (the value is then read as a site path, as before).
 */
export function pageRelativeImage(pageFile: string, contentRoot: string, value: string, exists: (sitePath: string) => boolean): string | undefined {
  const v = value.trim()
  if (!IMAGE.test(v) || v.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(v) || v.split('/').includes('..')) return undefined
  const dir = relative(resolve(contentRoot), dirname(resolve(pageFile)))
  if (!dir || dir.startsWith('..')) return undefined
  const section = `/${dir.split(sep).map(encodeURIComponent).join('/')}`
  const page = encodeURIComponent(pageName(pageFile))
  const file = v.split('/').map(encodeURIComponent).join('/')
  return [`${section}/${file}`, `${section}/${page}/${file}`].find(exists)
}
