// Players written into a body as raw HTML (<iframe src="https://www.youtube.com/embed/ID">, a Vimeo,
// Speaker Deck, SlideShare or Google Slides player): the sanitiser takes every frame out of the
// page, so the talk lost its recording. A known player becomes the talk's video (the first one, when
// the front matter and the shortcodes name none) or one of its slides, embedded click-to-load like
// any other link; any other frame stays left out.
import { classifySlides, classifyVideo } from './media.ts'
import { safeHttpUrl } from './urls.ts'

const FRAME_SRC = /<iframe\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi

/** The frame's address as the browser reads it: entities decoded, a protocol-relative one as https. */
function addressOf(written: string): string | undefined {
  const src = written.trim().replace(/&amp;/gi, '&').replace(/^\/\//, 'https://')
  return /^https:\/\//i.test(src) ? safeHttpUrl(src, () => {}) : undefined
}

export function bodyEmbeds(body: string): { video?: string; slides: string[] } {
  let video: string | undefined
  const slides: string[] = []
  if (!/<iframe/i.test(body)) return { slides }
  // A frame shown as code (a talk about embedding players) is text, not the talk's player.
  const html = body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[^\S\n]*$|(?![\s\S]))/gm, '').replace(/`[^`\n]*`/g, '')
  for (const m of html.matchAll(FRAME_SRC)) {
    const src = addressOf(m[1] ?? m[2] ?? m[3] ?? '')
    if (!src) continue
    const kind = classifyVideo(src).kind
    if (kind === 'youtube' || kind === 'vimeo' || kind === 'peertube') video ??= src
    else if (classifySlides(src).kind !== 'external') slides.push(src)
  }
  return { ...(video ? { video } : {}), slides }
}
