import type { Slides } from '../../data/types.ts'
import { ClickToLoad } from './ClickToLoad.tsx'
import { ExternalLink } from './ExternalLink.tsx'
import { Frame } from './Frame.tsx'

const VIEWER_SANDBOX = 'allow-scripts allow-same-origin allow-popups'

const KIND_LABEL: Record<Slides['kind'], string> = {
  pdf: 'PDF',
  gdrive: 'Google Drive',
  gslides: 'Google Slides',
  pptx: 'PowerPoint',
  external: 'Slides',
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url)
  } catch {
    return url
  }
}

/** Slides inline where the link allows it, always with a link to open or download them. */
export function SlidesEmbed({ slides, title }: { slides: Slides; title: string }) {
  const frameTitle = `Slides (${KIND_LABEL[slides.kind]}): ${title}`
  const link = (
    <ExternalLink href={slides.url} className="inline-flex min-h-11 items-center gap-2 font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-300">
      {slides.kind === 'pdf' || slides.kind === 'pptx' ? 'Open / download' : 'Open'} {KIND_LABEL[slides.kind]}
      <span className="max-w-[16rem] truncate text-sm font-normal text-slate-500 dark:text-slate-400">{fileName(slides.url)}</span>
    </ExternalLink>
  )
  if (slides.kind === 'external') return <div>{link}</div>
  const provider = slides.kind === 'pptx' ? 'Microsoft Office Online' : new URL(slides.kind === 'pdf' ? slides.url : slides.embedUrl).hostname
  const poster = <div className="flex size-full items-center justify-center bg-gradient-to-br from-slate-700 to-slate-900 text-6xl font-black text-white/20">{KIND_LABEL[slides.kind]}</div>
  return (
    <div className="flex flex-col gap-2">
      <ClickToLoad action="Show slides" provider={provider} poster={poster}>
        {() =>
          slides.kind === 'pdf' ? (
            // Chromium shows no PDF inside a sandboxed frame, so this one frame goes unsandboxed;
            // it only ever holds an http(s) URL checked at build time.
            <Frame src={slides.url} title={frameTitle} className="h-[70vh] min-h-96" />
          ) : (
            <Frame src={slides.embedUrl} title={frameTitle} sandbox={VIEWER_SANDBOX} allow="fullscreen" />
          )
        }
      </ClickToLoad>
      {link}
    </div>
  )
}
