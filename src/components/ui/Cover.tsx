import { useState } from 'react'
import type { TalkRow } from '../../data/catalog.ts'
import { artClass } from './colors.ts'
import { cardImageSizes } from './layout.ts'
import { ResponsiveImage } from './ResponsiveImage.tsx'

/** A cover is never narrower than a phone's column (320 px less the page's padding). */
const COVER_DRAWN = { min: 288 }

interface Props {
  talk: Pick<TalkRow, 'title' | 'image' | 'picture' | 'event' | 'year'>
  className?: string
  /** Eager for the first cards on screen. */
  eager?: boolean
  /** The page's largest image (the first card's, a player's poster): fetched first. */
  priority?: boolean
  /** How wide the cover is drawn (`sizes`); a card in cardGrid by default. */
  sizes?: string
  /** Behind other content (a player's poster): the generated cover leaves out its words. */
  plain?: boolean
}

/** The talk's preview image, or a generated cover from its title, event and year. */
export function Cover({ talk, className = '', eager = false, priority = false, sizes = cardImageSizes, plain = false }: Props) {
  const [failed, setFailed] = useState(false)
  const frame = `relative aspect-video w-full overflow-hidden bg-slate-200 dark:bg-slate-800 ${className}`
  if (talk.image && !failed) {
    const [width, height] = talk.picture ?? [640, 360]
    return (
      <div className={frame}>
        <ResponsiveImage src={talk.image} picture={talk.picture} sizes={sizes} drawn={COVER_DRAWN} alt="" width={width} height={height} eager={eager} priority={priority} onError={() => setFailed(true)} className="size-full object-cover" />
      </div>
    )
  }
  if (plain) return <div className={`${frame} ${artClass(talk.title)}`} aria-hidden="true" />
  return (
    <div className={`${frame} ${artClass(talk.title)} flex flex-col justify-between p-4 text-white`} aria-hidden="true">
      <span className="text-xs font-semibold uppercase tracking-wider opacity-90">{talk.event ?? 'Talk'}</span>
      <span className="line-clamp-3 text-lg font-semibold leading-snug">{talk.title}</span>
      <span className="text-sm font-medium opacity-90">{talk.year}</span>
    </div>
  )
}
