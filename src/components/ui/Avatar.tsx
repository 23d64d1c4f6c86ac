import { useState } from 'react'
import { artClass, initialsOf } from './colors.ts'
import { publicUrl } from './public-url.ts'

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
  size: keyof typeof SIZES
}

/** A speaker photo, or initials on a stable colour when there is none (or it fails to load). */
export function Avatar({ name, image, size }: Props) {
  const [failed, setFailed] = useState(false)
  const s = SIZES[size]
  if (image && !failed) {
    return <img src={publicUrl(image)} alt="" width={s.px} height={s.px} loading="lazy" decoding="async" onError={() => setFailed(true)} className={`${s.box} shrink-0 rounded-full object-cover`} />
  }
  return (
    <span aria-hidden="true" className={`${s.box} ${s.text} ${artClass(name)} inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white`}>
      {initialsOf(name)}
    </span>
  )
}
