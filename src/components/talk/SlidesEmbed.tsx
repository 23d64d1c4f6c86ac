import type { Slides } from '../../data/types.ts'
import { publicUrl } from '../ui/public-url.ts'
import { ClickToLoad } from './ClickToLoad.tsx'
import { ExternalLink } from './ExternalLink.tsx'
import { Frame } from './Frame.tsx'

const VIEWER_SANDBOX = 'allow-scripts allow-same-origin allow-popups'

const KIND_LABEL: Record<Slides['kind'], string> = {
  pdf: 'PDF',
  gdrive: 'Google Drive',
  gslides: 'Google Slides',
  pptx: 'PowerPoint',
  speakerdeck: 'Speaker Deck',
  slideshare: 'SlideShare',
  external: 'Slides',
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url, 'https://site.invalid').pathname.split('/').pop() || url)
  } catch {
    return url
  }
}

/** Where the slides load from, said before loading them. */
function providerOf(slides: Exclude<Slides, { kind: 'external' }>): string {
  if (slides.kind === 'pptx') return 'Microsoft Office Online'
  if (slides.kind === 'pdf' && slides.url.startsWith('/')) return 'this site'
  return new URL(slides.kind === 'pdf' ? slides.url : slides.embedUrl).hostname
}

/** Slides inline where the link allows it, always with a link to open or download them. */
export function SlidesEmbed({ slides, title }: { slides: Slides; title: string }) {
  const frameTitle = `Slides (${KIND_LABEL[slides.kind]}): ${title}`
  // A site path ("/uploads/a.pdf") is the site's own file, under its base path.
  const href = slides.url.startsWith('/') ? publicUrl(slides.url) : slides.url
  const link = (
    <ExternalLink href={href} className="group inline-flex min-h-11 max-w-full flex-wrap items-baseline gap-x-2 self-start py-1 font-medium text-brand-600 underline-offset-2 dark:text-brand-300">
      <span className="group-hover:underline">
        {slides.kind === 'pdf' || slides.kind === 'pptx' ? 'Open / download' : 'Open'} {KIND_LABEL[slides.kind]}
      </span>
      <span className="max-w-full truncate text-sm font-normal text-slate-600 dark:text-slate-400">{fileName(slides.url)}</span>
    </ExternalLink>
  )
  if (slides.kind === 'external') return <div>{link}</div>
  const provider = providerOf(slides)
  const poster = (
    <div className="relative size-full bg-gradient-to-br from-slate-600 to-slate-900">
      <svg viewBox="0 0 24 24" className="absolute left-4 top-4 size-8 text-white/70 sm:left-6 sm:top-6 sm:size-10" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
        <rect x="3" y="4" width="18" height="12" rx="1.5" />
        <path d="M12 16v4M8 20h8M7 12l3-3 2 2 4-4" />
      </svg>
      <span className="absolute bottom-4 left-4 text-sm font-semibold uppercase tracking-wider text-white sm:bottom-6 sm:left-6">{KIND_LABEL[slides.kind]}</span>
    </div>
  )
  return (
    <div className="flex flex-col gap-2">
      <ClickToLoad action="Show slides" provider={provider} poster={poster}>
        {() =>
          slides.kind === 'pdf' ? (
            // Chromium shows no PDF inside a sandboxed frame, so this one frame goes unsandboxed;
            // it only ever holds an http(s) URL checked at build time.
            <Frame src={href} title={frameTitle} className="h-[70vh] min-h-96" />
          ) : (
            <Frame src={slides.embedUrl} title={frameTitle} sandbox={VIEWER_SANDBOX} allow="fullscreen" />
          )
        }
      </ClickToLoad>
      {link}
    </div>
  )
}
