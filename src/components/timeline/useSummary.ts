import { useEffect, useState } from 'react'
import type { TalkRow } from '../../data/catalog.ts'
import { ensureSummaries, summaryOf } from '../../data/summaries.ts'

/** A talk's summary: at once when its chunk is loaded (always so for server-rendered pages), else soon. */
export function useSummary(talk: TalkRow): string | undefined {
  const [summary, setSummary] = useState(() => summaryOf(talk))
  useEffect(() => {
    const known = summaryOf(talk)
    setSummary(known)
    if (known !== undefined) return
    let live = true
    ensureSummaries([talk]).then(() => live && setSummary(summaryOf(talk)))
    return () => {
      live = false
    }
  }, [talk])
  return summary
}
