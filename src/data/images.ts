// Responsive image variants: which widths and formats the build makes of an image and where it
// writes them, shared by the build (src/images/, which makes them) and the views (which list them in
// `srcset`), so the names can never disagree. Runtime-neutral: no DOM, no Node.

/**
 * What the build knows of an image it made variants of: its size (after EXIF rotation) and the key
 * its variant files are named by (a hash of the original's bytes and the encoder settings). A tuple,
 * so a card's row stays short: `[1275, 717, "3f9c2a61b0d4"]`.
 */
export type Picture = readonly [width: number, height: number, key: string]

/** Widths made of every image, never wider than the original (the original's own width is added when smaller than the largest). */
// 720: a card across a phone (358–380 CSS px at 1.75–2×: 665–716) took the 960 before, 1.8× the bytes.
export const VARIANT_WIDTHS: readonly number[] = [96, 192, 320, 480, 640, 720, 960, 1280]

/** Best first: the browser takes the first `<source>` whose type it supports. */
export const VARIANT_FORMATS = [
  { ext: 'avif', mime: 'image/avif' },
  { ext: 'webp', mime: 'image/webp' },
] as const

export type VariantFormat = (typeof VARIANT_FORMATS)[number]['ext']

/** Folder of the variants in the built site (content-hashed names: cacheable for ever). */
export const VARIANT_DIR = 'assets/img'

/** The widths made of an image `width` pixels wide: no upscaling, the original's width when it fits under the largest. */
export function variantWidths(width: number): number[] {
  const max = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!
  const out = VARIANT_WIDTHS.filter((w) => w < width)
  if (width <= max) out.push(width)
  return out
}

/** Site path of one variant ("/assets/img/3f9c2a61b0d4-640.avif"), before the base path. */
export function variantPath(key: string, width: number, ext: VariantFormat): string {
  return `/${VARIANT_DIR}/${key}-${width}.${ext}`
}

/** The widths worth listing where an image is drawn between `min` and `max` CSS pixels wide (at 1× to 3× density). */
export function listedWidths(picture: Picture, drawn: { min?: number; max?: number } = {}): number[] {
  const all = variantWidths(picture[0])
  const lo = drawn.min ?? 0
  const hi = (drawn.max ?? Infinity) * 3
  const inRange = all.filter((w) => w >= lo && w <= hi)
  // Always one candidate: the smallest of those wider than the range, or else the largest there is.
  return inRange.length ? inRange : [all.find((w) => w > hi) ?? all[all.length - 1]!]
}

/** A `srcset` value for one format, through `url` (which adds the site's base path). */
export function srcsetOf(picture: Picture, ext: VariantFormat, url: (path: string) => string, drawn: { min?: number; max?: number } = {}): string {
  return listedWidths(picture, drawn)
    .map((w) => `${url(variantPath(picture[2], w, ext))} ${w}w`)
    .join(', ')
}

/** Whether a value read from the wire is a Picture (rows come from JSON). */
export function isPicture(value: unknown): value is Picture {
  return Array.isArray(value) && value.length === 3 && Number.isInteger(value[0]) && value[0] > 0 && Number.isInteger(value[1]) && value[1] > 0 && typeof value[2] === 'string' && /^[0-9a-f]{8,64}$/.test(value[2])
}
