// Dates and counts written by hand (no Intl at start-up): the same text Intl's English formats write.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatWhen, groupDigits, plural } from '../../src/components/ui/format.ts'

const intlDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })
const iso = (d: Date) => d.toISOString().slice(0, 10)

describe('formatWhen', () => {
  it('writes any calendar date as Intl\'s English long date does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(formatWhen({ date: iso(d) })).toBe(intlDate.format(new Date(`${iso(d)}T00:00:00Z`)))
      }),
    )
    expect(formatWhen({ date: '2022-02-06', time: '4:30pm - 5:00pm CET' })).toBe('February 6, 2022 · 4:30pm - 5:00pm CET')
  })
})

describe('groupDigits', () => {
  it('groups as English toLocaleString does', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        // A count is never -0, which Intl writes "-0".
        fc.pre(!Object.is(n, -0))
        expect(groupDigits(n)).toBe(n.toLocaleString('en'))
      }),
    )
    expect(plural(10000, 'talk')).toBe('10,000 talks')
    expect(plural(1, 'talk')).toBe('1 talk')
  })
})
