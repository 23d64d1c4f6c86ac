// The messages between the page and the search engine, which runs in a Web Worker in the browser
// (src/search-worker/) and in the page itself where there is none (the server render, tests).
import type { SearchChunk } from './pack.ts'
import type { DocFields, SearchRequest, SearchResult } from './talk-search.ts'

export type ToEngine =
  /** Short fields of talks [first, first + docs.length): title, speakers, tags and event. */
  | { type: 'docs'; first: number; docs: DocFields[] }
  /** Bodies and link keys of talks from `first`. */
  | { type: 'texts'; first: number; chunk: SearchChunk }
  /** Search chunks for the engine to fetch itself (JSON files of a build), so the page never parses them. */
  | { type: 'fetch'; chunks: { first: number; url: string }[] }
  | { type: 'search'; id: number; request: SearchRequest }

export type FromEngine =
  | { type: 'result'; id: number; result: SearchResult }
  /** More is indexed (`version` counts additions): earlier results may have grown. `bodies`: how many talks' bodies are in. */
  | { type: 'grew'; version: number; bodies: number }
  | { type: 'error'; message: string }
