// @vitest-environment jsdom
// A picker over thousands of speakers lists the ones with the most talks (and the chosen one), in
// their own order, and says how many more the search box finds.
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FilterSelect, MAX_OPTIONS } from '../../src/components/search/FilterSelect.tsx'

const options = Array.from({ length: 500 }, (_, i) => ({ value: `s${i}`, label: `Speaker ${String(i).padStart(3, '0')}`, count: i % 7 === 0 ? 10 + i : 1 }))

describe('FilterSelect', () => {
  it('lists at most MAX_OPTIONS, the busiest, in order, plus the chosen one and a note', () => {
    render(<FilterSelect id="f" label="Speaker" all="All speakers" width="sm:w-64" value="s499" options={options} onChange={() => {}} />)
    const listed = within(screen.getByRole('combobox', { name: 'Speaker' })).getAllByRole('option')
    const values = listed.map((o) => o.getAttribute('value'))
    expect(values[0]).toBe('')
    // Every seventh has more talks: those come first; s499 is chosen, so it stays.
    expect(values).toContain('s499')
    expect(values).toContain('s497')
    const named = listed.slice(1, -1).map((o) => o.textContent!)
    expect(named).toEqual([...named].sort())
    expect(named.length).toBe(MAX_OPTIONS + 1)
    expect(listed.at(-1)!.textContent).toBe(`… ${500 - MAX_OPTIONS - 1} more with fewer talks: use the search box`)
    expect((listed.at(-1) as HTMLOptionElement).disabled).toBe(true)
  })

  it('lists every option when there are few', () => {
    render(<FilterSelect id="f" label="Year" all="All years" width="sm:w-36" value="" options={options.slice(0, 5)} onChange={() => {}} />)
    expect(within(screen.getByRole('combobox', { name: 'Year' })).getAllByRole('option')).toHaveLength(6)
  })
})
