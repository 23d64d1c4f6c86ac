// The page's side of the search hands the engine the talk list a slice at a time. When the engine
// is replaced meanwhile (a dev edit restarts it with the patched list), the slices still on their
// way from the old list must not reach the new engine: they overwrote its rows, and an added talk
// went missing from the search.
import { describe, expect, it, vi } from 'vitest'
import type { ToEngine } from '../../src/data/search/protocol.ts'
import type { EnginePort } from '../../src/data/search-client.ts'

const list = vi.hoisted(() => ({ rows: [] as { title: string; speakers: string[]; tags: string[] }[] }))
vi.mock('../../src/data/catalog.ts', () => ({
  loadCatalog: async () => {},
  loadedTalks: () => list.rows,
  speakerBySlug: () => undefined,
  totalTalks: 0,
}))

const { prepareSearch, reindexForDev, runSearchIn } = await import('../../src/data/search-client.ts')

const rows = (n: number, name: string) => Array.from({ length: n }, (_, i) => ({ title: `${name} ${i}`, speakers: [], tags: [] }))

describe('search client', () => {
  it('sends a replaced engine only the list it was started with', async () => {
    const ports: ToEngine[][] = []
    // A dev edit arrives while the old list is still being sent: the engine starts again on the new list.
    const edit = () => {
      list.rows = rows(4501, 'new')
      reindexForDev([{ op: 'insert', pos: 0, search: { text: '', links: [] } }])
    }
    runSearchIn(() => {
      const got: ToEngine[] = []
      ports.push(got)
      const first = ports.length === 1
      return { onmessage: null, postMessage: (m) => void (got.push(m), first && got.length === 1 && setTimeout(edit, 0)), terminate: () => {} } satisfies EnginePort
    })
    list.rows = rows(4500, 'old') // three slices of 2,000
    await prepareSearch(false)
    await vi.waitFor(() => expect(ports[1]?.filter((m) => m.type === 'docs').length).toBe(3))
    await new Promise((ok) => setTimeout(ok, 20)) // any stale slice would be in by now
    const docs = ports[1]!.filter((m) => m.type === 'docs')
    expect(docs.map((m) => m.first)).toEqual([0, 2000, 4000])
    expect(docs.flatMap((m) => m.docs.map((d) => d[0]))).toEqual(list.rows.map((r) => r.title))
  })
})
