// "Paste a link, find the talk": every spelling of a talk's video or page reduces to one key, and a
// pasted address or a bare YouTube id to the same (src/data/search/links.ts).
import { describe, expect, it } from 'vitest'
import { linkKey, looksLikeLink, queryLinkKeys } from '../../src/data/search/links.ts'
import { searchText, talkLinkKeys } from '../../src/data/search/pack.ts'

const ID = 'dQw4w9WgXcQ'

describe('linkKey', () => {
  it('gives every YouTube spelling of a video its id', () => {
    for (const url of [
      `https://www.youtube.com/watch?v=${ID}`,
      `https://youtube.com/watch?v=${ID}&t=42s&feature=share`,
      `http://m.youtube.com/watch?app=desktop&v=${ID}`,
      `https://youtu.be/${ID}?si=abc`,
      `https://www.youtube.com/embed/${ID}?start=10`,
      `https://www.youtube-nocookie.com/embed/${ID}`,
      `https://youtube.com/shorts/${ID}`,
      `https://www.youtube.com/live/${ID}`,
      `youtu.be/${ID}`,
    ])
      expect(linkKey(url), url).toBe(`youtube:${ID}`)
  })

  it('gives every Vimeo spelling of a video its number', () => {
    for (const url of ['https://vimeo.com/123456789', 'https://vimeo.com/123456789/abcdef12', 'https://player.vimeo.com/video/123456789?h=ab12&dnt=1', 'https://vimeo.com/channels/staffpicks/123456789', 'http://www.vimeo.com/123456789/'])
      expect(linkKey(url), url).toBe('vimeo:123456789')
  })

  it('reduces other pages to host and path: no scheme, www., trailing slash, case or tracking parameters', () => {
    const key = 'url:fosdem.org/2022/schedule/event/cheetah'
    for (const url of ['https://fosdem.org/2022/schedule/event/cheetah/', 'http://www.fosdem.org/2022/schedule/event/cheetah', 'https://FOSDEM.org/2022/Schedule/Event/Cheetah//', 'https://fosdem.org/2022/schedule/event/cheetah/?utm_source=x#video', 'www.fosdem.org/2022/schedule/event/cheetah/'])
      expect(linkKey(url), url).toBe(key)
    expect(linkKey('https://example.org/talk?id=7')).toBe('url:example.org/talk?id=7')
  })

  it('names a Google document by its id, whatever view the link opens', () => {
    const key = 'url:docs.google.com/presentation/d/1abc_DEF-2'
    expect(linkKey('https://docs.google.com/presentation/d/1abc_DEF-2/edit#slide=id.p')).toBe(key)
    expect(linkKey('https://docs.google.com/presentation/d/1abc_DEF-2/pub?start=false')).toBe(key)
  })

  it('keeps a site path as a path, and gives nothing for what is not an address', () => {
    expect(linkKey('/uploads/slides.PDF')).toBe('path:/uploads/slides.pdf')
    expect(linkKey('javascript:alert(1)')).toBeUndefined()
    expect(linkKey('mailto:a@b.org')).toBeUndefined()
    expect(linkKey('not a link')).toBeUndefined()
  })
})

describe('queryLinkKeys', () => {
  it('treats a pasted address as a link and a bare 11-character id as a YouTube video', () => {
    expect(queryLinkKeys(` https://youtu.be/${ID} `)).toEqual([`youtube:${ID}`])
    expect(queryLinkKeys(ID)).toEqual([`youtube:${ID}`])
    expect(queryLinkKeys('https://vimeo.com/123456789')).toEqual(['vimeo:123456789'])
    expect(queryLinkKeys('https://site.org/uploads/a.pdf')).toEqual(['url:site.org/uploads/a.pdf', 'path:/uploads/a.pdf'])
  })

  it('leaves words alone', () => {
    for (const q of ['calico vpp', 'kubernetes', 'io_uring', 'k8s.io', 'v1.2', '']) expect(queryLinkKeys(q), q).toEqual([])
    expect(looksLikeLink('kubernetes.io/docs/')).toBe(true)
    expect(looksLikeLink('calico vpp')).toBe(false)
  })
})

describe('the packed search data of a talk', () => {
  const talk = {
    links: { video: `https://www.youtube.com/watch?v=${ID}`, event: 'https://fosdem.org/2022/schedule/event/x/' },
    video: { kind: 'youtube' as const, id: ID, url: `https://www.youtube.com/watch?v=${ID}` },
    slides: [{ kind: 'pdf' as const, url: '/uploads/x.pdf' }],
    buttons: [{ label: 'Event link', url: 'https://fosdem.org/2022/schedule/event/x' }],
  }

  it('has one key per distinct link', () => {
    expect(talkLinkKeys(talk)).toEqual([`youtube:${ID}`, 'url:fosdem.org/2022/schedule/event/x', 'path:/uploads/x.pdf'])
  })

  it('has the abstract and the body once each', () => {
    expect(searchText({ summary: 'First paragraph.' }, 'First paragraph. Second one.')).toBe('First paragraph. Second one.')
    expect(searchText({ summary: 'A long first paragraph, clipped…' }, 'A long first paragraph, clipped for cards. More.')).toBe('A long first paragraph, clipped for cards. More.')
    expect(searchText({ summary: 'Own abstract.' }, 'Body.')).toBe('Own abstract. Body.')
    expect(searchText({ summary: 'Only an abstract.' }, '')).toBe('Only an abstract.')
    expect(searchText({ summary: '' }, '')).toBe('')
  })
})
