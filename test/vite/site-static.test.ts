// @vitest-environment node
// Which of a site's static files a build copies: every site path a talk or speaker points at, and
// nothing else (a site's gigabytes of uploads stay behind).
import { describe, expect, it } from 'vitest'
import type { CompileResult } from '../../src/compiler/compile.ts'
import type { Talk } from '../../src/data/types.ts'
import { sitePathsOf } from '../../src/vite/site-static.ts'

const talk = (t: Partial<Talk>): Talk => ({ slug: 's', title: 'T', date: '2024-01-01', year: 2024, speakers: [], links: {}, buttons: [], slides: [], summary: '', tags: [], aliases: [], ...t })

function result(talks: Talk[], bodies: string[] = []): CompileResult {
  return { index: { talks, speakers: [{ slug: 'a', name: 'A', links: {}, talks: ['s'], variants: ['A'], image: '/img/a.jpg', bioHtml: '<p><img src="/img/bio.png"></p>' }], aliases: {} }, bodies: new Map(bodies.map((b, i) => [String(i), b])), texts: new Map(), diagnostics: [], files: [], speakerFiles: [], skipped: [], compiled: [] }
}

describe('sitePathsOf', () => {
  it('takes preview images, slides, file videos, links, buttons, photos and body images; not external links; without ?query or #part', () => {
    const r = result(
      [
        talk({
          previewImage: '/img/cover.jpg',
          slides: [{ kind: 'pdf', url: '/slides/a.pdf#page=2' }],
          video: { kind: 'file', url: '/video/a.mp4', mime: 'video/mp4' },
          links: { ppt: '/slides/b.pptx', video: 'https://youtu.be/x' },
          buttons: [{ label: 'Example', url: '/talks/x/package.zip' }, { label: 'Elsewhere', url: 'https://e.example/a.zip' }],
        }),
      ],
      ['<p><a href="/files/notes.txt?x=1">n</a> <a href="https://e.example/x">x</a></p>'],
    )
    expect([...sitePathsOf(r)].sort()).toEqual(['/files/notes.txt', '/img/a.jpg', '/img/bio.png', '/img/cover.jpg', '/slides/a.pdf', '/slides/b.pptx', '/talks/x/package.zip', '/video/a.mp4'])
  })
})
