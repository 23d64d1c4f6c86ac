// @vitest-environment jsdom
// VideoEmbed and SlidesEmbed on their own, fed by the build-time classifiers for every link form
// the content uses: nothing from another origin loads before the reader clicks.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SlidesEmbed } from '../../src/components/talk/SlidesEmbed.tsx'
import { VideoEmbed } from '../../src/components/talk/VideoEmbed.tsx'
import { classifySlides, classifyVideo } from '../../src/compiler/media.ts'
import type { Slides, Talk, Video } from '../../src/data/types.ts'

const PLAYER_SANDBOX = ['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups']
const VIEWER_SANDBOX = ['allow-scripts', 'allow-same-origin', 'allow-popups']

function talk(video?: Video, title = 'Fast networking with Calico/VPP'): Talk {
  return { slug: 'a-talk', title, date: '2024-05-01', year: 2024, speakers: [], links: {}, buttons: [], video, slides: [], summary: '', tags: [], aliases: [] }
}

function renderVideo(url: string, start?: number) {
  const video = classifyVideo(url)
  const user = userEvent.setup()
  const view = render(<VideoEmbed talk={talk(video)} video={video} start={start} />)
  return { user, video, ...view }
}

function renderSlides(url: string) {
  const slides = classifySlides(url)
  const user = userEvent.setup()
  const view = render(<SlidesEmbed slides={slides} title="Fast networking with Calico/VPP" />)
  return { user, slides, ...view }
}

const tokens = (el: Element, attr: string) => (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean).sort()
const iframes = () => document.querySelectorAll('iframe')

describe('VideoEmbed: YouTube', () => {
  it.each([
    ['watch?v=', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['youtu.be/', 'https://youtu.be/dQw4w9WgXcQ'],
    ['embed/', 'https://www.youtube.com/embed/dQw4w9WgXcQ'],
    ['shorts/', 'https://youtube.com/shorts/dQw4w9WgXcQ'],
    ['m.youtube.com', 'https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share'],
  ])('%s loads a privacy-enhanced player only after "Play video"', async (_form, url) => {
    const { user, video } = renderVideo(url)
    expect(video.kind).toBe('youtube')
    expect(iframes()).toHaveLength(0)
    const play = screen.getByRole('button', { name: /Play video/ })
    expect(play).toHaveTextContent('Loads content from YouTube (privacy-enhanced mode)')

    await user.click(play)
    const frame = screen.getByTitle('Video: Fast networking with Calico/VPP')
    expect(frame.tagName).toBe('IFRAME')
    const src = new URL(frame.getAttribute('src')!)
    expect(src.origin).toBe('https://www.youtube-nocookie.com')
    expect(src.pathname).toBe('/embed/dQw4w9WgXcQ')
    expect(src.searchParams.get('autoplay')).toBe('1')
    expect(src.searchParams.has('start')).toBe(false)
    expect(tokens(frame, 'sandbox')).toEqual([...PLAYER_SANDBOX].sort())
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    expect(frame).toHaveAttribute('allow', expect.stringContaining('encrypted-media'))
    expect(frame).toHaveAttribute('allowfullscreen')
    expect(screen.queryByRole('button', { name: /Play video/ })).not.toBeInTheDocument()
  })

  it.each([
    ['t=1m30s', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s'],
    ['t=90', 'https://youtu.be/dQw4w9WgXcQ?t=90'],
    ['start=90', 'https://www.youtube.com/embed/dQw4w9WgXcQ?start=90'],
  ])('a start time in the link (%s) becomes start=90', async (_form, url) => {
    const { user, video } = renderVideo(url)
    expect(video).toMatchObject({ kind: 'youtube', start: 90 })
    expect(iframes()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: /Play video/ }))
    const src = new URL(screen.getByTitle(/^Video: /).getAttribute('src')!)
    expect(src.hostname).toBe('www.youtube-nocookie.com')
    expect(src.searchParams.get('start')).toBe('90')
  })

  it('a start time from the page address wins, and the button says where it starts', async () => {
    const { user } = renderVideo('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s', 3723)
    await user.click(screen.getByRole('button', { name: /Play from 62:03/ }))
    expect(new URL(screen.getByTitle(/^Video: /).getAttribute('src')!).searchParams.get('start')).toBe('3723')
  })

  it('builds the embed address from the parsed id, not the raw link', async () => {
    const { user } = renderVideo('https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1&index=2&autoplay=0')
    await user.click(screen.getByRole('button', { name: /Play video/ }))
    expect(screen.getByTitle(/^Video: /)).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0')
  })

  it('a click loads this video only: another video asks again', async () => {
    const first = classifyVideo('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    const second = classifyVideo('https://www.youtube.com/watch?v=9bZkp7q19f0')
    const user = userEvent.setup()
    const { rerender } = render(<VideoEmbed talk={talk(first, 'First')} video={first} />)
    await user.click(screen.getByRole('button', { name: /Play video/ }))
    expect(screen.getByTitle('Video: First')).toBeInTheDocument()

    rerender(<VideoEmbed talk={talk(second, 'Second')} video={second} />)
    expect(iframes()).toHaveLength(0)
    expect(screen.getByRole('button', { name: /Play video/ })).toBeInTheDocument()
  })
})

describe('VideoEmbed: Vimeo', () => {
  it.each([
    ['vimeo.com/ID', 'https://vimeo.com/233535373', ''],
    ['an unlisted video', 'https://vimeo.com/233535373/0a1b2c3d4e', '0a1b2c3d4e'],
    ['a channel', 'https://vimeo.com/channels/staffpicks/233535373', ''],
    ['the player', 'https://player.vimeo.com/video/233535373?h=0a1b2c3d4e', '0a1b2c3d4e'],
  ])('%s loads Vimeo’s do-not-track player only after "Play video"', async (_form, url, hash) => {
    const { user, video } = renderVideo(url)
    expect(video).toMatchObject({ kind: 'vimeo', id: '233535373' })
    expect(iframes()).toHaveLength(0)
    const play = screen.getByRole('button', { name: /Play video/ })
    expect(play).toHaveTextContent('Loads content from Vimeo (do-not-track mode)')
    await user.click(play)
    const src = new URL(screen.getByTitle('Video: Fast networking with Calico/VPP').getAttribute('src')!)
    expect(src.origin + src.pathname).toBe('https://player.vimeo.com/video/233535373')
    expect(src.searchParams.get('dnt')).toBe('1')
    expect(src.searchParams.get('h') ?? '').toBe(hash)
  })

  it('starts at the time in the link (#t=)', async () => {
    const { user } = renderVideo('https://vimeo.com/233535373#t=1m30s')
    await user.click(screen.getByRole('button', { name: /Play video/ }))
    expect(screen.getByTitle(/^Video: /).getAttribute('src')).toMatch(/#t=90s$/)
  })
})

describe('VideoEmbed: video files', () => {
  it.each([
    ['https://media.example.org/talks/fast.mp4', 'video/mp4'],
    ['https://media.example.org/talks/fast.webm', 'video/webm'],
  ])('%s plays in a native <video> that fetches nothing until played', (url, mime) => {
    const { container } = renderVideo(url)
    const video = container.querySelector('video')!
    expect(video).not.toBeNull()
    expect(video).toHaveAttribute('preload', 'none')
    expect(video).toHaveAttribute('controls')
    expect(video).toHaveAccessibleName('Video: Fast networking with Calico/VPP')
    const source = video.querySelector('source')!
    expect(source).toHaveAttribute('src', url)
    expect(source).toHaveAttribute('type', mime)
    expect(iframes()).toHaveLength(0)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('a start time becomes a media fragment', () => {
    const { container } = renderVideo('https://media.example.org/talks/fast.mp4', 95)
    expect(container.querySelector('source')).toHaveAttribute('src', 'https://media.example.org/talks/fast.mp4#t=95')
  })
})

describe('VideoEmbed: PeerTube', () => {
  it.each([
    ['/w/ID', 'https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv'],
    ['/videos/watch/ID', 'https://tube.example.org/videos/watch/kkGMgK9ZtnKfYAgnEtQxbv'],
  ])('%s embeds /videos/embed/ID after the click', async (_form, url) => {
    const { user, video } = renderVideo(url)
    expect(video.kind).toBe('peertube')
    expect(iframes()).toHaveLength(0)
    const play = screen.getByRole('button', { name: /Play video/ })
    expect(play).toHaveTextContent('Loads content from tube.example.org')
    await user.click(play)
    const frame = screen.getByTitle('Video: Fast networking with Calico/VPP')
    const src = new URL(frame.getAttribute('src')!)
    expect(src.origin).toBe('https://tube.example.org')
    expect(src.pathname).toBe('/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv')
    expect(tokens(frame, 'sandbox')).toEqual([...PLAYER_SANDBOX].sort())
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
  })

  it('passes a start time in PeerTube form', async () => {
    const { user } = renderVideo('https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv', 90)
    await user.click(screen.getByRole('button', { name: /Play from 1:30/ }))
    expect(screen.getByTitle(/^Video: /)).toHaveAttribute('src', 'https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1&start=90s')
  })
})

describe('VideoEmbed: anything else', () => {
  it.each(['https://fosdem.org/2022/schedule/event/kubernetes_networking_is_there_a_cheetah', 'https://media.ccc.de/v/36c3-10652-a_talk'])(
    '%s is a "Watch on the event page" link',
    (url) => {
      const { video } = renderVideo(url)
      expect(video.kind).toBe('external')
      const link = screen.getByRole('link', { name: /^Watch on the event page/ })
      expect(link).toHaveAttribute('href', url)
      expect(link).toHaveAttribute('target', '_blank')
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
      expect(screen.queryByRole('button')).not.toBeInTheDocument()
      expect(iframes()).toHaveLength(0)
    },
  )

  it('never links anywhere but http(s)', () => {
    const video = { kind: 'external', url: 'javascript:alert(1)' } as Video
    render(<VideoEmbed talk={talk(video)} video={video} />)
    expect(screen.getByText('Watch on the event page').closest('a')).not.toHaveAttribute('href')
  })
})

describe('SlidesEmbed: Speaker Deck, SlideShare and the site’s own PDFs', () => {
  it.each<[string, string, string]>([
    ['https://speakerdeck.com/player/0123456789abcdef0123456789abcdef', 'Speaker Deck', 'https://speakerdeck.com/player/0123456789abcdef0123456789abcdef'],
    ['https://www.slideshare.net/slideshow/embed_code/key/AbCdEf123456', 'SlideShare', 'https://www.slideshare.net/slideshow/embed_code/key/AbCdEf123456'],
  ])('%s embeds in a sandboxed frame after a click', async (url, label, embed) => {
    const { user } = renderSlides(url)
    expect(iframes()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: /Show slides/ }))
    const frame = screen.getByTitle(`Slides (${label}): Fast networking with Calico/VPP`)
    expect(frame).toHaveAttribute('src', embed)
    expect(tokens(frame, 'sandbox')).toEqual([...VIEWER_SANDBOX].sort())
  })

  it('links a deck’s page (whose player id only the provider knows) instead of embedding it', () => {
    for (const url of ['https://speakerdeck.com/someone/a-deck', 'https://www.slideshare.net/someone/a-deck']) {
      const { slides, unmount } = renderSlides(url)
      expect(slides.kind).toBe('external')
      expect(screen.queryByRole('button', { name: /Show slides/ })).toBeNull()
      expect(screen.getByRole('link', { name: /^Open Slides/ })).toHaveAttribute('href', url)
      unmount()
    }
  })

  it('shows a site-local PDF from the site itself, under the base path', async () => {
    const { user, slides } = renderSlides('/uploads/fair.pdf')
    expect(slides).toEqual({ kind: 'pdf', url: '/uploads/fair.pdf' })
    const show = screen.getByRole('button', { name: /Show slides/ })
    expect(show).toHaveTextContent('Loads content from this site')
    await user.click(show)
    expect(screen.getByTitle(/^Slides \(PDF\)/)).toHaveAttribute('src', `${import.meta.env.BASE_URL}uploads/fair.pdf`)
    expect(screen.getByRole('link', { name: /^Open \/ download PDF/ })).toHaveTextContent('fair.pdf')
  })
})

describe('SlidesEmbed', () => {
  it('PDF: an unsandboxed frame after "Show slides", and a download link', async () => {
    const url = 'https://static.sched.com/hosted_files/kccncna2021/4c/Calico_VPP%20KCNA%202021.pdf'
    const { user, slides } = renderSlides(url)
    expect(slides.kind).toBe('pdf')
    expect(iframes()).toHaveLength(0)
    const link = screen.getByRole('link', { name: /^Open \/ download PDF/ })
    expect(link).toHaveAttribute('href', url)
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveTextContent('Calico_VPP KCNA 2021.pdf')

    const show = screen.getByRole('button', { name: /Show slides/ })
    expect(show).toHaveTextContent('Loads content from static.sched.com')
    await user.click(show)
    const frame = screen.getByTitle('Slides (PDF): Fast networking with Calico/VPP')
    expect(frame.tagName).toBe('IFRAME')
    expect(frame).toHaveAttribute('src', url)
    expect(frame).not.toHaveAttribute('sandbox')
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    // The link stays, for readers whose browser shows no PDFs inline.
    expect(screen.getByRole('link', { name: /^Open \/ download PDF/ })).toBeInTheDocument()
  })

  it.each<[string, string, Slides['kind'], string, string]>([
    ['Google Drive file/d/ID/view', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQ/view?usp=sharing', 'gdrive', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQ/preview', 'Google Drive'],
    ['Google Drive open?id=', 'https://drive.google.com/open?id=1AbCdEfGhIjKlMnOpQ', 'gdrive', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQ/preview', 'Google Drive'],
    ['Google Slides /edit', 'https://docs.google.com/presentation/d/1XyZ_abcdefghijk/edit#slide=id.p', 'gslides', 'https://docs.google.com/presentation/d/1XyZ_abcdefghijk/embed', 'Google Slides'],
    [
      'PowerPoint .pptx',
      'https://static.sched.com/hosted_files/onesummit2021/3e/Low%20trust%20edge.pptx',
      'pptx',
      `https://view.officeapps.live.com/op/embed.aspx?src=${encodeURIComponent('https://static.sched.com/hosted_files/onesummit2021/3e/Low%20trust%20edge.pptx')}`,
      'PowerPoint',
    ],
  ])('%s: a sandboxed viewer after the click', async (_form, url, kind, embed, label) => {
    const { user, slides } = renderSlides(url)
    expect(slides.kind).toBe(kind)
    expect(iframes()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: /Show slides/ }))
    const frame = screen.getByTitle(`Slides (${label}): Fast networking with Calico/VPP`)
    expect(frame).toHaveAttribute('src', embed)
    expect(tokens(frame, 'sandbox')).toEqual([...VIEWER_SANDBOX].sort())
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    expect(screen.getByRole('link', { name: new RegExp(`^Open( / download)? ${label}`) })).toHaveAttribute('href', url)
  })

  it('PowerPoint names its viewer before loading it', () => {
    renderSlides('https://example.org/deck.pptx')
    expect(screen.getByRole('button', { name: /Show slides/ })).toHaveTextContent('Loads content from Microsoft Office Online')
    expect(screen.getByRole('link', { name: /^Open \/ download PowerPoint/ })).toBeInTheDocument()
  })

  it.each(['https://speakerdeck.com/someone/fast-networking', 'https://www.slideshare.net/someone/fast-networking', 'https://drive.google.com/drive/folders/abc'])(
    'anything else (%s) is a plain link, with nothing to load',
    (url) => {
      const { slides } = renderSlides(url)
      expect(slides.kind).toBe('external')
      expect(screen.getByRole('link', { name: /^Open Slides/ })).toHaveAttribute('href', url)
      expect(screen.queryByRole('button')).not.toBeInTheDocument()
      expect(iframes()).toHaveLength(0)
    },
  )
})

describe('click to load', () => {
  it('no embed of any kind makes an iframe before a click', () => {
    const videos = [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ?t=1m30s',
      'https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv',
      'https://media.example.org/fast.mp4',
      'https://fosdem.org/2022/schedule/event/x',
    ].map(classifyVideo)
    const slides = [
      'https://example.org/deck.pdf',
      'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQ/view',
      'https://docs.google.com/presentation/d/1XyZ_abcdefghijk/edit',
      'https://example.org/deck.pptx',
      'https://speakerdeck.com/x/y',
    ].map(classifySlides)
    const { container } = render(
      <>
        {videos.map((v) => (
          <VideoEmbed key={v.url} talk={talk(v)} video={v} />
        ))}
        {slides.map((s) => (
          <SlidesEmbed key={s.url} slides={s} title="Deck" />
        ))}
      </>,
    )
    expect(container.querySelectorAll('iframe')).toHaveLength(0)
    expect(screen.getAllByRole('button', { name: /Play video/ })).toHaveLength(3)
    expect(screen.getAllByRole('button', { name: /Show slides/ })).toHaveLength(4)
  })
})
