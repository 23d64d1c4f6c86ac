// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bodyEmbeds } from '../../src/compiler/body-embeds.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { context, encode } from './helpers.ts'

const compiled = (front: string[], body: string) => compileFile('t.md', encode(['+++', 'title = "T"', 'date = "2023-01-01"', ...front, '+++', body].join('\n')), context())

describe('players written into a body as raw HTML', () => {
  it('finds YouTube, Vimeo and PeerTube players as the video, the first one only; decks and slides as slides', () => {
    expect(
      bodyEmbeds(
        [
          '<iframe width="560" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30" allowfullscreen></iframe>',
          "<iframe src='https://player.vimeo.com/video/146022717?h=abc&amp;title=0'></iframe>",
          '<IFRAME SRC=//speakerdeck.com/player/4e8126e72d853c0060001f97></IFRAME>',
          '<iframe src="https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOp/embed?start=false"></iframe>',
        ].join('\n'),
      ),
    ).toEqual({
      video: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30',
      slides: ['https://speakerdeck.com/player/4e8126e72d853c0060001f97', 'https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOp/embed?start=false'],
    })
  })

  it('leaves out other frames and what is not https', () => {
    expect(bodyEmbeds('<iframe src="https://evil.example/x"></iframe><iframe src="javascript:alert(1)"></iframe><iframe src="http://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>')).toEqual({ slides: [] })
    expect(bodyEmbeds('No frames here: `<iframe>` in words only.')).toEqual({ slides: [] })
    // Shown as code, a frame is an example, not the talk's player.
    expect(bodyEmbeds('Embed it like this:\n\n```html\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n```\n\nor `<iframe src="https://player.vimeo.com/video/146022717">`.')).toEqual({ slides: [] })
    expect(bodyEmbeds('```\nunclosed fence <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>')).toEqual({ slides: [] })
    expect(bodyEmbeds('```\ncode\n```\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>').video).toBe('https://www.youtube.com/embed/dQw4w9WgXcQ')
  })

  it('gives the talk its video and deck, embedded click-to-load, and never the frame itself', () => {
    const c = compiled([], 'Watch:\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0"></iframe>\n\n<iframe src="https://speakerdeck.com/player/4e8126e72d853c0060001f97"></iframe>')
    expect(c.talk!.video).toMatchObject({ kind: 'youtube', id: 'dQw4w9WgXcQ' })
    expect(c.talk!.slides).toEqual([expect.objectContaining({ kind: 'speakerdeck' })])
    expect(c.html).not.toContain('<iframe')
  })

  it('the front matter’s video comes first', () => {
    const c = compiled(['youtubeurl = "https://vimeo.com/146022717"'], '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>')
    expect(c.talk!.video).toMatchObject({ kind: 'vimeo', id: '146022717' })
  })
})
