// Embed addresses for videos, built from ids parsed at build time (never from raw link text).
// Shared by the player component and the build's Content-Security-Policy.
import type { Video } from './types.ts'

/** The embed address for a video, or undefined when it can only be linked to. */
export function embedUrl(video: Video, start?: number): string | undefined {
  const at = start ?? (video.kind === 'youtube' ? video.start : undefined)
  switch (video.kind) {
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(video.id)}?autoplay=1&rel=0${at ? `&start=${at}` : ''}`
    case 'peertube':
      return `${video.embedUrl}?autoplay=1${at ? `&start=${at}s` : ''}`
    default:
      return undefined
  }
}
