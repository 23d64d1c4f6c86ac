// The talk list as the app loads it (virtual:talks over the bundled talks): the whole list, once
// loaded, keeps the row objects the first page already showed, so the cards showing them (memoised
// by their talk) do not render again when the rest of the archive arrives.
import { describe, expect, it } from 'vitest'
import { catalogComplete, facetsWith, loadCatalog, loadedTalks, talkBySlug } from '../../src/data/catalog.ts'

describe('loadCatalog', () => {
  it('keeps the objects of rows already loaded', async () => {
    const first = [...loadedTalks()]
    expect(first.length).toBeGreaterThan(0)
    await loadCatalog()
    expect(catalogComplete()).toBe(true)
    const all = loadedTalks()
    for (const row of first) {
      expect(all[row.pos]).toBe(row)
      expect(talkBySlug(row.slug)).toBe(row)
    }
  })
})

describe('facetsWith (dev: a talk added or deleted)', () => {
  // [year, talks, position of its first talk], newest first: 2024 at 0–2, 2023 at 3, 2021 at 4–5.
  const facets = [[2024, 3, 0], [2023, 1, 3], [2021, 2, 4]] as const

  it('counts a talk in and moves the later years down', () => {
    expect(facetsWith(facets, 2023, 3, 1)).toEqual([[2024, 3, 0], [2023, 2, 3], [2021, 2, 5]])
    expect(facetsWith(facets, 2024, 0, 1)).toEqual([[2024, 4, 0], [2023, 1, 4], [2021, 2, 5]])
  })

  it('adds a year of its own, in order', () => {
    expect(facetsWith(facets, 2022, 4, 1)).toEqual([[2024, 3, 0], [2023, 1, 3], [2022, 1, 4], [2021, 2, 5]])
  })

  it('counts a talk out, and drops a year left empty', () => {
    expect(facetsWith(facets, 2024, 1, -1)).toEqual([[2024, 2, 0], [2023, 1, 2], [2021, 2, 3]])
    expect(facetsWith(facets, 2023, 3, -1)).toEqual([[2024, 3, 0], [2021, 2, 3]])
  })
})
