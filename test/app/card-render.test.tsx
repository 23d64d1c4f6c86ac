// @vitest-environment jsdom
// A keystroke changes the words marked on every result card; the parts of a card that depend on the
// talk alone (its picture above all) must not render again for it: at 10,000 talks that was a
// share of each keystroke's time.
import { act, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { renderApp } from './render-app.tsx'

const covers = vi.hoisted(() => ({ renders: 0 }))
vi.mock('../../src/components/ui/Cover.tsx', async (original) => {
  const real = await original<typeof import('../../src/components/ui/Cover.tsx')>()
  return {
    ...real,
    Cover: (props: Parameters<typeof real.Cover>[0]) => {
      covers.renders++
      return real.Cover(props)
    },
  }
})

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  Element.prototype.scrollIntoView = vi.fn()
})

const results = () => within(screen.getByRole('region', { name: 'Search results' }))
const marked = () => results().queryAllByRole('heading', { level: 3 }).flatMap((h) => [...h.querySelectorAll('mark')].map((m) => m.textContent))

describe('result cards', () => {
  it('mark the new words of a keystroke without rendering their pictures again', async () => {
    const { user } = await renderApp('/')
    await user.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'cali')
    await vi.waitFor(() => expect(marked()).toContain('Cali'))
    const cards = results().getAllByRole('heading', { level: 3 }).length
    const before = covers.renders
    await user.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'co')
    await vi.waitFor(() => expect(marked()).toContain('Calico'))
    await act(() => new Promise((ok) => setTimeout(ok, 50)))
    expect(results().getAllByRole('heading', { level: 3 })).toHaveLength(cards)
    expect(covers.renders).toBe(before)
  })
})
