// @vitest-environment jsdom
// A talk's time in the reader's zone: written as the file says in the prerendered HTML, then, in the
// app, also in the reader's own time when it differs, and how soon for talks still ahead.
import { screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { TalkDetail } from '../../src/data/types.ts'
import { render as renderServer } from '../../src/entry-server.tsx'
import { renderApp } from './render-app.tsx'

const collection = vi.hoisted(() => {
  // Three days ahead, 16:30–17:00 CET (no daylight saving in the test's window matters: CET is read
  // as Berlin's local time on that date, as attendees mean it).
  const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
  const talk = (slug: string, date: string, title: string, timeSlot?: TalkDetail['timeSlot']): TalkDetail => ({
    slug, title, date, year: Number(date.slice(0, 4)), timeSlot, speakers: [], links: {}, buttons: [], slides: [],
    summary: `${title}, in short.`, tags: [], aliases: [], html: `<p>${title}</p>`,
  })
  const cet = { text: '4:30pm - 5:00pm CET', start: '16:30', end: '17:00', zone: 'CET' }
  return { ahead, talks: [talk('soon', ahead, 'Soon talk', cet), talk('cheetah', '2022-02-06', 'Cheetah talk', cet), talk('untimed', '2021-01-01', 'Untimed talk')] }
})

vi.mock('virtual:talks', async () => (await import('./talks-module.ts')).talksModule(collection.talks, []))

const savedTz = process.env.TZ
beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  process.env.TZ = savedTz
})

const card = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('article')!
const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ')

describe('times in the reader’s zone', () => {
  it('a reader in New York sees the written time and theirs, on cards and the talk page', async () => {
    process.env.TZ = 'America/New_York'
    await renderApp('/')
    const cheetah = card('Cheetah talk')
    expect(within(cheetah).getByText(/4:30pm - 5:00pm CET/)).toBeInTheDocument()
    expect(spaced(cheetah.textContent)).toContain('10:30 – 11:00 AM your time')
    // A talk without a slot gets none.
    expect(card('Untimed talk').textContent).not.toMatch(/your time/)

    await renderApp('/talks/cheetah')
    const header = screen.getByRole('heading', { level: 1, name: 'Cheetah talk' }).closest('header')!
    expect(spaced(header.querySelector('[data-local-time]')!.textContent)).toBe('10:30 – 11:00 AM your time')
  })

  it('upcoming talks say how soon, in the reader’s days', async () => {
    process.env.TZ = 'America/New_York'
    await renderApp('/')
    const upcoming = screen.getByRole('region', { name: 'Upcoming' })
    expect(spaced(within(upcoming).getByRole('article').textContent)).toMatch(/In [234] days.*AM your time/)
  })

  it('a reader in Berlin, whose clock shows the written time, sees no second time', async () => {
    process.env.TZ = 'Europe/Berlin'
    await renderApp('/')
    expect(card('Cheetah talk').textContent).not.toMatch(/your time/)
    expect(spaced(card('Soon talk').textContent)).toMatch(/In [234] days/)
  })

  it('the prerendered HTML has the written time only, and keeps the line the local time fills', async () => {
    process.env.TZ = 'America/New_York'
    const { html, status } = await renderServer('/talks/cheetah')
    expect(status).toBe(200)
    expect(html).toContain('4:30pm - 5:00pm CET')
    expect(html).not.toMatch(/your time|In \d days/)
    expect(html).toMatch(/<p data-local-time="" class="min-h-6[^"]*"><\/p>/)
    const home = await renderServer('/')
    expect(home.html).not.toMatch(/your time/)
  })
})
