import type { Picture } from '../../data/images.ts'
import type { Talk } from '../../data/types.ts'
import { Cover } from '../ui/Cover.tsx'
import { asideImageSizes } from '../ui/layout.ts'
import { publicUrl } from '../ui/public-url.ts'

/**
 * A talk's preview image when there is no player to show it on: beside the abstract, not above it,
 * in the resized copies the build made, and linked to the full-size original.
 */
export function PreviewImage({ talk, picture }: { talk: Talk; picture?: Picture }) {
  if (!talk.previewImage) return null
  return (
    <a href={publicUrl(talk.previewImage)} className="block overflow-hidden rounded-2xl ring-1 ring-slate-200 dark:ring-slate-800">
      <Cover talk={{ title: talk.title, image: talk.previewImage, picture, event: talk.event, year: talk.year }} sizes={asideImageSizes} eager />
      <span className="sr-only">The talk’s preview image, full size</span>
    </a>
  )
}
