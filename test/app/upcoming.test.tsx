// @vitest-environment jsdom
// Talks still ahead stand apart at the top, soonest first, with their registration link and a
// calendar file; nothing is hidden for being in the future. The dates are relative to today, so
// the collection is built when the test runs.
import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { TalkDetail } from '../../src/data/types.ts'
import { renderApp } from './render-app.tsx'

const collection = vi.hoisted(() => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
  const talk = (slug: string, date: string, title: string, buttons: TalkDetail['buttons'] = []): TalkDetail => ({
    slug, title, date, year: Number(date.slice(0, 4)), speakers: [], links: {}, buttons, slides: [],
    summary: `${title}, in short.`, tags: [], aliases: [], html: `<p>${title}</p>`,
  })
  const register = [{ label: 'Register', url: 'https://events.example.org/register' }]
  // The past talk has a register button too: only talks still ahead offer it.
  const talks = [talk('later', day(60), 'Later talk', register), talk('soon', day(10), 'Soon talk', register), talk('past', day(-30), 'Past talk', register)]
  return { talks }
})

vi.mock('virtual:talks', async () => (await import('./talks-module.ts')).talksModule(collection.talks, []))

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
})

describe('upcoming talks', () => {
  it('stand apart, soonest first, with registration and calendar links; past talks form the timeline', async () => {
    await renderApp('/')
    const upcoming = screen.getByRole('region', { name: 'Upcoming' })
    const titles = within(upcoming).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(titles).toEqual(['Soon talk', 'Later talk'])
    const register = within(upcoming).getAllByRole('link', { name: /^Register\s*for “Soon talk”/ })[0]!
    expect(register).toHaveAttribute('href', 'https://events.example.org/register')
    expect(register).toHaveAttribute('rel', 'noopener noreferrer')
    const calendar = within(upcoming).getByRole('link', { name: /Add to calendar\s*\(“Soon talk”/ })
    expect(calendar.getAttribute('href')).toMatch(/\/calendar\/soon\.ics$/)
    expect(within(upcoming).queryByText('Past talk')).toBeNull()
    expect(screen.getByRole('heading', { level: 3, name: 'Past talk' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('3 talks')
  })

  it('are filtered and counted like every other talk', async () => {
    await renderApp('/?q=later')
    expect(screen.getByRole('region', { name: 'Upcoming' })).toBeInTheDocument()
    expect(screen.queryByText('Soon talk')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 talks')
  })
})
