// The page's side of the search. It feeds the engine (a Web Worker in the browser, the page itself
// where there is none: the server render, tests) with the talk list and, once someone uses the search
// box, the bodies; it asks the engine's questions and keeps the answers, which views read
// synchronously and subscribe to. Typing never waits on the network: a query is answered over what
// is indexed so far, and answered again as more arrives.
import first, { loadSearch, searchChunkUrl } from 'virtual:talks'
import { loadCatalog, loadedTalks, speakerBySlug, totalTalks } from './catalog.ts'
import { yieldToMain } from './data-version.ts'
import type { FromEngine, ToEngine } from './search/protocol.ts'
import type { SearchChunk } from './search/pack.ts'
import type { DocFields, SearchRequest, SearchResult } from './search/talk-search.ts'
import type { TalkRow } from './wire.ts'

/** What the page needs of a Worker (and what the in-page engine offers). */
export interface EnginePort {
  postMessage(message: ToEngine, transfer?: ArrayBuffer[]): void
  terminate?(): void
  onmessage: ((event: { data: FromEngine }) => void) | null
  onerror?: ((event: unknown) => void) | null
}

/** Talks whose short fields are sent at a time, between which the main thread is given back. */
const SLICE = 2000
/** Results kept, and queries asked again when the index grows (the last few typed). */
const KEPT = 50
const WATCHED = 3
/** At most one refresh of the watched queries this often while bodies stream in. */
const REFRESH_MS = 250

let spawn: (() => EnginePort) | undefined
let port: EnginePort | undefined
let docsSent: Promise<void> | undefined
let textsStarted = false
let nextId = 1
const asked = new Map<number, string>()
const pending = new Set<string>()
const results = new Map<string, SearchResult>()
const watched: SearchRequest[] = []
const listeners = new Set<() => void>()
let bodies = 0
let refreshTimer: ReturnType<typeof setTimeout> | undefined

/** The browser entry says how to start the worker; without it the engine runs in the page. */
export function runSearchIn(factory: () => EnginePort): void {
  spawn = factory
}

/** The engine in this thread, loaded when first needed: a page with a worker never downloads it twice. */
function inPage(): EnginePort {
  const waiting: ToEngine[] = []
  let receive: ((m: ToEngine) => void) | undefined
  const local: EnginePort = { onmessage: null, postMessage: (m) => (receive ? receive(m) : waiting.push(m)) }
  void import('./search/engine-host.ts').then(({ EngineHost }) => {
    const host = new EngineHost((message) => queueMicrotask(() => local.onmessage?.({ data: message })))
    receive = (m) => host.receive(m)
    for (const m of waiting.splice(0)) receive(m)
  })
  return local
}

function engine(): EnginePort {
  if (port) return port
  port = spawn ? spawn() : inPage()
  port.onmessage = (event) => receive(event.data)
  // A worker that cannot start (an old browser, a strict policy): the page runs the engine itself.
  port.onerror = () => restartInPage()
  return port
}

function restartInPage(): void {
  if (!spawn) return
  spawn = undefined
  port = undefined
  docsSent = undefined
  const texts = textsStarted
  textsStarted = false
  for (const key of asked.values()) pending.delete(key)
  asked.clear()
  void prepareSearch(texts).then(() => watched.forEach(ask))
}

const keyOf = (r: SearchRequest) => JSON.stringify([r.mode ?? 'all', r.limit ?? 0, r.snippets ?? 0, r.query])

function receive(message: FromEngine): void {
  if (message.type === 'result') {
    const key = asked.get(message.id)
    asked.delete(message.id)
    if (key === undefined) return
    pending.delete(key)
    results.delete(key)
    results.set(key, message.result)
    if (results.size > KEPT) results.delete(results.keys().next().value!)
    notify()
  } else if (message.type === 'grew') {
    bodies = message.bodies
    refreshTimer ??= setTimeout(refresh, REFRESH_MS)
  } else console.warn(`search: ${message.message}`)
}

/** The index grew: answers kept for other queries may be short; the watched ones are asked again. */
function refresh(): void {
  refreshTimer = undefined
  const keep = new Set(watched.map(keyOf))
  for (const key of [...results.keys()]) if (!keep.has(key)) results.delete(key)
  for (const r of watched) ask(r)
  notify()
}

function notify(): void {
  for (const l of listeners) l()
}

function fieldsOf(t: TalkRow): DocFields {
  const people = t.speakers.map((s) => speakerBySlug(s)).map((s) => (s ? [s.name, s.org].filter(Boolean).join(' ') : '')).join(' · ')
  return [t.title, people, [t.event, ...t.tags].filter(Boolean).join(' · ')]
}

/** Every talk's short fields, a slice at a time, to the engine of the moment it starts. */
async function sendDocs(): Promise<void> {
  const target = engine()
  await loadCatalog()
  const rows = loadedTalks()
  for (let i = 0; i < rows.length; i += SLICE) {
    // The engine was replaced meanwhile (a dev edit, a worker that failed): the new one gets its own.
    if (port !== target) return
    target.postMessage({ type: 'docs', first: i, docs: rows.slice(i, i + SLICE).map(fieldsOf) })
    await yieldToMain()
  }
}

/** Every body: fetched by the worker itself where the build has files, else loaded here and handed over. */
async function sendTexts(): Promise<void> {
  const { search: count, searchSize: size } = first.chunks
  const urls = Array.from({ length: count }, (_, n) => searchChunkUrl(n))
  if (spawn && urls.every((u): u is string => !!u)) return engine().postMessage({ type: 'fetch', chunks: urls.map((url, n) => ({ first: n * size, url })) })
  for (let n = 0; n < count; n++) {
    const chunk = await loadSearch(n)
    if (import.meta.hot) keepForDev(n * size, chunk)
    engine().postMessage({ type: 'texts', first: n * size, chunk })
  }
}

/** Dev: the bodies as loaded (a chunk module never changes once imported), so a change can be spliced in. */
const devTexts: SearchChunk = { text: [], links: [] }
function keepForDev(first: number, chunk: SearchChunk): void {
  chunk.text.forEach((t, i) => (devTexts.text[first + i] = t))
  chunk.links.forEach((l, i) => (devTexts.links[first + i] = l))
}

/**
 * Dev: talks were added, deleted or edited. The engine's documents are positions in the list, so
 * a fresh engine indexes the patched list and the bodies with the change spliced in.
 */
export function reindexForDev(changes: readonly DevTextChange[]): void {
  for (const { op, pos, search } of changes) {
    const out = op === 'insert' ? 0 : 1
    devTexts.text.splice(pos, out, ...(search ? [search.text] : []))
    devTexts.links.splice(pos, out, ...(search ? [search.links] : []))
  }
  if (!docsSent) return
  const texts = textsStarted
  port?.terminate?.()
  port = undefined
  docsSent = undefined
  textsStarted = false
  for (const key of asked.values()) pending.delete(key)
  asked.clear()
  results.clear()
  bodies = 0
  void prepareSearch(false).then(() => {
    if (texts) {
      textsStarted = true
      engine().postMessage({ type: 'texts', first: 0, chunk: devTexts })
    }
    watched.forEach(ask)
  })
}

/** What the search needs to know of a dev change. */
export interface DevTextChange {
  op: 'replace' | 'remove' | 'insert'
  pos: number
  search?: { text: string; links: string[] }
}

/**
 * Gets the engine ready: the whole list (once), and with `fullText` every body, which streams in
 * after (the search box asks for it when first focused or typed in; the 404 page does without).
 */
export function prepareSearch(fullText = true): Promise<void> {
  docsSent ??= sendDocs()
  if (fullText && !textsStarted) {
    textsStarted = true
    void docsSent.then(sendTexts)
  }
  return docsSent
}

function ask(request: SearchRequest): void {
  const key = keyOf(request)
  if (pending.has(key)) return
  pending.add(key)
  void prepareSearch(false).then(() => {
    const id = nextId++
    asked.set(id, key)
    engine().postMessage({ type: 'search', id, request })
  })
}

/** Asks for a search unless its answer is known or on its way; its answer is kept up to date while the index grows. */
export function requestSearch(request: SearchRequest): void {
  const key = keyOf(request)
  const at = watched.findIndex((r) => keyOf(r) === key)
  if (at >= 0) watched.splice(at, 1)
  watched.push(request)
  if (watched.length > WATCHED) watched.shift()
  if (!results.has(key)) ask(request)
}

/** The latest answer to a search, if there is one yet. */
export function searchResult(request: SearchRequest): SearchResult | undefined {
  return results.get(keyOf(request))
}

/** The answer to a search, once there is one. */
export function searchFor(request: SearchRequest): Promise<SearchResult> {
  requestSearch(request)
  const known = searchResult(request)
  if (known) return Promise.resolve(known)
  return new Promise((resolve) => {
    const off = subscribeSearch(() => {
      const r = searchResult(request)
      if (r) {
        off()
        resolve(r)
      }
    })
  })
}

export function subscribeSearch(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** How many talks' bodies are indexed, of all of them. */
export function fullTextProgress(): { bodies: number; total: number } {
  return { bodies, total: totalTalks }
}
