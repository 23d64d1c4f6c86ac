// @vitest-environment jsdom
// The year bar moves the rendered window to a year instead of rendering every card before it.
import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { renderApp } from './render-app.tsx'

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  Element.prototype.scrollIntoView = vi.fn()
})

describe('jumping to a year', () => {
  it('shows that year first, offers the newer talks back, and keeps the count of the whole list', async () => {
    const { user } = await renderApp('/')
    const bar = screen.getByRole('navigation', { name: 'Jump to year' })
    await user.click(within(bar).getByRole('link', { name: '2021' }))
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings.some((h) => h?.startsWith('2021'))).toBe(true)
    expect(headings.some((h) => h?.startsWith('2023'))).toBe(false)
    expect(screen.getAllByRole('article')).toHaveLength(3)
    expect(screen.getByRole('status')).toHaveTextContent('5 talks')

    await user.click(screen.getByRole('button', { name: 'Show newer talks (2)' }))
    expect(screen.getAllByRole('article')).toHaveLength(5)
    expect(screen.queryByRole('button', { name: /Show newer talks/ })).toBeNull()
  })
})
