// @vitest-environment jsdom
// Talk pages with embeddable videos. The bundled talks only link to event pages, so this file swaps
// `virtual:talks` for a small collection of YouTube and PeerTube talks.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Talk, TalkDetail } from '../../src/data/types.ts'
import { renderApp } from './render-app.tsx'

// The collection, encoded as the talks plugin serves it (src/data/wire.ts). Chunks of 2 put the
// oldest talk in a second chunk of each kind.
const collection = vi.hoisted(() => {
  const talk = (slug: string, date: string, title: string, video: Talk['video']): TalkDetail => ({
    slug,
    title,
    date,
    year: Number(date.slice(0, 4)),
    speakers: ['ada-lovelace'],
    links: { video: video?.url },
    buttons: [],
    video,
    slides: [],
    summary: `${title}, in short.`,
    tags: [],
    aliases: [],
    html: `<p>About ${title}.</p>`,
  })
  // Newest first, as the compiler orders them.
  const talks = [
    talk('2024-03-01-peertube-talk', '2024-03-01', 'Federated video', { kind: 'peertube', url: 'https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv', embedUrl: 'https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv' }),
    talk('2023-06-01-newer-youtube-talk', '2023-06-01', 'Newer YouTube talk', { kind: 'youtube', id: 'NEWERvid01', url: 'https://www.youtube.com/watch?v=NEWERvid01' }),
    talk('2022-06-01-older-youtube-talk', '2022-06-01', 'Older YouTube talk', { kind: 'youtube', id: 'OLDERvid01', url: 'https://youtu.be/OLDERvid01?t=45', start: 45 }),
  ]
  return { talks }
})

vi.mock('virtual:talks', async () => {
  const { speakerOf, talksModule } = await import('./talks-module.ts')
  const ada = speakerOf('ada-lovelace', 'Ada Lovelace', collection.talks.map((t) => t.slug), { bio: 'Wrote the first program.' })
  return talksModule(collection.talks, [ada], { summarySize: 2, detailBucketSize: 1, listSize: 2 })
})

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
})

const videoRegion = () => screen.getByRole('region', { name: 'Video' })
const frameSrc = () => new URL(within(videoRegion()).getByTitle(/^Video: /).getAttribute('src')!)

describe('talk page with a YouTube video', () => {
  it('loads the player only after "Play video", from youtube-nocookie.com', async () => {
    const { user } = await renderApp('/talks/2023-06-01-newer-youtube-talk')
    expect(screen.getByRole('heading', { level: 1, name: 'Newer YouTube talk' })).toBeInTheDocument()
    expect(document.querySelector('iframe')).toBeNull()
    await user.click(within(videoRegion()).getByRole('button', { name: /Play video/ }))
    expect(frameSrc().origin).toBe('https://www.youtube-nocookie.com')
    expect(frameSrc().pathname).toBe('/embed/NEWERvid01')
    expect(frameSrc().searchParams.has('start')).toBe(false)
  })

  it('starts at the link’s own start time', async () => {
    const { user } = await renderApp('/talks/2022-06-01-older-youtube-talk')
    // The oldest talk comes from the second chunk of details, body and all.
    expect(screen.getByText('About Older YouTube talk.')).toBeInTheDocument()
    await user.click(within(videoRegion()).getByRole('button', { name: /Play video/ }))
    expect(frameSrc().searchParams.get('start')).toBe('45')
  })

  it.each(['?t=90', '?t=1m30s'])('a shared start time (%s) shows on the button and reaches the player', async (query) => {
    const { user } = await renderApp(`/talks/2023-06-01-newer-youtube-talk${query}`)
    await user.click(within(videoRegion()).getByRole('button', { name: /Play from 1:30/ }))
    expect(frameSrc().searchParams.get('start')).toBe('90')
  })

  it.each(['?t=abc', '?t=99999999', '?t=-5', '?t=%5B90%5D'])('ignores a bad start time (%s)', async (query) => {
    const { user } = await renderApp(`/talks/2023-06-01-newer-youtube-talk${query}`)
    const play = within(videoRegion()).getByRole('button', { name: /Play video/ })
    expect(play).not.toHaveTextContent(/NaN|Play from/)
    await user.click(play)
    expect(frameSrc().searchParams.has('start')).toBe(false)
  })

  it('a click to play one talk does not load the next talk’s video', async () => {
    const { user } = await renderApp('/talks/2023-06-01-newer-youtube-talk')
    await user.click(within(videoRegion()).getByRole('button', { name: /Play video/ }))
    expect(document.querySelectorAll('iframe')).toHaveLength(1)

    await user.click(screen.getByRole('link', { name: /Older talk/ }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Older YouTube talk' })).toBeInTheDocument()
    expect(document.querySelector('iframe')).toBeNull()
    expect(within(videoRegion()).getByRole('button', { name: /Play video/ })).toBeInTheDocument()
  })

  it('shares a link that starts at a chosen time', async () => {
    const { user } = await renderApp('/talks/2023-06-01-newer-youtube-talk', { browserHistory: true })
    const share = within(screen.getByRole('region', { name: 'Share' }))
    const clock = share.getByRole('textbox', { name: 'Start time (minutes:seconds)' })
    await user.clear(clock)
    await user.type(clock, '1:30')
    expect(share.getByRole('checkbox', { name: 'Start at' })).toBeChecked()
    await user.click(share.getByRole('button', { name: 'Copy link' }))
    expect(share.getByRole('status')).toHaveTextContent('Link copied')
    await expect(navigator.clipboard.readText()).resolves.toBe(`${window.location.origin}/talks/2023-06-01-newer-youtube-talk?t=90`)

    await user.click(share.getByRole('checkbox', { name: 'Start at' }))
    await user.click(share.getByRole('button', { name: 'Copy link' }))
    await expect(navigator.clipboard.readText()).resolves.toBe(`${window.location.origin}/talks/2023-06-01-newer-youtube-talk`)
  })
})

describe('talk page with a PeerTube video', () => {
  it('embeds the instance’s player after the click, with a start time', async () => {
    const { user } = await renderApp('/talks/2024-03-01-peertube-talk?t=75')
    expect(document.querySelector('iframe')).toBeNull()
    const play = within(videoRegion()).getByRole('button', { name: /Play from 1:15/ })
    expect(play).toHaveTextContent('Loads content from tube.example.org')
    await user.click(play)
    expect(frameSrc().href).toBe('https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1&start=75s')
  })
})

describe('home page with the swapped collection', () => {
  it('badges talks that play here as "Video"', async () => {
    await renderApp('/')
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3))
    const badges = screen.getAllByRole('list', { name: 'Available' })
    expect(badges).toHaveLength(3)
    for (const list of badges) expect(list).toHaveTextContent('Video')
    // Summaries from both chunks reach the cards.
    for (const title of ['Federated video', 'Newer YouTube talk', 'Older YouTube talk']) expect(await screen.findByText(`${title}, in short.`)).toBeInTheDocument()
  })
})
