// Hugo's `{{< ref "…" >}}` and `{{< relref "…" >}}`: a link to another page of the site, written as
// its content file. In the archive a talk file's page is /talks/<slug> and a speaker file's is
// /speakers/<slug>; any other page is not published here, so its ref links nothing.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import type { CompileContext } from './context.ts'
import { splitFrontMatter } from './front-matter.ts'
import { FrontMatterReader } from './front-matter-reader.ts'
import { isBundleIndex, isOwnTalkFile } from './files.ts'
import { contentRootOf } from './site-path-files.ts'
import { slugify, talkSlug } from './slug.ts'

const isFile = (path: string) => existsSync(path) && statSync(path).isFile()
const inside = (dir: string, path: string) => path.startsWith(resolve(dir) + sep)

/** The content file a ref names: relative to the page's folder, else to content/ (a leading "/" means content/ only). */
function fileOfRef(target: string, pageFile: string, contentRoot: string): string | undefined {
  const path = target.split('#')[0]!.trim()
  if (!path || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined
  const bases = path.startsWith('/') ? [contentRoot] : [dirname(pageFile), contentRoot]
  for (const base of bases) {
    const full = resolve(base, `.${sep}${path.replace(/^\/+/, '')}`)
    if (!inside(contentRoot, full)) continue
    const found = [full, `${full}.md`, join(full, 'index.md'), join(full, '_index.md')].find(isFile)
    if (found) return found
  }
  return undefined
}

/** A talk file's slug as its own compile gives it (talkSlug), from the slug field of its front matter. */
function slugOfFile(file: string, ctx: CompileContext): string {
  const fm = splitFrontMatter(file, readFileSync(file, 'utf8'), [])
  const found = fm && new FrontMatterReader(file, fm.data, fm.keyLines, []).first(ctx.config.fields.slug)
  return talkSlug(file, typeof found?.value === 'string' ? found.value : undefined)
}

/** The archive's path for the page a ref names (pageFile absolute), or undefined when it publishes no such page. */
export function refPath(target: string, pageFile: string, ctx: CompileContext): string | undefined {
  const file = fileOfRef(target, pageFile, contentRootOf(ctx.config))
  if (!file) return undefined
  if (ctx.config.speakers.folders.some((d) => inside(d, file))) {
    const hit = ctx.speakers.find(file, pageFile)
    return 'found' in hit ? `/speakers/${slugify(hit.found.name)}` : undefined
  }
  // A section's own page (_index.md) is no talk: isOwnTalkFile says so.
  if (!inside(ctx.config.contentDir, file) || !(isOwnTalkFile(file) || isBundleIndex(file))) return undefined
  return `/talks/${slugOfFile(file, ctx)}`
}
