// "Today" splits upcoming talks from past ones. The prerendered page was split on its build's day:
// until the page is taken over it stays that day (so the markup matches the HTML), then it is the
// reader's own day.
import { render, screen, waitFor } from '@testing-library/react'
import first from 'virtual:talks'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useToday } from '../../src/components/time/useToday.ts'
import { HydrationSwitch } from '../../src/components/ui/hydration.tsx'

function Today() {
  return <p>{useToday()}</p>
}

afterEach(() => vi.useRealTimers())

describe('useToday', () => {
  it('is the build day in the server render and the reader\'s day once the page runs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2099, 5, 1, 12))
    expect(first.today).toMatch(/^\d{4}-\d\d-\d\d$/)
    expect(first.today).not.toBe('2099-06-01')
    expect(renderToString(<HydrationSwitch><Today /></HydrationSwitch>)).toBe(`<p>${first.today}</p>`)
    render(<HydrationSwitch><Today /></HydrationSwitch>)
    await waitFor(() => expect(screen.getByText('2099-06-01')).toBeInTheDocument())
  })
})
