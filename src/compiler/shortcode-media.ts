// A theme's own media shortcode that Talkshelf does not know ({{< youtube-lite ID >}},
// {{< embed-pdf url="…" >}}, {{< iframe "https://player.vimeo.com/…" >}}): the page it would embed is
// still the talk's video or slides. Only an https address of a known host (or a site path to a PDF),
// or a bare id given to a shortcode named after YouTube or Vimeo, counts; anything else stays unknown.
import { classifySlides, classifyVideo } from './media.ts'
import type { ShortcodeCall } from './shortcodes.ts'

export type ShortcodeMedia = { kind: 'video' | 'slides'; url: string }

function ofAddress(value: string): ShortcodeMedia | undefined {
  const v = value.trim()
  if (v.startsWith('/') && !v.startsWith('//')) return /\.pdf([?#]|$)/i.test(v) ? { kind: 'slides', url: v } : undefined
  if (!/^https:\/\/[^\s"'<>]+$/i.test(v)) return undefined
  try {
    const video = classifyVideo(v).kind
    if (video === 'youtube' || video === 'vimeo' || video === 'peertube') return { kind: 'video', url: v }
    return classifySlides(v).kind === 'external' ? undefined : { kind: 'slides', url: v }
  } catch {
    return undefined // not a URL after all
  }
}

function ofId(name: string, value: string): ShortcodeMedia | undefined {
  const id = value.trim()
  if (/youtube|^yt/i.test(name) && /^[A-Za-z0-9_-]{11}$/.test(id)) return { kind: 'video', url: `https://www.youtube.com/watch?v=${id}` }
  if (/vimeo/i.test(name) && /^\d{5,12}$/.test(id)) return { kind: 'video', url: `https://vimeo.com/${id}` }
  return undefined
}

/** The video or slides an unknown shortcode's arguments name, if any. */
export function mediaOfUnknownShortcode(call: ShortcodeCall): ShortcodeMedia | undefined {
  const values = [...call.positional, ...Object.values(call.named)]
  for (const v of values) {
    const found = ofAddress(v) ?? ofId(call.name, v)
    if (found) return found
  }
  return undefined
}
