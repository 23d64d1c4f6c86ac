import { yearFacets } from '../../data/catalog.ts'
import type { TalkRow } from '../../data/catalog.ts'

export interface YearGroup {
  year: number
  /** Talks of the year that are loaded. */
  talks: TalkRow[]
  /** Talks of the year in the whole archive. */
  count: number
  /** Index of its first talk in the list. */
  start: number
}

/**
 * Past talks in year sections. With the whole list loaded, from the talks; with only the first page,
 * the years, counts and positions come from the facets that came with it (`upcoming`: talks ahead,
 * which come first in the archive's order but are not in this list).
 */
export function yearGroups(talks: readonly TalkRow[], complete: boolean, upcoming: number): YearGroup[] {
  const groups: YearGroup[] = []
  talks.forEach((t, i) => {
    const last = groups[groups.length - 1]
    if (last && last.year === t.year) last.talks.push(t)
    else groups.push({ year: t.year, talks: [t], count: 0, start: i })
  })
  if (complete) return groups.map((g) => ({ ...g, count: g.talks.length }))
  const newestPast = talks[0]?.year ?? Infinity
  return yearFacets
    .filter(([year]) => year <= newestPast)
    .map(([year, count, start]) => {
      const loaded = groups.find((g) => g.year === year)
      const ahead = year === newestPast ? upcoming : 0
      return { year, talks: loaded?.talks ?? [], count: count - ahead, start: Math.max(0, start - upcoming + ahead) }
    })
}
