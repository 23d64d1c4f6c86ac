// "Paste a link, find the talk": a talk's links and a pasted address are reduced to the same keys,
// so the many spellings of one video or page meet: youtu.be/ID, youtube.com/watch?v=ID, /embed/ID,
// /shorts/ID and a bare 11-character id are all "youtube:ID"; vimeo.com/ID and
// player.vimeo.com/video/ID are "vimeo:ID"; any other address is its host (no www.) and path (no
// trailing slash), http or https alike. Runtime-neutral: the build packs the talks' keys, the
// search matches a query's.

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
/** Query parameters that say where a link was shared from, not what it points to. */
const TRACKING = /^(utm_\w+|fbclid|gclid|si|feature|ref|t|start|usp)$/i

function youtubeId(u: URL, host: string): string | undefined {
  let id: string | null | undefined
  if (host === 'youtu.be') id = u.pathname.split('/')[1]
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = u.pathname === '/watch' ? u.searchParams.get('v') : /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(u.pathname)?.[1]
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined
}

function vimeoId(u: URL, host: string): string | undefined {
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return undefined
  return /^\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/|showcase\/\d+\/video\/)?(\d{5,12})(?:\/|$)/.exec(u.pathname)?.[1]
}

/**
 * The path, in lower case. Google Docs, Slides and Drive name a document by the id after /d/ (whose
 * case matters): /edit, /view and /pub of it are one document.
 */
function normalPath(host: string, path: string): string {
  const doc = host === 'docs.google.com' || host === 'drive.google.com' ? /^(.*?\/d\/)([\w-]+)/.exec(path) : null
  return doc ? `${doc[1]!.toLowerCase()}${doc[2]}` : path.replace(/\/+$/, '').toLowerCase()
}

function parse(text: string): URL | undefined {
  try {
    // "www.x.org/a" and "youtu.be/ID" are addresses too, without their scheme; "mailto:" is not one.
    if (/^[a-z][a-z0-9+.-]*:(?!\/\/|\d)/i.test(text)) return undefined
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined
  } catch {
    return undefined
  }
}

/** Host and path of an address, the way every spelling of it is written alike. */
function pageKey(u: URL): { host: string; path: string; key: string } {
  const host = u.hostname.toLowerCase().replace(/^(www\.|m\.)/, '')
  const path = normalPath(host, decodeSafely(u.pathname))
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).map(([k, v]) => `${k}=${v}`)
  return { host, path, key: `url:${host}${path}${params.length ? `?${params.join('&')}` : ''}` }
}

/** The key of one of a talk's links: its video id when it is a video, else its host and path. */
export function linkKey(link: string): string | undefined {
  // A site path ("/uploads/a.pdf") is the site's own file, wherever the site is served from.
  if (link.startsWith('/') && !link.startsWith('//')) return `path:${link.replace(/\/+$/, '').toLowerCase()}`
  const u = parse(link.trim())
  if (!u) return undefined
  const host = u.hostname.toLowerCase().replace(/^(www\.|m\.)/, '')
  const youtube = youtubeId(u, host)
  if (youtube) return `youtube:${youtube}`
  const vimeo = vimeoId(u, host)
  return vimeo ? `vimeo:${vimeo}` : pageKey(u).key
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Whether a query is an address rather than words. */
export function looksLikeLink(query: string): boolean {
  const q = query.trim()
  return !/\s/.test(q) && (/^[a-z][a-z0-9+.-]*:\/\//i.test(q) || /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(q))
}

/** The keys a query may be looking for: an address's, or a bare YouTube id's. None for plain words. */
export function queryLinkKeys(query: string): string[] {
  const q = query.trim()
  if (YOUTUBE_ID.test(q)) return [`youtube:${q}`]
  if (!looksLikeLink(q)) return []
  const key = linkKey(q)
  const u = parse(q)
  if (!key || !u) return []
  // An address on the site itself finds the site's own file by its path.
  const { path } = pageKey(u)
  return key.startsWith('url:') && path ? [key, `path:${path}`] : [key]
}
