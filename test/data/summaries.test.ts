// Card summaries: the prefetch started when someone is about to search loads every chunk not
// already known, two at a time, without telling the views (none is waiting), and a chunk a card
// asks for afterwards is not fetched again.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const loads: number[] = []
vi.mock('virtual:talks', () => ({
  // 600 talks in chunks of 250; the first page (positions 0–11) came with the app.
  default: { total: 600, chunks: { summarySize: 250 }, first: { pos: Array.from({ length: 12 }, (_, i) => i), summaries: Array.from({ length: 12 }, (_, i) => `first ${i}`) } },
  loadSummaries: async (n: number) => {
    loads.push(n)
    return Array.from({ length: n === 2 ? 100 : 250 }, (_, i) => `chunk ${n} #${i}`)
  },
}))
const announce = vi.fn()
vi.mock('../../src/data/data-version.ts', () => ({ announce }))

const { ensureSummaries, prefetchSummaries, summaryOf } = await import('../../src/data/summaries.ts')

beforeEach(() => {
  loads.length = 0
  announce.mockClear()
})

describe('prefetchSummaries', () => {
  it('loads every chunk once, quietly, and the summaries are there for the next render', async () => {
    expect(summaryOf({ pos: 3 })).toBe('first 3')
    expect(summaryOf({ pos: 599 })).toBeUndefined()
    await prefetchSummaries()
    expect(loads.sort()).toEqual([0, 1, 2])
    expect(announce).not.toHaveBeenCalled()
    expect(summaryOf({ pos: 3 })).toBe('chunk 0 #3')
    expect(summaryOf({ pos: 599 })).toBe('chunk 2 #99')
    await ensureSummaries([{ pos: 400 }])
    await prefetchSummaries()
    expect(loads.sort()).toEqual([0, 1, 2])
  })
})
