// @vitest-environment node
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { prepareTemplate, withPageStyles, withSources } from '../../src/prerender/page-styles.ts'
import { workspace, type Workspace } from '../compiler/helpers.ts'

const CSS = '@layer base{h1{margin:0}}.flex{display:flex}.grid{display:grid}'
const THEME = "document.documentElement.classList.add('dark')"
const TEMPLATE = [
  '<!doctype html><html><head>',
  '<script src="/base/theme.js" async blocking="render"></script>',
  '<script type="module" crossorigin src="/base/assets/index-1.js"></script>',
  '<link rel="stylesheet" crossorigin href="/base/assets/index-1.css">',
  '</head><body><div id="root"></div></body></html>',
].join('\n')
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`

let ws: Workspace
afterEach(() => ws?.remove())

function prepared() {
  ws = workspace({ 'assets/index-1.css': CSS, 'theme.js': THEME })
  return prepareTemplate(TEMPLATE, ws.root, '/base/', POLICY)
}

describe('page styles', () => {
  it('inlines the render-blocking script and allows it by hash; the stylesheet leaves the template', () => {
    const { template, styles } = prepared()
    expect(template).toContain(`<script>${THEME}</script>`)
    expect(template).not.toContain('theme.js')
    expect(template).not.toContain('index-1.css')
    expect(template).toContain('<script type="module" crossorigin src="/base/assets/index-1.js"></script>')
    expect(styles.sheets).toEqual([{ href: '/base/assets/index-1.css', css: CSS }])
    expect(styles.policy).toBe(`default-src 'self'; script-src 'self' ${hash(THEME)}; style-src 'self'`)
  })

  it('gives a page the rules of its own classes inline, allowed by hash, naming the whole sheet', () => {
    const { template, styles } = prepared()
    const html = withPageStyles(template.replace('<div id="root"></div>', '<div id="root"><h1 class="flex">Hi</h1></div>'), styles)
    const inline = '@layer base{h1{margin:0}}.flex{display:flex}'
    expect(html).toContain(`<style data-stylesheet="/base/assets/index-1.css">${inline}</style>`)
    expect(html).not.toContain('<link rel="stylesheet"')
    expect(html).toMatch(/^<!doctype html><html><head>\n    <meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/)
    const policy = /content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'")
    expect(policy).toBe(`default-src 'self'; script-src 'self' ${hash(THEME)}; style-src 'self' ${hash(inline)}`)
    expect(html.indexOf('<style ')).toBeLessThan(html.indexOf('</head>'))
  })

  it('gives each page of a build the rules of its own classes, pages with the same classes the same styles', () => {
    const { template, styles } = prepared()
    const page = (body: string) => withPageStyles(template.replace('<div id="root"></div>', `<div id="root">${body}</div>`), styles)
    const inline = (html: string) => /<style [^>]*>([^<]*)<\/style>/.exec(html)![1]
    const policy = (html: string) => /content="([^"]*)"/.exec(html)![1]
    const flexGrid = page('<p class="flex grid">a</p>')
    const gridFlex = page('<p class="grid"><b class="flex">b</b></p>')
    const grid = page('<p class="grid">c</p>')
    expect(inline(flexGrid)).toBe('@layer base{h1{margin:0}}.flex{display:flex}.grid{display:grid}')
    expect(inline(gridFlex)).toBe(inline(flexGrid))
    expect(policy(gridFlex)).toBe(policy(flexGrid))
    expect(inline(grid)).toBe('@layer base{h1{margin:0}}.grid{display:grid}')
    expect(policy(grid)).toContain(hash(inline(grid)!).replace(/'/g, '&#39;'))
    expect(policy(grid)).not.toBe(policy(flexGrid))
  })

  it('gives every page the whole palette of generated art, so pages that differ only by it share their styles', () => {
    ws = workspace({ 'assets/index-1.css': `${CSS}.art-0{color:red}.art-11{color:blue}.other{color:green}`, 'theme.js': THEME })
    const { template, styles } = prepareTemplate(TEMPLATE, ws.root, '/base/', POLICY)
    const page = (body: string) => withPageStyles(template.replace('<div id="root"></div>', `<div id="root">${body}</div>`), styles)
    const inline = (html: string) => /<style [^>]*>([^<]*)<\/style>/.exec(html)![1]
    const a = page('<p class="flex art-0">a</p>')
    const b = page('<p class="flex art-11">b</p>')
    expect(inline(a)).toBe('@layer base{h1{margin:0}}.flex{display:flex}.art-0{color:red}.art-11{color:blue}')
    expect(inline(b)).toBe(inline(a))
    // A class outside the palette still changes what is inlined.
    expect(inline(page('<p class="flex other">c</p>'))).toContain('.other{color:green}')
  })

  it('refuses a file that would close the element it is inlined in', () => {
    ws = workspace({ 'assets/index-1.css': '.a{content:"</style><script>alert(1)</script>"}', 'theme.js': THEME })
    expect(() => prepareTemplate(TEMPLATE, ws.root, '/base/', POLICY)).toThrow(/cannot be inlined/)
  })

  it('adds sources to the one directive named', () => {
    expect(withSources("a 'self'; style-src 'self'; style-src-elem x", 'style-src', ["'h'"])).toBe("a 'self'; style-src 'self' 'h'; style-src-elem x")
    expect(withSources('a b', 'style-src', [])).toBe('a b')
  })
})
