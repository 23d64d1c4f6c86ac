// The speakers page's search: the talk search's matching rule (text.ts's matchQuality, by way of
// marks.ts) over each speaker's name, organisation and role, so "tomkin", "cisc" and "tomkns"
// find a speaker as they would find that speaker's talks. A few thousand short lines: no index.
import { markRanges } from './marks.ts'
import { queryWords } from './text.ts'

export interface Findable {
  name: string
  org?: string
  role?: string
}

/** The speakers every word of the query matches (in their order), and the words to highlight. */
export function findSpeakers<S extends Findable>(speakers: readonly S[], query: string): { shown: readonly S[]; tokens: string[] } {
  const tokens = queryWords(query)
  if (!tokens.length) return { shown: speakers, tokens }
  const shown = speakers.filter((s) => {
    const text = [s.name, s.org, s.role].filter(Boolean).join(' ')
    return tokens.every((t) => markRanges(text, [t]).length > 0)
  })
  return { shown, tokens }
}
