import { preload } from 'react-dom'
import { srcsetOf, VARIANT_FORMATS, type Picture } from '../../data/images.ts'
import { publicUrl } from './public-url.ts'

interface Props {
  /** The original's site path ("/img/a.jpg") or URL: the fallback, and what shows in dev. */
  src: string
  /** Resized copies made by the build; without them the original is shown as it is. */
  picture?: Picture
  /** How wide the image is drawn at each viewport width (the `sizes` attribute). */
  sizes: string
  /** The narrowest and widest it is drawn, in CSS pixels: only the widths that can be chosen are listed. */
  drawn?: { min?: number; max?: number }
  alt: string
  /** The box the image fills (attributes, so the space is kept before it loads: no layout shift). */
  width: number
  height: number
  className?: string
  /** On the first screen: not lazy. */
  eager?: boolean
  /** The page's largest image (its LCP element): fetched first. */
  priority?: boolean
  onError?: () => void
}

/**
 * A prerendered image that failed before the app took the page over fired its error event before
 * React listened: found broken when mounted (an SVG may lack a natural size: not taken for broken).
 */
function reportEarlyFailure(onError: () => void) {
  return (el: HTMLImageElement | null) => {
    if (el?.complete && el.naturalWidth === 0 && el.getAttribute('src') && !/\.svg([?#]|$)/i.test(el.currentSrc || el.src)) onError()
  }
}

/**
 * An image in the formats and widths the build made of it (AVIF, then WebP, each in several widths,
 * chosen by the browser from `sizes`), falling back to the original for a browser that takes neither.
 * React preloads no image inside a <picture>, so the original is never fetched beside the variant.
 */
export function ResponsiveImage({ src, picture, sizes, drawn, alt, width, height, className, eager = false, priority = false, onError }: Props) {
  const img = (
    <img
      src={publicUrl(src)}
      alt={alt}
      width={width}
      height={height}
      loading={eager || priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : eager ? 'low' : undefined}
      decoding={priority ? undefined : 'async'}
      onError={onError}
      ref={onError && reportEarlyFailure(onError)}
      className={className}
    />
  )
  if (!picture) return img
  // The page's largest image is requested from <head>, before the parser reaches it (a CSP <meta>
  // turns Chromium's preload scanner off): the first format only, which a browser without it skips.
  if (priority) {
    const first = VARIANT_FORMATS[0]!
    preload(publicUrl(src), { as: 'image', type: first.mime, imageSrcSet: srcsetOf(picture, first.ext, publicUrl, drawn), imageSizes: sizes, fetchPriority: 'high' })
  }
  return (
    // display: contents, so a flex or grid parent lays out the <img> itself, as it would without <picture>.
    <picture className="contents">
      {VARIANT_FORMATS.map((f) => (
        // Hidden: a <source> is an (empty) inline box, and in a flex parent an item with a gap of its own.
        <source key={f.ext} type={f.mime} srcSet={srcsetOf(picture, f.ext, publicUrl, drawn)} sizes={sizes} className="hidden" />
      ))}
      {img}
    </picture>
  )
}
