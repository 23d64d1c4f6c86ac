// What the full-text search loads besides the list (build time, in the talks plugin): per talk, the
// plain text of its abstract and body, and the keys of every link it gives (links.ts). Packed into
// chunks of their own (wire.ts's `search` kind), fetched when the reader first uses the search box.
import type { Talk } from '../types.ts'
import { linkKey } from './links.ts'

/** The search's data for talks [n * size, (n + 1) * size), by timeline position: two columns. */
export interface SearchChunk {
  /** Plain text of the abstract and the body. */
  text: string[]
  /** Link keys (links.ts) of the talk's video, slides, event page and buttons. */
  links: string[][]
}

/**
 * The abstract and the body as one text. The summary is the body's first paragraph, clipped, unless
 * the front matter gave one of its own: that one is added in front.
 */
export function searchText(talk: Pick<Talk, 'summary'>, body: string): string {
  const stem = talk.summary.replace(/…$/, '').trim()
  return !stem || body.includes(stem) ? body : body ? `${talk.summary} ${body}` : talk.summary
}

export function talkLinkKeys(talk: Pick<Talk, 'links' | 'video' | 'slides' | 'buttons'>): string[] {
  const links = [...Object.values(talk.links), talk.video?.url, ...talk.slides.map((s) => s.url), ...talk.buttons.map((b) => b.url)]
  return [...new Set(links.flatMap((l) => (l ? (linkKey(l) ?? []) : [])))]
}

export function packSearch(talks: readonly Talk[], texts: ReadonlyMap<string, string>, size: number): SearchChunk[] {
  const chunks: SearchChunk[] = []
  talks.forEach((talk, pos) => {
    if (pos % size === 0) chunks.push({ text: [], links: [] })
    const chunk = chunks[chunks.length - 1]!
    chunk.text.push(searchText(talk, texts.get(talk.slug) ?? ''))
    chunk.links.push(talkLinkKeys(talk))
  })
  return chunks
}
