// The list page's first cover, inlined in its HTML. That cover is the page's largest paint, and on a
// phone's slow link every request costs a round trip (~560 ms on Lighthouse's slow 4G): linked, it
// painted a round trip after the page itself, which Hugo's text-first list does not wait for.
// Inlined (~13 KB of AVIF at the width a phone or a desktop card draws it), it paints with the
// page. Only its AVIF widths up to INLINE_WIDTH are replaced by the inline copy; a screen that needs
// more still fetches a wider file, and a browser without AVIF the WebP ones, as before.

/** The widest variant inlined: a card across a phone (358–380 CSS px at 2×) or a desktop card at 1×. */
export const INLINE_WIDTH = 720
/** Larger files are left linked: the page's own bytes would then delay its text. */
export const INLINE_MAX_BYTES = 24 * 1024

const PRELOAD = /<link rel="preload" as="image" type="image\/avif" fetchPriority="high" imageSrcSet="([^"]+)"/

interface Candidate {
  url: string
  width: number
}

function candidatesOf(srcset: string): Candidate[] {
  return srcset.split(', ').map((c) => {
    const [url = '', w = ''] = c.trim().split(/\s+/)
    return { url, width: Number.parseInt(w, 10) }
  })
}

/**
 * The page with its preloaded AVIF cover inlined as a data: URL, or as it was when there is none or
 * it is too large. `read` gives a built file's bytes from its address on the site. The preload stays,
 * for no media: the app's render preloads the cover again unless it finds that very link, and a
 * preload that fetches would take a wider copy the page no longer needs.
 */
export function inlineFirstCover(html: string, read: (href: string) => Uint8Array | undefined): { html: string; inlined: boolean } {
  const preload = PRELOAD.exec(html)
  if (!preload) return { html, inlined: false }
  const srcset = preload[1]!
  const candidates = candidatesOf(srcset)
  const chosen = candidates.filter((c) => c.width <= INLINE_WIDTH).at(-1)
  const bytes = chosen && read(chosen.url)
  if (!chosen || !bytes || bytes.length > INLINE_MAX_BYTES) return { html, inlined: false }
  const source = `<source type="image/avif" srcSet="${srcset}"`
  if (!html.includes(source)) return { html, inlined: false }
  const data = `data:image/avif;base64,${Buffer.from(bytes).toString('base64')}`
  const inline = [`${data} ${chosen.width}w`, ...candidates.filter((c) => c.width > chosen.width).map((c) => `${c.url} ${c.width}w`)].join(', ')
  // The candidates stay as the page wrote them (escaped); base64 needs no escaping.
  return { html: html.replace(preload[0], () => `<link rel="preload" media="not all" as="image" type="image/avif" fetchPriority="high" imageSrcSet="${srcset}"`).replace(source, () => `<source type="image/avif" srcSet="${inline}"`), inlined: true }
}
