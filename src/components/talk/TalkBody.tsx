import { useEffect, useState } from 'react'
import { loadTalkBody } from '../../data/index.ts'
import type { Talk } from '../../data/types.ts'
import { SafeHtml } from '../ui/SafeHtml.tsx'

/** The talk's rendered body, loaded with its chunk; the summary stands in until it arrives. */
export function TalkBody({ talk }: { talk: Talk }) {
  const [html, setHtml] = useState<string | undefined>(undefined)
  useEffect(() => {
    let live = true
    setHtml(undefined)
    loadTalkBody(talk).then((h) => live && setHtml(h), () => live && setHtml(''))
    return () => {
      live = false
    }
  }, [talk])
  if (html === undefined) return <p className="prose-talk">{talk.summary}</p>
  return <SafeHtml html={html} className="prose-talk" />
}
