/** The responsive grid every list of talk cards uses (minmax(0,1fr) columns never overflow). */
export const cardGrid = 'grid grid-cols-1 gap-5 sm:grid-cols-2 lg:grid-cols-3'

// `sizes` of the images in those layouts: main is max-w-6xl (1152 px) with px-4 (px-6 from sm), and
// the grid's gap is gap-5 (20 px). Each list says how wide the image is drawn at each viewport width.

/** A card's cover in cardGrid: one column, two from sm (640 px), three from lg (1024 px). */
export const cardImageSizes = '(min-width: 1152px) 355px, (min-width: 1024px) calc((100vw - 88px) / 3), (min-width: 640px) calc((100vw - 68px) / 2), calc(100vw - 32px)'

/** A wide card's cover (a year's only talk): half of main's width from sm, all of it below. */
export const wideCardImageSizes = '(min-width: 1152px) 552px, (min-width: 640px) calc((100vw - 48px) / 2), calc(100vw - 32px)'

/** The whole width of main (a video's poster). */
export const fullWidthImageSizes = '(min-width: 1152px) 1104px, (min-width: 640px) calc(100vw - 48px), calc(100vw - 32px)'

/** The talk page's side column (20rem from lg), or the whole width of main below lg. */
export const asideImageSizes = '(min-width: 1024px) 320px, (min-width: 640px) calc(100vw - 48px), calc(100vw - 32px)'
