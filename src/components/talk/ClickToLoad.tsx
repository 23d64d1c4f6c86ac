import { useState, type ReactNode } from 'react'

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
 * before the click (privacy, and a lighter page).
 */
export function ClickToLoad({ action, provider, poster, children }: Props) {
  const [loaded, setLoaded] = useState(false)
  if (loaded) return <>{children()}</>
  return (
    <div className="relative aspect-video w-full overflow-hidden rounded-2xl bg-slate-900">
      <div className="absolute inset-0 opacity-60">{poster}</div>
      <button
        type="button"
        onClick={() => setLoaded(true)}
        className="absolute inset-0 flex flex-col items-center justify-center gap-3 text-white"
      >
        <span className="flex size-16 items-center justify-center rounded-full bg-brand-600 shadow-lg ring-4 ring-white/30 sm:size-20">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 size-8 fill-current">
            <path d="M8 5v14l11-7z" />
          </svg>
        </span>
        <span className="rounded-full bg-black/60 px-3 py-1 text-sm font-semibold">{action}</span>
        <span className="rounded bg-black/50 px-2 text-xs">Loads content from {provider}</span>
      </button>
    </div>
  )
}
