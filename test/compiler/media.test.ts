// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { classifySlides, classifyVideo, isPdf } from '../../src/compiler/media.ts'
import { parseStartTime } from '../../src/data/start-time.ts'

describe('parseStartTime', () => {
  it.each([
    ['90', 90],
    ['1m30s', 90],
    ['1h2m3s', 3723],
    ['2h', 7200],
    ['45s', 45],
    ['0', 0],
  ])('%j → %d', (text, seconds) => {
    expect(parseStartTime(text)).toBe(seconds)
  })

  it.each([null, undefined, '', 'h', '1x', '-5', '1m30', 'abc'])('%j → undefined', (text) => {
    expect(parseStartTime(text)).toBeUndefined()
  })
})

describe('classifyVideo', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ', undefined],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s', 'dQw4w9WgXcQ', 90],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ', undefined],
    ['https://music.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ', undefined],
    ['https://youtu.be/dQw4w9WgXcQ?t=42', 'dQw4w9WgXcQ', 42],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=10', 'dQw4w9WgXcQ', 10],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ', undefined],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ', undefined],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', 'dQw4w9WgXcQ', undefined],
  ])('%s is youtube', (url, id, start) => {
    const v = classifyVideo(url)
    expect(v).toEqual({ kind: 'youtube', id, url, ...(start ? { start } : {}) })
  })

  it('does not take a start of 0 or an unreadable one', () => {
    expect(classifyVideo('https://youtu.be/dQw4w9WgXcQ?t=0')).not.toHaveProperty('start')
    expect(classifyVideo('https://youtu.be/dQw4w9WgXcQ?t=soon')).not.toHaveProperty('start')
  })

  it('rejects ids that are not YouTube ids (an embed is built from the id)', () => {
    expect(classifyVideo('https://www.youtube.com/watch?v=<script>').kind).toBe('external')
    expect(classifyVideo('https://www.youtube.com/watch?v=abc').kind).toBe('external')
    expect(classifyVideo('https://www.youtube.com/playlist?list=PL123456789').kind).toBe('external')
    expect(classifyVideo('https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ').kind).toBe('external')
    expect(classifyVideo('https://notyoutube.com/watch?v=dQw4w9WgXcQ').kind).toBe('external')
  })

  it('recognises video files by extension', () => {
    expect(classifyVideo('https://cdn.example/talk.MP4?x=1')).toEqual({ kind: 'file', url: 'https://cdn.example/talk.MP4?x=1', mime: 'video/mp4' })
    expect(classifyVideo('https://cdn.example/talk.webm')).toMatchObject({ kind: 'file', mime: 'video/webm' })
    expect(classifyVideo('https://cdn.example/talk.ogv')).toMatchObject({ kind: 'file', mime: 'video/ogg' })
    expect(classifyVideo('https://cdn.example/talk.mov')).toMatchObject({ kind: 'file', mime: 'video/quicktime' })
  })

  it('recognises PeerTube watch links and builds the embed from the id', () => {
    expect(classifyVideo('https://peertube.example/w/9c9de5e8-0a1e-484a-b099-e80766180a6d')).toEqual({
      kind: 'peertube',
      url: 'https://peertube.example/w/9c9de5e8-0a1e-484a-b099-e80766180a6d',
      embedUrl: 'https://peertube.example/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d',
    })
    expect(classifyVideo('https://tube.example/videos/watch/abcdefgh12/')).toMatchObject({ kind: 'peertube', embedUrl: 'https://tube.example/videos/embed/abcdefgh12' })
  })

  it('leaves event pages (as the FOSDEM links are) external', () => {
    const url = 'https://fosdem.org/2022/schedule/event/kubernetes_networking_is_there_a_cheetah'
    expect(classifyVideo(url)).toEqual({ kind: 'external', url })
  })
})

describe('isPdf / classifySlides', () => {
  it('isPdf looks at the path extension only', () => {
    expect(isPdf('https://a.example/x/Slides.PDF')).toBe(true)
    expect(isPdf('https://a.example/x.pdf?download=1')).toBe(true)
    expect(isPdf('https://a.example/?file=x.pdf')).toBe(false)
  })

  it('classifies PDFs, Google Drive files, Google Slides, Office decks and the rest', () => {
    expect(classifySlides('https://a.example/s.pdf')).toEqual({ kind: 'pdf', url: 'https://a.example/s.pdf' })
    expect(classifySlides('https://drive.google.com/file/d/1AbCdEfGhIjKlMn/view?usp=sharing')).toEqual({
      kind: 'gdrive',
      url: 'https://drive.google.com/file/d/1AbCdEfGhIjKlMn/view?usp=sharing',
      embedUrl: 'https://drive.google.com/file/d/1AbCdEfGhIjKlMn/preview',
    })
    expect(classifySlides('https://drive.google.com/open?id=1AbCdEfGhIjKlMn')).toMatchObject({ kind: 'gdrive', embedUrl: 'https://drive.google.com/file/d/1AbCdEfGhIjKlMn/preview' })
    expect(classifySlides('https://docs.google.com/presentation/d/1AbCdEfGhIjKlMn/edit#slide=id.p')).toEqual({
      kind: 'gslides',
      url: 'https://docs.google.com/presentation/d/1AbCdEfGhIjKlMn/edit#slide=id.p',
      embedUrl: 'https://docs.google.com/presentation/d/1AbCdEfGhIjKlMn/embed',
    })
    // Published to the web: /d/e/<id>/pub embeds as /d/e/<id>/embed.
    expect(classifySlides('https://docs.google.com/presentation/d/e/2PACX-1vQabcdefghij/pub?start=false')).toMatchObject({
      kind: 'gslides',
      embedUrl: 'https://docs.google.com/presentation/d/e/2PACX-1vQabcdefghij/embed',
    })
    const pptx = 'https://static.sched.com/hosted_files/x/Low%20trust.pptx'
    expect(classifySlides(pptx)).toEqual({ kind: 'pptx', url: pptx, embedUrl: `https://view.officeapps.live.com/op/embed.aspx?src=${encodeURIComponent(pptx)}` })
    expect(classifySlides('https://a.example/s.ppt').kind).toBe('pptx')
    expect(classifySlides('https://a.example/s.odp').kind).toBe('pptx')
    expect(classifySlides('https://speakerdeck.com/x/y')).toEqual({ kind: 'external', url: 'https://speakerdeck.com/x/y' })
  })

  it('does not build a Drive embed from an id with other characters', () => {
    expect(classifySlides('https://drive.google.com/open?id=abc"onload').kind).toBe('external')
  })
})

describe('Vimeo, Speaker Deck, SlideShare and site paths', () => {
  it('reads Vimeo ids from every link form, with an unlisted video’s hash and a start time', () => {
    expect(classifyVideo('https://vimeo.com/233535373')).toEqual({ kind: 'vimeo', id: '233535373', url: 'https://vimeo.com/233535373' })
    expect(classifyVideo('https://www.vimeo.com/233535373/0a1b2c3d4e')).toMatchObject({ kind: 'vimeo', id: '233535373', hash: '0a1b2c3d4e' })
    expect(classifyVideo('https://vimeo.com/channels/staffpicks/233535373')).toMatchObject({ kind: 'vimeo', id: '233535373' })
    expect(classifyVideo('https://vimeo.com/showcase/123/video/233535373')).toMatchObject({ kind: 'vimeo', id: '233535373' })
    expect(classifyVideo('https://player.vimeo.com/video/233535373?h=abc123')).toMatchObject({ kind: 'vimeo', hash: 'abc123' })
    expect(classifyVideo('https://vimeo.com/233535373#t=90s')).toMatchObject({ kind: 'vimeo', start: 90 })
    // A hash that is not hex, and pages that are not videos, stay links.
    expect(classifyVideo('https://player.vimeo.com/video/233535373?h=x"y')).not.toHaveProperty('hash')
    expect(classifyVideo('https://vimeo.com/about').kind).toBe('external')
  })

  it('embeds Speaker Deck and SlideShare players, and links their pages', () => {
    expect(classifySlides('https://speakerdeck.com/player/0123456789abcdef0123456789abcdef')).toEqual({ kind: 'speakerdeck', url: 'https://speakerdeck.com/player/0123456789abcdef0123456789abcdef', embedUrl: 'https://speakerdeck.com/player/0123456789abcdef0123456789abcdef' })
    expect(classifySlides('https://www.slideshare.net/slideshow/embed_code/key/AbCdEf123456')).toMatchObject({ kind: 'slideshare', embedUrl: 'https://www.slideshare.net/slideshow/embed_code/key/AbCdEf123456' })
    expect(classifySlides('https://www.slideshare.net/someone/a-deck').kind).toBe('external')
  })

  it('shows a site path to a PDF inline and links other site files; a site video file plays', () => {
    expect(classifySlides('/uploads/a.pdf')).toEqual({ kind: 'pdf', url: '/uploads/a.pdf' })
    expect(classifySlides('/uploads/a.key')).toEqual({ kind: 'external', url: '/uploads/a.key' })
    expect(classifyVideo('/videos/a.mp4')).toEqual({ kind: 'file', url: '/videos/a.mp4', mime: 'video/mp4' })
  })
})
