// A Hugo site that renders what FD.io's webinar pages render (layouts/webinar/ of its site, without
// its theme's scripts and fonts): a list page with a card per talk (thumbnail, title, date and time,
// summary, a link), and a page per talk (the preview image beside the title, date and time, the
// video / PDF / PPT / event links, then the body: abstract, buttons, speakers with their photos).
// The talk folder is mounted as content/talks and the static folders (public/, a site's static/) as
// static/, so both sites show the same files with the same images. Its one stylesheet is small and
// render-blocking, like any theme's.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureDir } from './site.ts'

const HEAD = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/site.css">`

const LINKS = `<p class="links">{{ with .Params.youtubeurl }}<a href="{{ . }}">Video</a>{{ end }}{{ with .Params.pdfurl }}<a href="{{ . }}">PDF</a>{{ end }}{{ with .Params.ppturl }}<a href="{{ . }}">PPT</a>{{ end }}{{ with .Params.eventurl }}<a href="{{ . }}">Event link</a>{{ end }}</p>`

const LIST = `<!doctype html><html lang="en"><head>${HEAD}<title>{{ .Title }}</title></head>
<body><header class="top"><a href="/talks/">Webinars</a></header>
<main class="container"><h1>{{ .Title }}</h1><div class="cards">
{{ range .Pages.ByDate.Reverse }}{{ $talk := . }}<article class="card">
{{ with .Params.previewimage }}<a href="{{ $talk.RelPermalink }}"><img src="{{ . }}" alt=""></a>{{ end }}
<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p class="date">{{ .Date.Format "January 2, 2006" }} {{ .Params.time_slot }}</p>
<p>{{ .Summary }}</p>
<p><a class="btn" href="{{ .RelPermalink }}">Learn More...</a></p>
</article>
{{ end }}</div></main></body></html>
`

const SINGLE = `<!doctype html><html lang="en"><head>${HEAD}<title>{{ .Title }}</title><meta name="source" content="{{ .File.Path }}"></head>
<body><header class="top"><a href="/talks/">Webinars</a></header>
<main class="container"><div class="row">
<div class="col-3">{{ with .Params.previewimage }}<a href="{{ $.Params.youtubeurl }}"><img src="{{ . }}" alt=""></a>{{ end }}</div>
<div class="col-9"><h1>{{ .Title }}</h1><p>{{ .Date.Format "January 2, 2006" }} {{ .Params.time_slot }}</p>${LINKS}</div>
</div>
<div class="content">{{ .Content }}</div>
</main></body></html>
`

const SPEAKER = `<article class="speaker">{{ with .Get "img" }}<img src="{{ . }}" width="128" height="128" alt="">{{ end }}
<div><p><strong>{{ .Get "name" }}</strong></p>{{ .Inner | markdownify }}
<p class="social">{{ with .Get "github" }}<a href="https://github.com/{{ . }}">GitHub</a>{{ end }}{{ with .Get "twitter" }}<a href="https://twitter.com/{{ . }}">Twitter</a>{{ end }}{{ with .Get "linkedin" }}<a href="https://linkedin.com/in/{{ . }}">LinkedIn</a>{{ end }}</p></div></article>
`

const BTN = `<a href="{{ .Get "link" }}"><button type="button" class="btn">{{ .Get "txt" }}</button></a>`

const CSS = `body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#222}
.top{padding:1rem 2rem;border-bottom:1px solid #ddd}
.container{max-width:1140px;margin:0 auto;padding:0 1rem}
img{max-width:100%;height:auto}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:1.5rem}
.card{border:1px solid #ddd;border-radius:6px;padding:0 0 1rem;overflow:hidden}
.card>*:not(a){margin-left:1rem;margin-right:1rem}
.card img{display:block;width:100%}
.row{display:flex;flex-wrap:wrap;gap:1.5rem}
.col-3{flex:0 0 calc(25% - 1.5rem)}
.col-9{flex:1 1 0}
.links a{margin-right:1rem}
.btn{background:#1b5faa;color:#fff;border:0;border-radius:4px;padding:.5rem 1rem}
.speaker{display:flex;gap:1rem;margin:1rem 0}
.speaker img{width:128px;height:128px;object-fit:cover}
@media (max-width:767px){.col-3,.col-9{flex:1 1 100%}}
`

/**
 * Writes the Hugo site into `siteDir`: `contentDir` mounted as content/talks, each of `staticDirs`
 * (first wins, as in Talkshelf) as static/.
 */
export function makeHugoPagesSite(siteDir: string, contentDir: string, staticDirs: string[]): string {
  ensureDir(join(siteDir, 'layouts', '_default'))
  ensureDir(join(siteDir, 'layouts', 'shortcodes'))
  ensureDir(join(siteDir, 'content'))
  ensureDir(join(siteDir, 'static', 'css'))
  const mounts = [
    { source: contentDir, target: 'content/talks' },
    { source: join(siteDir, 'static'), target: 'static' },
    ...staticDirs.map((d) => ({ source: d, target: 'static' })),
  ]
  writeFileSync(
    join(siteDir, 'config.toml'),
    `baseURL = "http://localhost/"
title = "Webinars"
languageCode = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
${mounts.map((m) => `\n[[module.mounts]]\nsource = ${JSON.stringify(m.source)}\ntarget = ${JSON.stringify(m.target)}\n`).join('')}`,
  )
  writeFileSync(join(siteDir, 'content', '_index.md'), '+++\ntitle = "Home"\n+++\n')
  writeFileSync(join(siteDir, 'layouts', 'index.html'), '<!doctype html><title>Home</title><a href="/talks/">Webinars</a>\n')
  writeFileSync(join(siteDir, 'layouts', '_default', 'list.html'), LIST)
  writeFileSync(join(siteDir, 'layouts', '_default', 'single.html'), SINGLE)
  writeFileSync(join(siteDir, 'layouts', 'shortcodes', 'speaker.html'), SPEAKER)
  writeFileSync(join(siteDir, 'layouts', 'shortcodes', 'btn.html'), BTN)
  writeFileSync(join(siteDir, 'static', 'css', 'site.css'), CSS)
  return siteDir
}

/** The URL path of each talk page Hugo wrote, by its source file (relative to content/, as `.File.Path` gives it). */
export function hugoPagesBySource(outDir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (dir: string, path: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${path}${e.name}/`)
      else if (e.name === 'index.html') {
        const source = readFileSync(join(dir, e.name), 'utf8').match(/<meta name="source" content="([^"]+)">/)?.[1]
        if (source) out.set(source.replace(/^talks\//, ''), path)
      }
    }
  }
  walk(outDir, '/')
  return out
}
