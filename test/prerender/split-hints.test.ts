// @vitest-environment node
// React's preloads come ahead of the markup in renderToString's output; the server entry moves them
// out of the root, where the browser's hydration would not expect them.
import { describe, expect, it } from 'vitest'
import { splitHints } from '../../src/entry-server.tsx'

describe('splitHints', () => {
  it('takes the leading <link> tags and leaves the markup', () => {
    const hints = '<link rel="preload" as="image" href="/favicon.svg"/><link rel="preload" as="image" imageSrcSet="a.avif 1x" fetchPriority="high"/>'
    expect(splitHints(`${hints}<div class="app"><link rel="x"/></div>`)).toEqual({ hints, html: '<div class="app"><link rel="x"/></div>' })
  })

  it('leaves markup without preloads as it is', () => {
    expect(splitHints('<div>no hints</div>')).toEqual({ hints: '', html: '<div>no hints</div>' })
    expect(splitHints('')).toEqual({ hints: '', html: '' })
  })
})
