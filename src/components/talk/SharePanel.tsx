import { useEffect, useState } from 'react'

interface Props {
  title: string
  /** Absolute URL of the talk page, without a start time. */
  url: string
  canStartAt: boolean
}

function parseClock(text: string): number | undefined {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$|^(\d+)$/.exec(text.trim())
  if (!m) return undefined
  if (m[4]) return Number(m[4])
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3])
}

/** Copy the link (optionally at a start time), or hand it to the system share sheet. */
export function SharePanel({ title, url, canStartAt }: Props) {
  const [status, setStatus] = useState('')
  // Known only in the browser; read after mount so the prerendered HTML and the first render agree.
  const [canShare, setCanShare] = useState(false)
  useEffect(() => setCanShare(typeof navigator.share === 'function'), [])
  const [atTime, setAtTime] = useState(false)
  const [clock, setClock] = useState('0:00')
  const start = atTime ? parseClock(clock) : undefined
  const link = start ? `${url}?t=${start}` : url

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setStatus('Link copied')
    } catch {
      setStatus('Copying failed: select the address bar to copy the link')
    }
  }
  const share = async () => {
    try {
      await navigator.share({ title, url: link })
    } catch {
      // The reader closed the share sheet: nothing to say.
    }
  }
  const button = 'inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800'
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} className={button}>
        Copy link
      </button>
      {canShare && (
        <button type="button" onClick={share} className={button}>
          Share…
        </button>
      )}
      {canStartAt && (
        <span className="flex items-center gap-2 text-sm">
          {/* The label wraps the box: together they make a 44 px tall target. */}
          <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 pr-1">
            <input type="checkbox" checked={atTime} onChange={(e) => setAtTime(e.target.checked)} className="size-5 accent-brand-600" />
            Start at
          </label>
          <input
            aria-label="Start time (minutes:seconds)"
            value={clock}
            onChange={(e) => setClock(e.target.value)}
            onFocus={() => setAtTime(true)}
            inputMode="numeric"
            className="min-h-11 w-20 rounded-lg border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-900"
          />
        </span>
      )}
      <span role="status" aria-live="polite" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
        {status}
      </span>
    </div>
  )
}
