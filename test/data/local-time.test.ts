// The reader's own time of a talk and how soon it is, in fixed zones and at fixed moments.
import { describe, expect, it } from 'vitest'
import { howSoon, localRange, yourTime, zonedOf, type Viewer } from '../../src/data/local-time.ts'
import { zonedSlot } from '../../src/data/zones.ts'

// "4:30pm - 5:00pm CET" on 2022-02-06, as the talk list carries it.
const cheetah = { date: '2022-02-06', zoned: zonedSlot('2022-02-06', { text: '4:30pm - 5:00pm CET', start: '16:30', end: '17:00', zone: 'CET' }) }
const at = (iso: string) => Date.parse(iso)
const viewer = (zone: string, now = at('2020-01-01T00:00:00Z')): Viewer => ({ zone, locale: 'en-GB', now })

describe('zonedSlot and zonedOf', () => {
  it('carry the real instants and the written zone’s offset', () => {
    expect(cheetah.zoned).toEqual([15 * 60 + 30, 30, 60])
    const z = zonedOf(cheetah)!
    expect(new Date(z.start).toISOString()).toBe('2022-02-06T15:30:00.000Z')
    expect(new Date(z.end).toISOString()).toBe('2022-02-06T16:00:00.000Z')
  })

  it('say nothing for a slot without a known zone, or without a slot', () => {
    expect(zonedSlot('2022-02-06', { text: '4:30pm - 5:00pm XYZ', start: '16:30', end: '17:00', zone: 'XYZ' })).toBeUndefined()
    expect(zonedSlot('2022-02-06', { text: 'afternoon' })).toBeUndefined()
    expect(zonedSlot('2022-02-06', undefined)).toBeUndefined()
    expect(zonedOf({ date: '2022-02-06' })).toBeUndefined()
  })

  it('a PST slot in October is Pacific daylight time, and a reader in Los Angeles sees no second time', () => {
    const edge = { date: '2021-10-12', zoned: zonedSlot('2021-10-12', { text: '11:20am - 11:50am PST', start: '11:20', end: '11:50', zone: 'PST' }) }
    expect(edge.zoned).toEqual([18 * 60 + 20, 30, -420])
    expect(yourTime(edge, viewer('America/Los_Angeles'))).toBeUndefined()
    expect(yourTime(edge, viewer('Europe/London'))).toBe('19:20–19:50 your time')
  })
})

describe('yourTime', () => {
  it('is absent where the reader’s clock shows the written time (Berlin, Paris: CET)', () => {
    expect(yourTime(cheetah, viewer('Europe/Berlin'))).toBeUndefined()
    expect(yourTime(cheetah, viewer('Europe/Paris'))).toBeUndefined()
  })

  it('gives the reader’s clock elsewhere', () => {
    expect(yourTime(cheetah, viewer('America/New_York'))).toBe('10:30–11:00 your time')
    expect(yourTime(cheetah, viewer('Asia/Kolkata'))).toBe('21:00–21:30 your time')
    // ICU writes thin and narrow no-break spaces here.
    expect(yourTime(cheetah, { ...viewer('America/New_York'), locale: 'en-US' })?.replace(/\s/g, ' ')).toBe('10:30 – 11:00 AM your time')
  })

  it('names the day when it is another day for the reader', () => {
    expect(yourTime(cheetah, viewer('Pacific/Auckland'))).toBe('Mon 7 Feb, 04:30–05:00 your time')
    expect(localRange(zonedOf(cheetah)!, cheetah.date, viewer('Pacific/Auckland'))).toMatch(/^Mon 7 Feb/)
  })
})

describe('howSoon', () => {
  const nyc = (iso: string) => viewer('America/New_York', at(iso))
  it('counts to a timed talk in the reader’s days', () => {
    expect(howSoon(cheetah, nyc('2022-02-06T12:00:00Z'))).toBe('today at 10:30')
    expect(howSoon(cheetah, nyc('2022-02-05T16:00:00Z'))).toBe('tomorrow at 10:30')
    expect(howSoon(cheetah, nyc('2022-02-03T16:00:00Z'))).toBe('in 3 days')
    expect(howSoon(cheetah, nyc('2022-01-01T16:00:00Z'))).toBe('in 5 weeks')
    expect(howSoon(cheetah, nyc('2021-08-01T16:00:00Z'))).toBe('in 6 months')
  })

  it('says "live now" while it runs and nothing once it is over', () => {
    expect(howSoon(cheetah, nyc('2022-02-06T15:45:00Z'))).toBe('live now')
    expect(howSoon(cheetah, nyc('2022-02-06T16:00:00Z'))).toBeUndefined()
  })

  it('counts an untimed talk by its date, today included', () => {
    const day = { date: '2030-06-10' }
    expect(howSoon(day, nyc('2030-06-10T20:00:00Z'))).toBe('today')
    expect(howSoon(day, nyc('2030-06-09T20:00:00Z'))).toBe('tomorrow')
    expect(howSoon(day, nyc('2030-06-07T20:00:00Z'))).toBe('in 3 days')
    expect(howSoon(day, nyc('2030-06-11T20:00:00Z'))).toBeUndefined()
  })
})
