import { embedUrl } from '../../data/embed-urls.ts'
import type { Talk, Video } from '../../data/types.ts'
import type { Picture } from '../../data/images.ts'
import { Cover } from '../ui/Cover.tsx'
import { publicUrl } from '../ui/public-url.ts'
import { fullWidthImageSizes } from '../ui/layout.ts'
import { ClickToLoad } from './ClickToLoad.tsx'
import { ExternalLink } from './ExternalLink.tsx'
import { Frame } from './Frame.tsx'

const PLAYER_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups'
const PLAYER_ALLOW = 'autoplay; encrypted-media; picture-in-picture; fullscreen'

interface Props {
  talk: Talk
  video: Video
  start?: number
  /** Resized copies of the preview image (from the talk's row), for the player's poster. */
  picture?: Picture
}

export function VideoEmbed({ talk, video, start, picture }: Props) {
  const title = `Video: ${talk.title}`
  // Above the fold and the largest thing on the page: fetched first.
  const poster = <Cover talk={{ title: talk.title, image: talk.previewImage, picture, event: talk.event, year: talk.year }} sizes={fullWidthImageSizes} priority className="h-full" plain />
  if (video.kind === 'file') {
    return (
      <video controls preload="none" className="aspect-video w-full rounded-2xl bg-black" aria-label={title}>
        <source src={`${publicUrl(video.url)}${start ? `#t=${start}` : ''}`} type={video.mime} />
        <a href={publicUrl(video.url)}>Download the video</a>
      </video>
    )
  }
  const src = embedUrl(video, start)
  if (!src) {
    // Nothing to play here: a line and a link, not a player-sized box (the abstract follows at once).
    return (
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-2xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <p className="text-slate-700 dark:text-slate-300">The recording of this talk is published on the event’s page.</p>
        <ExternalLink href={video.url} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          Watch on the event page
        </ExternalLink>
      </div>
    )
  }
  const provider = video.kind === 'youtube' ? 'YouTube (privacy-enhanced mode)' : video.kind === 'vimeo' ? 'Vimeo (do-not-track mode)' : new URL(src).hostname
  return (
    // Keyed by video: a click to load one video is no consent to load another.
    <ClickToLoad key={video.url} action={start ? `Play from ${Math.floor(start / 60)}:${String(start % 60).padStart(2, '0')}` : 'Play video'} provider={provider} poster={poster}>
      {() => <Frame src={src} title={title} sandbox={PLAYER_SANDBOX} allow={PLAYER_ALLOW} />}
    </ClickToLoad>
  )
}
