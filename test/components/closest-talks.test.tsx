// useClosestTalks says when its answer is still on its way, so a page can keep room for it (the
// 404 page's links and footer must not move down under someone tabbing through them).
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { SearchResult } from '../../src/data/search/talk-search.ts'

const engine = vi.hoisted(() => ({ answer: undefined as SearchResult | undefined, listeners: new Set<() => void>() }))

vi.mock('../../src/data/search-service.ts', () => ({
  closestQuery: (query: string, limit: number) => ({ query, mode: 'any', limit }),
  prepareSearch: async () => {},
  requestSearch: () => {},
  searchResult: () => engine.answer,
  subscribeSearch: (listener: () => void) => {
    engine.listeners.add(listener)
    return () => engine.listeners.delete(listener)
  },
  fullTextProgress: () => ({ bodies: 0, total: 0 }),
  talksOf: (result: SearchResult) => [...result.docs].map((pos) => ({ slug: `talk-${pos}`, title: `Talk ${pos}` })),
}))

const { useClosestTalks } = await import('../../src/components/search/useSearch.ts')

function Closest({ text }: { text?: string }) {
  const { talks, pending } = useClosestTalks(text, 5)
  return <p role="status">{pending ? 'pending' : talks.map((t) => t.title).join(', ') || 'none'}</p>
}

describe('useClosestTalks', () => {
  it('is pending until the engine answers, then gives the talks', async () => {
    engine.answer = undefined
    render(<Closest text="cheetah calico" />)
    expect(screen.getByRole('status')).toHaveTextContent('pending')
    await act(async () => {
      engine.answer = { docs: [3, 1], tokens: ['cheetah'], snippets: [] } as unknown as SearchResult
      for (const listener of engine.listeners) listener()
    })
    expect(screen.getByRole('status')).toHaveTextContent('Talk 3, Talk 1')
  })

  it('is not pending without text to look for', () => {
    engine.answer = undefined
    render(<Closest />)
    expect(screen.getByRole('status')).toHaveTextContent('none')
  })
})
