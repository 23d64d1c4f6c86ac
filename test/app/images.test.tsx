// @vitest-environment jsdom
// Pictures through the whole app: rows encoded with the build's image variants (as the talks plugin
// does after the image pipeline) reach the cards, the talk page and the speakers' photos; a talk with
// nothing to play shows its event link and abstract first, the image beside them, and no blurred banner.
import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Talk, TalkDetail } from '../../src/data/types.ts'
import { renderApp } from './render-app.tsx'

const collection = vi.hoisted(() => {
  const talk = (slug: string, date: string, title: string, video: Talk['video'], image: string): TalkDetail => ({
    slug,
    title,
    date,
    year: Number(date.slice(0, 4)),
    speakers: ['ada-lovelace'],
    links: { video: video?.url },
    buttons: [],
    video,
    slides: [],
    previewImage: image,
    summary: `${title}, in short.`,
    tags: [],
    aliases: [],
    html: `<p>About ${title}: the abstract.</p>`,
  })
  const talks = [
    talk('2024-01-01-on-youtube', '2024-01-01', 'On YouTube', { kind: 'youtube', id: 'abcdefghijk', url: 'https://www.youtube.com/watch?v=abcdefghijk' }, '/img/yt.jpg'),
    talk('2023-01-01-event-page', '2023-01-01', 'On the event page', { kind: 'external', url: 'https://fosdem.org/2023/schedule/event/x/' }, '/img/event.jpg'),
  ]
  const pictures: Record<string, readonly [number, number, string]> = {
    '/img/yt.jpg': [1280, 720, 'aaaaaaaaaaaa'],
    '/img/event.jpg': [1275, 717, 'bbbbbbbbbbbb'],
    '/img/ada.jpg': [400, 400, 'cccccccccccc'],
  }
  return { talks, pictures }
})

vi.mock('virtual:talks', async () => {
  const { speakerOf, talksModule } = await import('./talks-module.ts')
  const ada = speakerOf('ada-lovelace', 'Ada Lovelace', collection.talks.map((t) => t.slug), { image: '/img/ada.jpg' })
  return talksModule(collection.talks, [ada], { pictures: (p) => collection.pictures[p] })
})

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
})

const avifOf = (img: Element) => img.closest('picture')?.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? ''

describe('home page', () => {
  it('draws every cover from the variants, the first one fetched first and the rest lazily', async () => {
    await renderApp('/')
    const covers = [...document.querySelectorAll('main article img')]
    expect(covers).toHaveLength(2)
    expect(avifOf(covers[0]!)).toContain('/assets/img/aaaaaaaaaaaa-640.avif 640w')
    expect(avifOf(covers[1]!)).toContain('/assets/img/bbbbbbbbbbbb-1275.avif 1275w')
    expect(covers[0]).toHaveAttribute('fetchpriority', 'high')
    expect(covers[1]).not.toHaveAttribute('fetchpriority')
    for (const img of covers) {
      expect(img).toHaveAttribute('width')
      expect(img).toHaveAttribute('height')
    }
  })
})

describe('talk page without a player', () => {
  it('has no banner: the event link, then the abstract, the image beside them linked to the original', async () => {
    await renderApp('/talks/2023-01-01-event-page')
    expect(document.querySelector('main [class*="blur"]')).toBeNull()
    const video = screen.getByRole('region', { name: 'Video' })
    expect(within(video).getByRole('link', { name: /^Watch on the event page/ })).toHaveAttribute('href', 'https://fosdem.org/2023/schedule/event/x/')
    expect(video.querySelector('img')).toBeNull()
    const about = screen.getByRole('region', { name: 'About this talk' })
    expect(within(about).getByText('About On the event page: the abstract.')).toBeInTheDocument()
    // In reading order: the header, the event link, the abstract; the picture after them, in the side column.
    const h1 = screen.getByRole('heading', { level: 1 })
    const link = screen.getByRole('link', { name: /full size/ })
    expect(h1.compareDocumentPosition(video) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(video.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(about.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(link.closest('aside')).not.toBeNull()
    expect(link).toHaveAttribute('href', '/img/event.jpg')
    const img = link.querySelector('img')!
    expect(avifOf(img)).toContain('/assets/img/bbbbbbbbbbbb-480.avif 480w')
    expect(img.closest('picture')!.querySelector('source')).toHaveAttribute('sizes', '(min-width: 1024px) 320px, (min-width: 640px) calc(100vw - 48px), calc(100vw - 32px)')
  })

  it('shows the speaker’s photo from the variants', async () => {
    await renderApp('/talks/2023-01-01-event-page')
    const speakers = screen.getByRole('region', { name: 'Speaker' })
    const photo = speakers.querySelector('img')!
    expect(avifOf(photo)).toBe('/assets/img/cccccccccccc-96.avif 96w, /assets/img/cccccccccccc-192.avif 192w')
    expect(photo).toHaveAttribute('width', '64')
  })
})

describe('talk page with a player', () => {
  it('keeps the click-to-load player above the abstract, its poster from the variants and fetched first', async () => {
    await renderApp('/talks/2024-01-01-on-youtube')
    const video = screen.getByRole('region', { name: 'Video' })
    expect(within(video).getByRole('button', { name: /Play video/ })).toBeInTheDocument()
    expect(document.querySelector('iframe')).toBeNull()
    const poster = video.querySelector('img')!
    expect(avifOf(poster)).toContain('/assets/img/aaaaaaaaaaaa-1280.avif 1280w')
    expect(poster).toHaveAttribute('fetchpriority', 'high')
    const about = screen.getByRole('region', { name: 'About this talk' })
    expect(video.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The image is the poster; not shown a second time beside the abstract.
    expect(screen.queryByRole('link', { name: /full size/ })).toBeNull()
  })
})
