// Link and image checks shared by the compiler's stages.
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

/**
 * An image reference that is safe to show: an https URL, or a site path ("/img/a.jpg") that
 * exists under public/. Paths that climb out ("../") or use other schemes are dropped.
 */
export function checkImage(value: string | undefined, ctx: CompileContext, report: (message: string) => void): string | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^https?:\/\//i.test(v)) return safeHttpUrl(v, report)
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//')) {
    report(`Image "${v.slice(0, 80)}" must be a site path like /img/photo.jpg or an https URL: it is left out.`)
    return undefined
  }
  const path = `/${v.replace(/^\/+/, '')}`
  if (path.split('/').some((seg) => seg === '..' || seg === '.') || /[\\\0?#]/.test(path)) {
    report(`Image "${v.slice(0, 80)}" points outside the site's public folder: it is left out.`)
    return undefined
  }
  if (!ctx.imageExists(path)) {
    report(`Image "${path}" does not exist under public/: a fallback is shown instead.`)
    return undefined
  }
  return path
}
