import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useOnline } from '../offline/useOnline.ts'

interface Props {
  /** What the reader is asked to do, e.g. "Play video". */
  action: string
  /** Who the content comes from, said before loading it, e.g. "YouTube". */
  provider: string
  poster: ReactNode
  children: () => ReactNode
}

/**
 * Third-party embeds stay unloaded until the reader asks: no request leaves for another origin
 * before the click (privacy, and a lighter page). The button goes away on the click, so the focus
 * moves on to what it loaded instead of falling back to the top of the page.
 */
export function ClickToLoad({ action, provider, poster, children }: Props) {
  const [loaded, setLoaded] = useState(false)
  const loadedBox = useRef<HTMLDivElement>(null)
  const note = useId()
  // Embeds are never kept for offline use: say so rather than load a frame that cannot arrive.
  const online = useOnline()
  useEffect(() => {
    if (loaded) loadedBox.current?.querySelector<HTMLElement>('iframe, video, a[href]')?.focus()
  }, [loaded])
  if (loaded)
    return (
      <div ref={loadedBox} className="contents">
        {children()}
      </div>
    )
  return (
    <div className="relative aspect-video w-full overflow-hidden rounded-2xl bg-slate-900">
      <div aria-hidden="true" className="absolute inset-0 opacity-60">
        {poster}
      </div>
      <button
        type="button"
        onClick={() => setLoaded(true)}
        disabled={!online}
        aria-label={action}
        aria-describedby={note}
        // Drawn inside: the frame clips anything outside it.
        className="group/play absolute inset-0 flex flex-col items-center justify-center gap-3 rounded-2xl text-white focus-visible:outline-4 focus-visible:-outline-offset-8 focus-visible:outline-white"
      >
        <span className="flex size-16 items-center justify-center rounded-full bg-brand-600 shadow-lg ring-4 ring-white/30 transition-colors group-hover/play:bg-brand-700 sm:size-20">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 size-8 fill-current">
            <path d="M8 5v14l11-7z" />
          </svg>
        </span>
        <span className="rounded-full bg-black/70 px-3 py-1 text-sm font-semibold">{action}</span>
        <span id={note} className="rounded bg-black/70 px-2 py-0.5 text-xs">
          {online ? <>Loads content from {provider}</> : <>You are offline: {provider} needs a connection</>}
        </span>
      </button>
    </div>
  )
}
