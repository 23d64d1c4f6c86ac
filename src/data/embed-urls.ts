// Embed addresses for videos, built from ids parsed at build time (never from raw link text).
// Shared by the player component and the build's Content-Security-Policy.
import type { Video } from './types.ts'

/** The embed address for a video, or undefined when it can only be linked to. */
export function embedUrl(video: Video, start?: number): string | undefined {
  const at = start ?? (video.kind === 'youtube' || video.kind === 'vimeo' ? video.start : undefined)
  switch (video.kind) {
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(video.id)}?autoplay=1&rel=0${at ? `&start=${at}` : ''}`
    case 'vimeo':
      // dnt=1: Vimeo's privacy mode (no tracking cookies, no session data).
      return `https://player.vimeo.com/video/${encodeURIComponent(video.id)}?dnt=1&autoplay=1${video.hash ? `&h=${encodeURIComponent(video.hash)}` : ''}${at ? `#t=${at}s` : ''}`
    case 'peertube':
      return `${video.embedUrl}?autoplay=1${at ? `&start=${at}s` : ''}`
    default:
      return undefined
  }
}
