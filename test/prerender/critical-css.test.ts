// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { classesOf, criticalCss, parseCss, unescapeIdent } from '../../src/prerender/critical-css.ts'

// The shapes of Tailwind 4's minified output: layers, variants as nested or grouping at-rules,
// escaped class names, strings with braces, keyframes and @property kept whole.
const SHEET = [
  '/*! banner */',
  '@layer properties;@layer theme,base,components,utilities;',
  '@layer theme{:root{--color-a:red}}',
  '@layer base{*,:before{box-sizing:border-box}h1{font-size:inherit}}',
  '@layer components{.prose h2{margin:0}}',
  '@layer utilities{',
  '.flex{display:flex}',
  '.grid{display:grid}',
  '.sm\\:grid-cols-2{@media (width>=40rem){grid-template-columns:repeat(2,minmax(0,1fr))}}',
  ".after\\:content-\\[\\'\\'\\]:after{content:'{'}",
  '.\\32 xl\\:p-4{padding:1rem}',
  '.group-hover\\:underline:is(:where(.group):hover *){text-decoration:underline}',
  '.dark\\:bg-black:where(.dark,.dark *){background:#000}',
  '@media (hover:hover){.hover\\:bg-a:hover{background:red}.hover\\:bg-b:hover{background:blue}}',
  '.a,.b{color:green}',
  ':where(.c)>.d{color:red}',
  '}',
  '.art-0{background:linear-gradient(red,blue)}.art-1{background:none}',
  '@property --tw-x{syntax:"*";inherits:false}',
  '@keyframes spin{to{transform:rotate(1turn)}}',
].join('')

const subset = (classes: string[]) => criticalCss(parseCss(SHEET), new Set(classes))

describe('criticalCss', () => {
  it('gives the whole sheet back when every class is on the page', () => {
    const all = ['flex', 'grid', 'sm:grid-cols-2', "after:content-['']", '2xl:p-4', 'group-hover:underline', 'dark:bg-black', 'hover:bg-a', 'hover:bg-b', 'a', 'prose', 'art-0', 'art-1']
    expect(subset(all)).toBe(SHEET.replace('/*! banner */', ''))
  })

  it('keeps the rules of the classes on the page and drops the others', () => {
    const css = subset(['flex', 'sm:grid-cols-2', 'hover:bg-b', 'art-1'])
    expect(css).toContain('.flex{display:flex}')
    expect(css).toContain('.sm\\:grid-cols-2{@media (width>=40rem)')
    expect(css).toContain('@media (hover:hover){.hover\\:bg-b:hover{background:blue}}')
    expect(css).toContain('.art-1{')
    for (const gone of ['.grid{', 'hover\\:bg-a', 'content-', '2xl', '.art-0', 'group-hover', 'dark\\:bg-black', '.prose', '.a,.b']) expect(css).not.toContain(gone)
  })

  it('keeps what is not a class rule whole, and the layers in their order even when empty', () => {
    const css = subset([])
    expect(css).toContain('@layer properties;@layer theme,base,components,utilities;')
    expect(css).toContain('@layer theme{:root{--color-a:red}}')
    expect(css).toContain('@layer base{*,:before{box-sizing:border-box}h1{font-size:inherit}}')
    expect(css).toContain('@layer components{}@layer utilities{:where(.c)>.d{color:red}}')
    expect(css).toContain('@property --tw-x{syntax:"*";inherits:false}')
    expect(css).toContain('@keyframes spin{to{transform:rotate(1turn)}}')
    expect(css).not.toContain('@media (hover:hover)')
  })

  it('keeps a selector list when any of its selectors’ classes is on the page', () => {
    expect(subset(['b'])).toContain('.a,.b{color:green}')
  })

  it('reads escaped names and strings holding braces', () => {
    expect(subset(["after:content-['']"])).toContain(".after\\:content-\\[\\'\\'\\]:after{content:'{'}")
    expect(subset(['2xl:p-4'])).toContain('.\\32 xl\\:p-4{padding:1rem}')
    expect(unescapeIdent('w-1\\/2')).toBe('w-1/2')
    expect(unescapeIdent('\\31 0')).toBe('10')
  })

  it('skips comments holding braces or semicolons', () => {
    const css = criticalCss(parseCss('/*! a; b { */.flex{display:flex}/* c } */.grid{display:grid}'), new Set(['flex']))
    expect(css).toBe('.flex{display:flex}')
  })

  it('fails on an unbalanced sheet rather than inlining half of it', () => {
    expect(() => parseCss('.a{color:red')).toThrow(/Unbalanced/)
  })
})

describe('classesOf', () => {
  it('reads class attributes of HTML and SVG, entities decoded', () => {
    const html = `<div class="flex  sm:grid-cols-2"><svg class='h-4 w-4'></svg><p class="after:content-[&#x27;&#x27;] a&amp;b"></p><p data-class="x" title="class=y"></p></div>`
    expect([...classesOf(html)].sort()).toEqual(['a&b', "after:content-['']", 'flex', 'h-4', 'sm:grid-cols-2', 'w-4'])
  })
})
