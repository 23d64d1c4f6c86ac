import { useState } from 'react'
import type { Picture } from '../../data/images.ts'
import { artClass, initialsOf } from './colors.ts'
import { ResponsiveImage } from './ResponsiveImage.tsx'

/** Sizes as classes (not inline styles), so the Content-Security-Policy needs no 'unsafe-inline'. */
const SIZES = {
  sm: { px: 36, box: 'size-9', text: 'text-sm' },
  md: { px: 56, box: 'size-14', text: 'text-xl' },
  lg: { px: 64, box: 'size-16', text: 'text-2xl' },
  xl: { px: 128, box: 'size-32', text: 'text-5xl' },
} as const

interface Props {
  name: string
  image?: string
  /** Resized copies of the photo, when the build made them. */
  picture?: Picture
  size: keyof typeof SIZES
  /** On the first screen (a speaker page's portrait): not lazy. */
  eager?: boolean
}

/** A speaker photo, or initials on a stable colour when there is none (or it fails to load). */
export function Avatar({ name, image, picture, size, eager = false }: Props) {
  const [failed, setFailed] = useState(false)
  const s = SIZES[size]
  if (image && !failed) {
    return <ResponsiveImage src={image} picture={picture} sizes={`${s.px}px`} drawn={{ max: s.px }} alt="" width={s.px} height={s.px} eager={eager} onError={() => setFailed(true)} className={`${s.box} shrink-0 rounded-full object-cover`} />
  }
  return (
    <span aria-hidden="true" className={`${s.box} ${s.text} ${artClass(name)} inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white`}>
      {initialsOf(name)}
    </span>
  )
}
