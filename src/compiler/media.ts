// Classifies video and slide links at build time, so the browser only renders a known, safe kind.
// Embed URLs are built from parsed ids, never from the raw link text.
import { parseStartTime } from '../data/start-time.ts'
import type { Slides, TalkLinks, Video } from '../data/types.ts'

const YT_ID = /^[A-Za-z0-9_-]{6,20}$/

function youtubeId(u: URL): string | undefined {
  const host = u.hostname.replace(/^(www\.|m\.|music\.)/, '')
  let id: string | undefined
  if (host === 'youtu.be') id = u.pathname.split('/')[1]
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (u.pathname === '/watch') id = u.searchParams.get('v') ?? undefined
    else {
      const m = /^\/(?:embed|shorts|live|v)\/([^/?#]+)/.exec(u.pathname)
      id = m?.[1]
    }
  }
  return id && YT_ID.test(id) ? id : undefined
}

const VIDEO_FILES: Record<string, string> = { mp4: 'video/mp4', webm: 'video/webm', m4v: 'video/mp4', ogv: 'video/ogg', mov: 'video/quicktime' }

function extension(u: URL): string {
  return /\.([a-z0-9]{2,5})$/i.exec(u.pathname)?.[1]?.toLowerCase() ?? ''
}

/** vimeo.com/123, vimeo.com/123/abcdef (unlisted), vimeo.com/channels/x/123, player.vimeo.com/video/123?h=… */
function vimeoVideo(u: URL, url: string): Video | undefined {
  const host = u.hostname.replace(/^www\./, '')
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return undefined
  const m = /^\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/|showcase\/\d+\/video\/)?(\d{5,12})(?:\/([0-9a-f]{6,20}))?\/?$/i.exec(u.pathname)
  if (!m) return undefined
  const hash = m[2] ?? u.searchParams.get('h') ?? undefined
  const start = parseStartTime(/(?:^|&)t=([\dhms]+)/.exec(u.hash.slice(1))?.[1])
  return { kind: 'vimeo', id: m[1]!, url, ...(hash && /^[0-9a-f]+$/i.test(hash) ? { hash } : {}), ...(start ? { start } : {}) }
}

export function classifyVideo(url: string): Video {
  if (url.startsWith('/')) {
    const mime = VIDEO_FILES[/\.([a-z0-9]{2,5})$/i.exec(url)?.[1]?.toLowerCase() ?? '']
    return mime ? { kind: 'file', url, mime } : { kind: 'external', url }
  }
  const u = new URL(url)
  const vimeo = vimeoVideo(u, url)
  if (vimeo) return vimeo
  const id = youtubeId(u)
  if (id) {
    const start = parseStartTime(u.searchParams.get('t') ?? u.searchParams.get('start'))
    return { kind: 'youtube', id, url, ...(start ? { start } : {}) }
  }
  const mime = VIDEO_FILES[extension(u)]
  if (mime) return { kind: 'file', url, mime }
  const peertube = /^\/(?:w|videos\/watch|videos\/embed)\/([A-Za-z0-9-]{8,40})\/?$/.exec(u.pathname)
  if (peertube) return { kind: 'peertube', url, embedUrl: `${u.origin}/videos/embed/${peertube[1]}` }
  return { kind: 'external', url }
}

export function isPdf(url: string): boolean {
  return extension(new URL(url, 'https://site.invalid')) === 'pdf'
}

/** speakerdeck.com/player/ID embeds; a deck's page (speakerdeck.com/user/deck) only links: its player id is known to Speaker Deck alone. */
function speakerDeck(u: URL, url: string): Slides | undefined {
  if (u.hostname.replace(/^www\./, '') !== 'speakerdeck.com') return undefined
  const id = /^\/player\/([0-9a-f]{16,40})\/?$/i.exec(u.pathname)?.[1]
  return id ? { kind: 'speakerdeck', url, embedUrl: `https://speakerdeck.com/player/${id}` } : { kind: 'external', url }
}

/** slideshare.net/slideshow/embed_code/key/KEY (or …/embed_code/ID) embeds; a deck's page only links. */
function slideShare(u: URL, url: string): Slides | undefined {
  if (!/(^|\.)slideshare\.net$/.test(u.hostname)) return undefined
  const m = /^\/slideshow\/embed_code\/(?:key\/)?([\w-]{6,40})\/?$/.exec(u.pathname)
  return m ? { kind: 'slideshare', url, embedUrl: `https://www.slideshare.net/slideshow/embed_code/key/${m[1]}` } : { kind: 'external', url }
}

export function classifySlides(url: string): Slides {
  // A site path: the site's own file, shown inline when it is a PDF.
  if (url.startsWith('/')) return isPdf(url) ? { kind: 'pdf', url } : { kind: 'external', url }
  const u = new URL(url)
  const hosted = speakerDeck(u, url) ?? slideShare(u, url)
  if (hosted) return hosted
  const ext = extension(u)
  if (ext === 'pdf') return { kind: 'pdf', url }
  if (u.hostname === 'drive.google.com') {
    const id = /^\/file\/d\/([\w-]{10,})/.exec(u.pathname)?.[1] ?? u.searchParams.get('id') ?? undefined
    if (id && /^[\w-]+$/.test(id)) return { kind: 'gdrive', url, embedUrl: `https://drive.google.com/file/d/${id}/preview` }
  }
  if (u.hostname === 'docs.google.com') {
    // A deck's own address (/d/<id>/edit) or one published to the web (/d/e/<id>/pub).
    const m = /^\/presentation\/d\/(e\/)?([\w-]{10,})/.exec(u.pathname)
    if (m) return { kind: 'gslides', url, embedUrl: `https://docs.google.com/presentation/d/${m[1] ?? ''}${m[2]}/embed` }
  }
  if (ext === 'pptx' || ext === 'ppt' || ext === 'odp') {
    return { kind: 'pptx', url, embedUrl: `https://view.officeapps.live.com/op/embed.aspx?src=${encodeURIComponent(url)}` }
  }
  return { kind: 'external', url }
}

export interface TalkMedia {
  video?: Video
  slides: Slides[]
  links: TalkLinks
}

/**
 * The talk's video, slides and well-known links from its link fields. A PDF is slides whichever
 * field holds it; the event page is the event field, else the first button that names an event.
 */
export function talkMedia(urls: { video?: string; slides: string[]; event?: string }): TalkMedia {
  const slides: Slides[] = []
  let video: Video | undefined
  if (urls.video) {
    if (isPdf(urls.video)) slides.push(classifySlides(urls.video))
    else video = classifyVideo(urls.video)
  }
  for (const u of urls.slides) if (!slides.some((s) => s.url === u)) slides.push(classifySlides(u))
  const pdf = slides.find((s) => s.kind !== 'pptx')?.url
  const ppt = slides.find((s) => s.kind === 'pptx')?.url
  const links: TalkLinks = {
    ...(video ? { video: video.url } : {}),
    ...(pdf ? { pdf } : {}),
    ...(ppt ? { ppt } : {}),
    ...(urls.event ? { event: urls.event } : {}),
  }
  return { video, slides, links }
}
