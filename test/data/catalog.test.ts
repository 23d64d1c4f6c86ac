// The talk list as the app loads it (virtual:talks over the bundled talks): the whole list, once
// loaded, keeps the row objects the first page already showed, so the cards showing them (memoised
// by their talk) do not render again when the rest of the archive arrives.
import { describe, expect, it } from 'vitest'
import { catalogComplete, loadCatalog, loadedTalks, talkBySlug } from '../../src/data/catalog.ts'

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
