// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { renderSnippet } from '../../src/compiler/body.ts'
import { renderMarkdown, safeAddress, sanitize } from '../../src/compiler/markdown.ts'
import { context } from './helpers.ts'

describe('renderMarkdown', () => {
  it('renders Markdown to HTML, with a plain-text summary and search text', () => {
    const r = renderMarkdown('First *para* with `code` and a [link](https://example.com).\n\nSecond para.')
    expect(r.html).toBe(
      '<p>First <em>para</em> with <code>code</code> and a <a href="https://example.com" rel="noopener noreferrer" target="_blank">link</a>.</p>\n<p>Second para.</p>',
    )
    expect(r.summary).toBe('First para with code and a link.')
    expect(r.text).toBe('First para with code and a link. Second para.')
  })

  it('turns a body "# Heading" into an h2 (the page h1 is the title)', () => {
    expect(renderMarkdown('# Big\n\ntext').html).toBe('<h2>Big</h2>\n<p>text</p>')
  })

  it('drops a heading whose section is empty, as "### Speakers" once the speakers are taken out', () => {
    const r = renderMarkdown('Intro.\n\n### Speakers\n\n\n')
    expect(r.html).toBe('<p>Intro.</p>')
    expect(r.text).toBe('Intro.')
    expect(renderMarkdown('## A\n\n## B\n\ntext').html).toBe('<h2>B</h2>\n<p>text</p>')
    // A sub-heading with content keeps its parent.
    expect(renderMarkdown('## A\n### B\ntext').html).toBe('<h2>A</h2>\n<h3>B</h3>\n<p>text</p>')
  })

  it('uses the text before <!--more--> as the summary', () => {
    const r = renderMarkdown('Teaser **bold**.\n\n<!--more-->\n\nThe rest.')
    expect(r.summary).toBe('Teaser bold.')
    expect(r.html).not.toContain('more')
    expect(r.html).toContain('The rest.')
  })

  it('takes the first paragraph as the summary, skipping headings, and none when there is no paragraph', () => {
    expect(renderMarkdown('## Title\n\nThe first.\n\nThe second.').summary).toBe('The first.')
    expect(renderMarkdown('## Only a heading').summary).toBe('')
    // A list item's text is a (hidden) paragraph, so it can be the summary.
    expect(renderMarkdown('## Heading\n\n- a list').summary).toBe('a list')
    expect(renderMarkdown('').summary).toBe('')
  })

  it('clips long summaries at a word with an ellipsis', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ')
    const { summary } = renderMarkdown(words)
    expect(summary.length).toBeLessThanOrEqual(321)
    expect(summary.endsWith('…')).toBe(true)
    expect(words.startsWith(summary.slice(0, -1))).toBe(true)
    expect(summary.slice(0, -1)).toMatch(/word\d+$/)
  })

  it('clips a summary without spaces 40 characters short of the limit', () => {
    const { summary } = renderMarkdown('x'.repeat(1000))
    expect(summary).toBe(`${'x'.repeat(280)}…`)
  })

  it('joins soft and hard line breaks with spaces in text', () => {
    expect(renderMarkdown('one\ntwo  \nthree').text).toBe('one two three')
  })

  it('keeps entities decoded in text and encoded in HTML', () => {
    const r = renderMarkdown('Tom &amp; Jerry <b>bold</b> & co')
    expect(r.text).toBe('Tom & Jerry bold & co')
    // <b> is not on the allow-list: the tag goes, its text stays.
    expect(r.html).toBe('<p>Tom &amp; Jerry bold &amp; co</p>')
  })

  it('linkifies bare URLs', () => {
    expect(renderMarkdown('see https://example.com/x').html).toContain('<a href="https://example.com/x" rel="noopener noreferrer" target="_blank">')
  })
})

describe('sanitize (what survives into the page)', () => {
  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<p onclick="x()" style="color:red">p</p>', '<p>p</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="JaVaScRiPt:alert(1)" title="t">x</a>', '<a title="t">x</a>'],
    ['<a href="javascript:alert(1)"></a>', ''],
    ['<a href="data:text/html,x">x</a>', '<a>x</a>'],
    ['<a href="//evil.example/x">x</a>', '<a>x</a>'],
    ['<img src="javascript:alert(1)" onerror="x()">', '<img loading="lazy" decoding="async" />'],
    ['<img src="data:image/png;base64,AAAA">', '<img loading="lazy" decoding="async" />'],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<style>body{}</style>', ''],
    ['<svg><script>1</script></svg>', ''],
    ['<form><input name="x"></form>', ''],
  ])('%s → %s', (input, output) => {
    expect(sanitize(input)).toBe(output)
  })

  it('keeps allowed tags and attributes, and marks external links', () => {
    expect(sanitize('<a href="https://e.example" target="_self" rel="opener">e</a>')).toBe('<a href="https://e.example" target="_blank" rel="noopener noreferrer">e</a>')
    expect(sanitize('<a href="/talks/x">local</a>')).toBe('<a href="/talks/x">local</a>')
    expect(sanitize('<a href="mailto:a@b.example">m</a>')).toBe('<a href="mailto:a@b.example">m</a>')
    expect(sanitize('<img src="https://e.example/a.png" alt="A" width="10">')).toBe('<img src="https://e.example/a.png" alt="A" width="10" loading="lazy" decoding="async" />')
    expect(sanitize('<pre><code class="language-js">x</code></pre>')).toBe('<pre><code class="language-js">x</code></pre>')
    expect(sanitize('<table><tr><td align="left">c</td></tr></table>')).toBe('<table><tr><td align="left">c</td></tr></table>')
  })

  it('renders raw HTML in Markdown through the same allow-list', () => {
    const r = renderMarkdown('Text <img src=x onerror=alert(1)> and <script>alert(1)</script>\n\n<div onmouseover="x">div text</div>')
    expect(r.html).not.toMatch(/onerror|onmouseover|<script|<div/)
    expect(r.html).toContain('div text')
  })

  it('drops unsafe Markdown link and image targets', () => {
    const r = renderMarkdown('[x](javascript:alert(1)) ![i](javascript:alert(1)) [d](data:text/html,x)')
    // markdown-it refuses these targets and leaves the text as written.
    expect(r.html).not.toMatch(/href|src=/)
  })
})


describe('addresses with ignorable characters before the scheme', () => {
  // The characters a public sanitizer's XSS vectors put before "javascript:"; a URL parser skips them.
  const SPACES = ['\u00A0', '\u1680', '\u180E', ...Array.from({ length: 12 }, (_, i) => String.fromCharCode(0x2000 + i)), '\u2028', '\u205F', '\u3000', '\u0009', '\u0001', '\uFEFF']

  it.each(SPACES.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s javascript: loses its href and src', (_, c) => {
    const html = sanitize(`<a href="${c}javascript:alert(1)">x</a> <a href="${c}JaVaScRiPt:alert(1)">y</a> <img src="${c}javascript:alert(1)">`)
    expect(html).toBe('<a>x</a> <a>y</a> <img loading="lazy" decoding="async" />')
    expect(safeAddress(`${c}javascript:alert(1)`)).toBe(false)
  })

  it('keeps relative, http(s) and mailto addresses', () => {
    for (const ok of ['/talks/x', 'talks/x', '#top', 'https://e.example/a:b', 'HTTP://e.example', 'mailto:a@b.example', '\u2000https://e.example']) expect(safeAddress(ok), ok).toBe(true)
    for (const bad of ['vbscript:x', 'data:text/html,x', ' \u3000data:x']) expect(safeAddress(bad), bad).toBe(false)
  })
})

describe('plain text is the text of the sanitised HTML', () => {
  it('keeps no tag-shaped text and none of a removed tag’s content', () => {
    const r = renderMarkdown("A bio ending in <svg onload=alert('svg')>\n\nA <b>bold</b> move <script>alert(1)</script> end.")
    expect(r.text).toBe('A bio ending in A bold move end.')
    expect(r.summary).toBe('A bio ending in')
    expect(r.text).not.toMatch(/<|alert/)
  })

  it('reads block HTML and entities as the page shows them', () => {
    const r = renderMarkdown('Fish &amp; chips, 3 &lt; 4\n\n<div>block <span>html</span></div>\n\n- one\n- two')
    expect(r.text).toBe('Fish & chips, 3 < 4 block html one two')
  })
})

describe('renderSnippet (speaker bios, rendered once per text)', () => {
  it('gives a repeated bio the same HTML and reports its problems every time it is used', () => {
    const deep = `${'> '.repeat(120)}deep`
    for (let i = 0; i < 2; i++) {
      const reports: string[] = []
      const out = renderSnippet(`Ada **wrote** it.\n\n${deep}`, context(), (code) => reports.push(code))
      expect(out.html).toContain('<strong>wrote</strong>')
      expect(reports).toEqual(['deep-nesting'])
    }
  })

  it('checks the images of a bio against the site each time: one found later is kept', () => {
    const bio = 'Photo: ![me](/img/me-later.jpg)'
    const missing: string[] = []
    expect(renderSnippet(bio, context(), (code) => missing.push(code)).html).not.toContain('me-later.jpg')
    expect(missing).toEqual(['missing-image'])
    const found: string[] = []
    expect(renderSnippet(bio, context(['/img/me-later.jpg']), (code) => found.push(code)).html).toContain('src="/img/me-later.jpg"')
    expect(found).toEqual([])
  })
})
