import { embedUrl } from '../../data/embed-urls.ts'
import type { Talk, Video } from '../../data/types.ts'
import { Cover } from '../ui/Cover.tsx'
import { publicUrl } from '../ui/public-url.ts'
import { ClickToLoad } from './ClickToLoad.tsx'
import { ExternalLink } from './ExternalLink.tsx'
import { Frame } from './Frame.tsx'

const PLAYER_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups'
const PLAYER_ALLOW = 'autoplay; encrypted-media; picture-in-picture; fullscreen'

export function VideoEmbed({ talk, video, start }: { talk: Talk; video: Video; start?: number }) {
  const title = `Video: ${talk.title}`
  const poster = <Cover talk={{ title: talk.title, image: talk.previewImage, event: talk.event, year: talk.year }} className="h-full" plain />
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
    return (
      // A banner rather than a player-sized box: there is nothing to play here.
      <div className="relative aspect-video w-full overflow-hidden rounded-2xl bg-slate-900 lg:aspect-[21/9]">
        <div aria-hidden="true" className="absolute inset-0 scale-105 opacity-40 blur-xs">
          {poster}
        </div>
        <div className="absolute inset-0 flex flex-col items-center justify-center gap-3 p-4 text-center sm:gap-4">
          <p className="max-w-lg rounded-lg bg-black/75 px-3 py-1.5 text-sm text-white sm:text-base">The recording of this talk is published on the event’s page.</p>
          <ExternalLink href={video.url} className="inline-flex min-h-11 items-center rounded-lg bg-white px-5 font-semibold text-slate-900 shadow-lg hover:bg-slate-100">
            Watch on the event page
          </ExternalLink>
        </div>
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
