import { memo, type ReactNode } from 'react'
import { markRanges } from '../../data/search/marks.ts'

/**
 * Text with every word that matched the query's words wrapped in <mark> (marks.ts decides which:
 * the rule the search matched by). Text nodes only: titles, names and passages are untrusted.
 */
export const Highlight = memo(function Highlight({ text, tokens }: { text: string; tokens?: readonly string[] }) {
  const ranges = tokens?.length ? markRanges(text, tokens) : []
  if (!ranges.length) return <>{text}</>
  const parts: ReactNode[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start > cursor) parts.push(text.slice(cursor, start))
    parts.push(<mark key={start}>{text.slice(start, end + 1)}</mark>)
    cursor = end + 1
  }
  if (cursor < text.length) parts.push(text.slice(cursor))
  return <>{parts}</>
})
