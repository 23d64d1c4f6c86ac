import { describe, expect, it } from 'vitest'
import { calendarDate, dateTimeOf } from '../../src/compiler/dates.ts'

describe('dates written with a month name (the forms Hugo reads besides ISO 8601)', () => {
  it.each([
    ['02 Jan 2006', { date: '2006-01-02' }],
    ['5 June 2021', { date: '2021-06-05' }],
    ['June 5, 2021', { date: '2021-06-05' }],
    ['Sept. 21st, 2019', { date: '2019-09-21' }],
    ['Sat, 05 Jun 2021 14:00:00 GMT', { date: '2021-06-05', time: '14:00', zone: 'UTC' }],
    ['Mon, 02 Jan 2006 15:04:00 -0700', { date: '2006-01-02', time: '15:04', zone: '-07:00' }],
    ['02 Jan 06 15:04 PST', { date: '2006-01-02', time: '15:04', zone: 'PST' }],
    ['Monday, 02-Jan-06 15:04:00 CET', { date: '2006-01-02', time: '15:04', zone: 'CET' }],
    ['Mon Jan  2 15:04:00 2006', { date: '2006-01-02', time: '15:04' }],
    ['Mon Jan 2 9:04:00 UTC 2006', { date: '2006-01-02', time: '09:04', zone: 'UTC' }],
    ['June 5, 2021 4:30', { date: '2021-06-05', time: '04:30' }],
  ])('%s', (text, expected) => {
    expect(dateTimeOf(text)).toEqual(expected)
  })

  it('refuses impossible days and what is not a date', () => {
    expect(calendarDate('February 30, 2021')).toBe('invalid')
    expect(calendarDate('31 Apr 2020')).toBe('invalid')
    expect(calendarDate('Smarch 3, 2021')).toBe('invalid')
    expect(calendarDate('05/06/2021')).toBe('invalid') // day and month cannot be told apart
    expect(dateTimeOf('June 5, 2021 25:00')).toBe('invalid')
  })

  it('reads seconds past the minute as the stamp of the file’s making (hugo new, a CMS), not a talk’s time', () => {
    expect(dateTimeOf('2021-02-02T12:04:22.159Z')).toEqual({ date: '2021-02-02' })
    expect(dateTimeOf('2021-01-14T10:55:15+01:00')).toEqual({ date: '2021-01-14' })
    expect(dateTimeOf('Mon, 02 Jan 2006 15:04:05 -0700')).toEqual({ date: '2006-01-02' })
    // On the minute, with or without seconds written, it is the talk's time.
    expect(dateTimeOf('2021-01-14T10:30:00.000Z')).toEqual({ date: '2021-01-14', time: '10:30', zone: 'UTC' })
    expect(dateTimeOf('2021-01-14 10:30:00')).toEqual({ date: '2021-01-14', time: '10:30' })
  })
})
