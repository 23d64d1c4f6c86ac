import { useState } from 'react'
import { hueOf, initialsOf } from './colors.ts'
import { publicUrl } from './public-url.ts'

interface Props {
  name: string
  image?: string
  size: number
  className?: string
}

/** A speaker photo, or initials on a stable colour when there is none (or it fails to load). */
export function Avatar({ name, image, size, className = '' }: Props) {
  const [failed, setFailed] = useState(false)
  const base = `shrink-0 rounded-full object-cover ${className}`
  if (image && !failed) {
    return <img src={publicUrl(image)} alt="" width={size} height={size} loading="lazy" decoding="async" onError={() => setFailed(true)} className={base} style={{ width: size, height: size }} />
  }
  const hue = hueOf(name)
  return (
    <span
      aria-hidden="true"
      className={`inline-flex items-center justify-center font-semibold text-white ${base}`}
      style={{ width: size, height: size, fontSize: size * 0.38, background: `linear-gradient(135deg, oklch(0.55 0.15 ${hue}), oklch(0.42 0.14 ${(hue + 40) % 360}))` }}
    >
      {initialsOf(name)}
    </span>
  )
}
