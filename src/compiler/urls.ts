// Link, image and file checks shared by the compiler's stages. A site path ("/img/a.jpg") must name a
// file in the static folders (the app's public/, a Hugo site's static/); when it does not and the
// config names the live site (baseUrl), it becomes a link to the file there.
import type { CompileContext } from './context.ts'

/** An absolute http(s) URL, normalised; anything else is reported and dropped. */
export function safeHttpUrl(value: string, report: (message: string) => void): string | undefined {
  let u: URL
  try {
    u = new URL(value.trim())
  } catch {
    report(`"${value.slice(0, 80)}" is not a full URL: write it as https://….`)
    return undefined
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    report(`links must be http(s), not "${u.protocol}".`)
    return undefined
  }
  return u.href
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** "img/a.jpg" or "/img/a.jpg" → "/img/a.jpg"; undefined for a path that climbs out ("../", "%2e%2e"). */
export function sitePath(value: string): string | undefined {
  const path = `/${value.trim().replace(/^\.?\/+/, '')}`
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // A stray "%" is read as written.
  }
  if ([path, decoded].some((p) => p.split('/').some((seg) => seg === '..' || seg === '.') || /[\\\0?#]/.test(p))) return undefined
  return path
}

/** The live site's copy of a site path, when the config names one. */
function onLiveSite(path: string, ctx: CompileContext): string | undefined {
  return ctx.config.baseUrl ? `${ctx.config.baseUrl}${encodeURI(path)}` : undefined
}

/**
 * An image reference that is safe to show: an https URL, or a site path that exists in the static
 * folders (or on the live site). Paths that climb out ("../") or use other schemes are dropped.
 */
export function checkImage(value: string | undefined, ctx: CompileContext, report: (message: string) => void): string | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^https?:\/\//i.test(v)) return safeHttpUrl(v, report)
  if (SCHEME.test(v) || v.startsWith('//')) {
    report(`Image "${v.slice(0, 80)}" must be a site path like /img/photo.jpg or an https URL: it is left out.`)
    return undefined
  }
  const path = sitePath(v)
  if (!path) {
    report(`Image "${v.slice(0, 80)}" points outside the site's public folder: it is left out.`)
    return undefined
  }
  if (ctx.fileExists(path)) return path
  const live = onLiveSite(path, ctx)
  if (!live) report(`Image "${path}" does not exist under public/${ctx.config.siteRoot ? " or the site's static folder" : ''}: a fallback is shown instead.`)
  return live
}

/** A host name with a top-level domain of letters, then a path or nothing: "www.youtube.com/watch?v=x". */
const WITHOUT_SCHEME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?:[/?#]\S*)?$/i
/** A file's name, not a host ("talk.html", "slides.pdf"): its "top-level domain" is a file extension. */
const FILE_NAME = /\.(?:html?|php|aspx?|jsp|md|markdown|txt|pdf|pptx?|odp|key|jpe?g|png|gif|webp|avif|svg|mp4|m4v|webm|mov|zip|json|xml|ics)(?:[?#]|$)/i

/**
 * A link a talk gives (video, slides, event page, registration): an http(s) URL, or a site path to
 * a file in the static folders (or on the live site). Other schemes are errors; a missing file is a
 * warning.
 */
export function checkLink(value: string, ctx: CompileContext, report: (code: 'bad-url' | 'missing-file' | 'repaired-url' | 'ignored-value', message: string) => void): string | undefined {
  const v = value.trim()
  if (/^https?:\/\//i.test(v)) return safeHttpUrl(v, (m) => report('bad-url', m))
  if (SCHEME.test(v) || v.startsWith('//')) {
    report('bad-url', `must be an http(s) link or a site path, not "${v.split(':')[0]!.slice(0, 20)}:".`)
    return undefined
  }
  // "youtube.com/watch?v=x" is a link without its scheme, not a path on this site: read as https.
  if (WITHOUT_SCHEME.test(v) && !FILE_NAME.test(v.split('/')[0]!)) {
    const full = safeHttpUrl(`https://${v}`, (m) => report('bad-url', m))
    if (full) report('repaired-url', `is "${v.slice(0, 80)}", without its https://: it is read as ${full.slice(0, 90)}.`)
    return full
  }
  if (/^[\w-]+(\.[\w-]+)+(\/|$)/.test(v) && !/\.(pdf|pptx?|odp|key|jpe?g|png|gif|webp|svg|mp4|webm|zip|gz|tgz|csv|ipynb)$/i.test(v)) {
    report('bad-url', `is not a full URL ("${v.slice(0, 80)}"): write it as https://….`)
    return undefined
  }
  // A relative value must at least name a file ("2023/talk.pdf"); "nope" (or a theme's page name,
  // Wowchemy's `slides = "example"`) links nothing: left out, the talk published without it.
  if (!v.startsWith('/') && !/\.[a-z0-9]{2,5}$/i.test(v)) {
    report('ignored-value', `is not a full URL ("${v.slice(0, 80)}"): it is left out; write it as https://…, or as a site path like /slides/talk.pdf.`)
    return undefined
  }
  // A page's part or a query ("/blog/x/#resources", "/a.pdf#page=3") stays on the link, not in the file looked up.
  const cut = v.search(/[?#]/)
  const path = sitePath(cut < 0 ? v : v.slice(0, cut))
  const rest = cut < 0 ? '' : encodeURI(v.slice(cut))
  if (!path) {
    report('bad-url', `"${v.slice(0, 80)}" points outside the site: it is left out.`)
    return undefined
  }
  if (ctx.fileExists(path)) return path + rest
  const live = onLiveSite(path, ctx)
  if (!live) report('missing-file', `names "${path}", which is not in the static folders${ctx.config.baseUrl ? '' : ' (set baseUrl in the config to link to the live site)'}: it is left out.`)
  return live && live + rest
}
