// Hugo, for comparison: a minimal site (one layout for pages, one for lists, the two shortcodes the
// talk files use) whose content/talks is the generated folder, mounted as is, rendered to disk.
import { execFileSync } from 'node:child_process'
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { timedRun, tail, type Timed } from './process.ts'
import { ensureDir } from './site.ts'

export const HUGO_INSTALL = 'apt-get install hugo   (Debian/Ubuntu; or see https://gohugo.io/installation/)'

/** Path of the `hugo` executable on PATH, if any. */
export function findHugo(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, 'hugo')
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

export function hugoVersion(hugo: string): string {
  try {
    return execFileSync(hugo, ['version'], { encoding: 'utf8' }).trim().match(/v[\d.]+\S*/)?.[0] ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ .Content }}</main></body></html>
`
const LIST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
</main></body></html>
`
const SPEAKER = `<div class="speaker"><strong>{{ .Get "name" }}</strong>{{ with .Get "img" }} <img src="{{ . }}" alt="">{{ end }}{{ with .Inner }}<div class="bio">{{ . | markdownify }}</div>{{ end }}</div>
`
const BTN = `<a class="btn" href="{{ .Get "link" }}">{{ .Get "txt" }}</a>
`

/** Writes the minimal Hugo site into `siteDir`, with `contentDir` mounted as content/talks. */
export function makeHugoSite(siteDir: string, contentDir: string): string {
  ensureDir(join(siteDir, 'layouts', '_default'))
  ensureDir(join(siteDir, 'layouts', 'shortcodes'))
  ensureDir(join(siteDir, 'content'))
  writeFileSync(
    join(siteDir, 'config.toml'),
    `baseURL = "http://localhost/"
title = "Talks"
languageCode = "en"

[[module.mounts]]
source = ${JSON.stringify(contentDir)}
target = "content/talks"
`,
  )
  writeFileSync(join(siteDir, 'layouts', '_default', 'single.html'), PAGE)
  writeFileSync(join(siteDir, 'layouts', '_default', 'list.html'), LIST)
  writeFileSync(join(siteDir, 'layouts', 'shortcodes', 'speaker.html'), SPEAKER)
  writeFileSync(join(siteDir, 'layouts', 'shortcodes', 'btn.html'), BTN)
  return siteDir
}

export interface HugoBuild extends Timed {
  outDir: string
  /** Pages Hugo reports having rendered. */
  pages?: number
}

/** `hugo --source site --destination out`, timed like the Vite build. */
export async function hugoBuild(hugo: string, siteDir: string, outDir: string, label: string): Promise<HugoBuild> {
  const logFile = join(siteDir, `${label}.log`)
  const timed = await timedRun(hugo, ['--source', siteDir, '--destination', outDir, '--cacheDir', join(siteDir, '.cache'), '--noBuildLock'], {
    cwd: siteDir,
    env: process.env,
    logFile,
    statsFile: join(siteDir, `${label}.time`),
  })
  if (timed.exitCode !== 0) throw new Error(`hugo failed (exit ${timed.exitCode}); ${logFile}:\n${tail(logFile)}`)
  const pages = readFileSync(logFile, 'utf8').match(/Pages\s*\|\s*(\d+)/g)?.pop()?.match(/(\d+)/)?.[1]
  return { ...timed, outDir, pages: pages ? Number(pages) : undefined }
}
