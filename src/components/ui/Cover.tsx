import { useState } from 'react'
import type { TalkRow } from '../../data/catalog.ts'
import { artClass } from './colors.ts'
import { publicUrl } from './public-url.ts'

interface Props {
  talk: Pick<TalkRow, 'title' | 'image' | 'event' | 'year'>
  className?: string
  /** Eager for the first cards on screen (they are the LCP element). */
  eager?: boolean
  /** Behind other content (a player's poster): the generated cover leaves out its words. */
  plain?: boolean
}

/** The talk's preview image, or a generated cover from its title, event and year. */
export function Cover({ talk, className = '', eager = false, plain = false }: Props) {
  const [failed, setFailed] = useState(false)
  const frame = `relative aspect-video w-full overflow-hidden bg-slate-200 dark:bg-slate-800 ${className}`
  if (talk.image && !failed) {
    const src = publicUrl(talk.image)
    return (
      <div className={frame}>
        <img src={src} alt="" width={640} height={360} loading={eager ? 'eager' : 'lazy'} decoding="async" onError={() => setFailed(true)} className="size-full object-cover" />
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
