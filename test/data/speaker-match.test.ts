import { describe, expect, it } from 'vitest'
import { findSpeakers } from '../../src/data/search/speaker-match.ts'

const people = [
  { name: 'Chris Tomkins', org: 'Tigera' },
  { name: 'Maria Šimić', org: 'Cisco', role: 'Engineer' },
  { name: 'Nathan Skrzypczak', org: 'Cisco' },
]
const names = (q: string) => findSpeakers(people, q).shown.map((s) => s.name)

describe('findSpeakers', () => {
  it('finds by a prefix of any word of the name, org or role', () => {
    expect(names('tomk')).toEqual(['Chris Tomkins'])
    expect(names('cisc')).toEqual(['Maria Šimić', 'Nathan Skrzypczak'])
    expect(names('engin')).toEqual(['Maria Šimić'])
  })
  it('forgives a typo and accents, as the talk search does', () => {
    expect(names('tomkns')).toEqual(['Chris Tomkins'])
    expect(names('simic')).toEqual(['Maria Šimić'])
  })
  it('needs every word to match', () => {
    expect(names('nathan cisco')).toEqual(['Nathan Skrzypczak'])
    expect(names('nathan tigera')).toEqual([])
  })
  it('keeps everyone for an empty query, and gives the words to highlight', () => {
    expect(findSpeakers(people, '  ').shown).toHaveLength(3)
    expect(findSpeakers(people, 'Tomk').tokens).toEqual(['tomk'])
  })
})
