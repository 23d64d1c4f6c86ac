// @vitest-environment jsdom
// The search field while the page renders behind the keys: the query it is given back lags what
// was typed, and must never overwrite it; a query changed elsewhere (Back, a cleared filter) shows.
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SearchBox } from '../../src/components/search/SearchBox.tsx'

const box = () => screen.getByRole('searchbox', { name: 'Search talks' }) as HTMLInputElement

describe('SearchBox', () => {
  it('keeps every typed character when the page echoes an earlier query', () => {
    const sent: string[] = []
    const { rerender } = render(<SearchBox value="" onChange={(q) => sent.push(q)} />)
    fireEvent.change(box(), { target: { value: 'k' } })
    fireEvent.change(box(), { target: { value: 'ku' } })
    // The page catches up with the first key only now.
    rerender(<SearchBox value="k" onChange={(q) => sent.push(q)} />)
    expect(box().value).toBe('ku')
    fireEvent.change(box(), { target: { value: 'kub' } })
    rerender(<SearchBox value="kub" onChange={(q) => sent.push(q)} />)
    expect(box().value).toBe('kub')
    expect(sent).toEqual(['k', 'ku', 'kub'])
  })

  it('follows a query changed elsewhere, also one typed before', () => {
    const { rerender } = render(<SearchBox value="" onChange={() => {}} />)
    fireEvent.change(box(), { target: { value: 'vpp' } })
    rerender(<SearchBox value="vpp" onChange={() => {}} />)
    fireEvent.change(box(), { target: { value: 'vpp gcp' } })
    rerender(<SearchBox value="vpp gcp" onChange={() => {}} />)
    // Back: the address holds the earlier query again.
    rerender(<SearchBox value="vpp" onChange={() => {}} />)
    expect(box().value).toBe('vpp')
    rerender(<SearchBox value="" onChange={() => {}} />)
    expect(box().value).toBe('')
  })

  it('follows a search cleared elsewhere before the page caught up with the typing', () => {
    const { rerender } = render(<SearchBox value="" onChange={() => {}} />)
    fireEvent.change(box(), { target: { value: 'ch' } })
    fireEvent.change(box(), { target: { value: 'cheetah' } })
    // The page shows "ch" when "Clear the search" is pressed: "cheetah" never comes back.
    rerender(<SearchBox value="ch" onChange={() => {}} />)
    expect(box().value).toBe('cheetah')
    rerender(<SearchBox value="" onChange={() => {}} />)
    expect(box().value).toBe('')
  })
})
