// The search engine behind its messages (protocol.ts): the same code answers in the worker and in
// the page. It indexes what it is sent or fetches, and answers searches over what it has so far.
import type { SearchChunk } from './pack.ts'
import type { FromEngine, ToEngine } from './protocol.ts'
import { TalkSearch } from './talk-search.ts'

export type Send = (message: FromEngine, transfer?: ArrayBuffer[]) => void
export type FetchJson = (url: string) => Promise<unknown>

/** Chunks fetched at a time: the next one downloads while the last is indexed. */
const PARALLEL = 2

export class EngineHost {
  private engine = new TalkSearch()
  private version = 0
  private bodies = 0

  constructor(
    private send: Send,
    private fetchJson?: FetchJson,
  ) {}

  receive(message: ToEngine): void {
    switch (message.type) {
      case 'docs':
        this.engine.addDocs(message.first, message.docs)
        return this.grew()
      case 'texts':
        return this.addTexts(message.first, message.chunk)
      case 'fetch':
        return void this.fetchAll(message.chunks)
      case 'search': {
        const result = this.engine.search(message.request)
        return this.send({ type: 'result', id: message.id, result }, [result.docs.buffer as ArrayBuffer])
      }
    }
  }

  private addTexts(first: number, chunk: SearchChunk): void {
    this.engine.addTexts(first, chunk)
    this.bodies += chunk.text.length
    this.grew()
  }

  private grew(): void {
    this.send({ type: 'grew', version: ++this.version, bodies: this.bodies })
  }

  private async fetchAll(chunks: { first: number; url: string }[]): Promise<void> {
    const fetchJson = this.fetchJson
    if (!fetchJson) return this.send({ type: 'error', message: 'this engine cannot fetch' })
    const queue = [...chunks]
    const next = async (): Promise<void> => {
      const c = queue.shift()
      if (!c) return
      try {
        this.addTexts(c.first, (await fetchJson(c.url)) as SearchChunk)
      } catch (e) {
        this.send({ type: 'error', message: `${c.url}: ${String(e)}` })
      }
      return next()
    }
    await Promise.all(Array.from({ length: PARALLEL }, next))
  }
}
