// The site's Content-Security-Policy, computed from the content: it allows the app's own files
// and exactly the origins its embeds, videos and images come from, nothing else. What a page
// inlines (its share of the stylesheet, the theme script) is added by hash (page-styles.ts): no
// 'unsafe-inline'.
import { embedUrl } from '../data/embed-urls.ts'
import type { TalkIndex } from '../data/types.ts'

function originOf(url: string): string | undefined {
  // A site path is the site's own file.
  if (url.startsWith('/') && !url.startsWith('//')) return "'self'"
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined
  } catch {
    return undefined
  }
}

/** The origins of a set, 'self' first when the site's own files are among them. */
function sorted(set: Set<string | undefined>, withSelf = false): string {
  const origins = [...set].filter((x): x is string => !!x && x !== "'self'").sort()
  return [...(withSelf || set.has("'self'") ? ["'self'"] : []), ...origins].join(' ')
}

export function cspOf(index: TalkIndex): string {
  const frames = new Set<string | undefined>()
  const media = new Set<string | undefined>()
  const images = new Set<string | undefined>()
  for (const t of index.talks) {
    if (t.video?.kind === 'file') media.add(originOf(t.video.url))
    else if (t.video) frames.add(originOf(embedUrl(t.video) ?? ''))
    for (const s of t.slides) frames.add(originOf(s.kind === 'pdf' ? s.url : s.kind === 'external' ? '' : s.embedUrl))
    if (t.previewImage) images.add(originOf(t.previewImage))
  }
  for (const s of index.speakers) if (s.image) images.add(originOf(s.image))
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${sorted(images, true)}`,
    `media-src ${sorted(media, true)}`,
    `frame-src ${sorted(frames) || "'none'"}`,
    "connect-src 'self'",
    // The search runs in a worker of the site's own (src/search-worker/).
    "worker-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]
  return directives.join('; ')
}
