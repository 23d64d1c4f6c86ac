// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { INLINE_MAX_BYTES, inlineFirstCover } from '../../src/prerender/inline-cover.ts'

const srcset = [320, 480, 640, 720, 960, 1272].map((w) => `/assets/img/k-${w}.avif ${w}w`).join(', ')
const page = [
  `<head><link rel="preload" as="image" type="image/avif" fetchPriority="high" imageSrcSet="${srcset}" imageSizes="100vw"/></head>`,
  `<body><picture><source type="image/avif" srcSet="${srcset}" sizes="100vw"/><source type="image/webp" srcSet="/assets/img/k-720.webp 720w"/><img src="/img/a.jpg"/></picture></body>`,
].join('')
const bytes = new Uint8Array([1, 2, 3, 250])

describe('inlineFirstCover', () => {
  it('inlines the AVIF variant a phone or a desktop card draws, keeps the wider ones linked, and neuters the preload', () => {
    const asked: string[] = []
    const { html, inlined } = inlineFirstCover(page, (href) => (asked.push(href), bytes))
    expect(inlined).toBe(true)
    expect(asked).toEqual(['/assets/img/k-720.avif'])
    expect(html).toContain(`<source type="image/avif" srcSet="data:image/avif;base64,AQID+g== 720w, /assets/img/k-960.avif 960w, /assets/img/k-1272.avif 1272w"`)
    // The app's preload of the same image finds this link (by its srcset) and adds none that would fetch.
    expect(html).toContain(`<link rel="preload" media="not all" as="image" type="image/avif" fetchPriority="high" imageSrcSet="${srcset}"`)
    expect(html).not.toMatch(/<link rel="preload" as="image" type="image\/avif"/)
    // A browser without AVIF takes the WebP files, as before.
    expect(html).toContain('<source type="image/webp" srcSet="/assets/img/k-720.webp 720w"/>')
  })

  it('leaves the page as it is when the file is too large or missing, or the page has no preloaded cover', () => {
    expect(inlineFirstCover(page, () => new Uint8Array(INLINE_MAX_BYTES + 1))).toEqual({ html: page, inlined: false })
    expect(inlineFirstCover(page, () => undefined)).toEqual({ html: page, inlined: false })
    const plain = '<head></head><body><img src="/img/a.jpg"/></body>'
    expect(inlineFirstCover(plain, () => bytes)).toEqual({ html: plain, inlined: false })
  })

  it('inlines the widest variant under the limit of a small original', () => {
    const small = page.replaceAll(srcset, '/assets/img/k-320.avif 320w, /assets/img/k-500.avif 500w')
    const { html } = inlineFirstCover(small, () => bytes)
    expect(html).toContain('srcSet="data:image/avif;base64,AQID+g== 500w"')
  })
})
