// What a prerendered page needs before its first paint, inlined in it: the rules of the stylesheet
// its own markup uses, and the render-blocking theme script. Linked, each was a request the first
// paint waited for (~600 ms a round trip on a phone's slow link; Hugo's page needs one of them).
// The whole stylesheet is named on the inline <style> and fetched by the app, which applies it
// before it renders (src/full-stylesheet.ts): as a link, even a print-only one, it took a share of
// a slow link while the page's first image loaded. Without JavaScript the inline rules are all the
// page's markup uses. The CSP allows exactly
// what is inlined, by hash: no 'unsafe-inline'.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { withCsp } from './head.ts'
import { escapeHtml } from './html.ts'
import { classesOf, criticalCss, parseCss, type CssBlock } from './critical-css.ts'
import { ART_CLASS_NAMES } from '../components/ui/colors.ts'

export interface PageStyles {
  /** The site's stylesheets: their address and text. */
  sheets: { href: string; css: string }[]
  /** The page's Content-Security-Policy before the hashes of its inline styles. */
  policy: string
}

/** Where the page's inline styles go in the template. */
const STYLES = '<!--talkshelf:styles-->'
const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/g
const RENDER_BLOCKING_SCRIPT = /<script src="([^"]+)"(?: async)? blocking="render"><\/script>/g

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** Where a file of the build is, from its address on the site (undefined for one outside the base). */
export function builtPath(outDir: string, base: string, href: string): string | undefined {
  return href.startsWith(base) ? join(outDir, href.slice(base.length)) : undefined
}

/** A file of the build from its address on the site. */
function builtFile(outDir: string, base: string, href: string): string {
  const path = builtPath(outDir, base, href)
  if (!path) throw new Error(`${href} is not under the site's base ${base}.`)
  return readFileSync(path, 'utf8')
}

/** Text that cannot close the element it is inlined in. */
function inlinable(text: string, tag: 'style' | 'script', href: string): string {
  if (new RegExp(`</${tag}`, 'i').test(text)) throw new Error(`${href} holds "</${tag}" and cannot be inlined.`)
  return text
}

/** Adds sources to one directive of a policy ("script-src 'self'" → "script-src 'self' 'sha256-…'"). */
export function withSources(policy: string, directive: string, sources: string[]): string {
  if (sources.length === 0) return policy
  return policy
    .split('; ')
    .map((d) => (d === directive || d.startsWith(`${directive} `) ? [d, ...sources].join(' ') : d))
    .join('; ')
}

/**
 * Takes the built index.html apart once per build: its stylesheets leave the template (a page
 * gets its share inline), its render-blocking scripts are inlined, and the policy allows them.
 */
export function prepareTemplate(template: string, outDir: string, base: string, policy: string): { template: string; styles: PageStyles } {
  const sheets: PageStyles['sheets'] = []
  const scripts: string[] = []
  const out = template
    .replace(STYLESHEET, (_, href: string) => {
      sheets.push({ href, css: inlinable(builtFile(outDir, base, href), 'style', href) })
      return sheets.length === 1 ? STYLES : ''
    })
    .replace(RENDER_BLOCKING_SCRIPT, (_, src: string) => {
      const code = inlinable(builtFile(outDir, base, src), 'script', src)
      scripts.push(sha256(code))
      return `<script>${code}</script>`
    })
  return { template: out, styles: { sheets, policy: withSources(policy, 'script-src', scripts) } }
}

// Each prerender worker parses the stylesheets once.
const parsed = new WeakMap<PageStyles['sheets'][number], CssBlock[]>()
const blocksOf = (sheet: PageStyles['sheets'][number]) => parsed.get(sheet) ?? parsed.set(sheet, parseCss(sheet.css)).get(sheet)!

/**
 * Pages differ mostly by the palette classes of their covers and avatars (art-N): each page gets the
 * whole palette (~1 KB), so that pages with the same other classes share one inline sheet and hash,
 * made once per worker (3,000 talk pages of a generated archive have 2,861 class sets, 137 without
 * the palette).
 */
const PALETTE = new Set(ART_CLASS_NAMES)
const SHARED_MAX = 1_000
const shared = new WeakMap<PageStyles, Map<string, { tags: string; hashes: string[] }>>()

function inlineStyles(styles: PageStyles, classes: Set<string>): { tags: string; hashes: string[] } {
  const key = [...classes].filter((c) => !PALETTE.has(c)).sort().join(' ')
  const byKey = shared.get(styles) ?? shared.set(styles, new Map()).get(styles)!
  let made = byKey.get(key)
  if (!made) {
    for (const c of PALETTE) classes.add(c)
    const hashes: string[] = []
    const tags = styles.sheets.map((sheet) => {
      const css = criticalCss(blocksOf(sheet), classes)
      hashes.push(sha256(css))
      return `<style data-stylesheet="${escapeHtml(sheet.href)}">${css}</style>`
    })
    made = { tags: tags.join('\n    '), hashes }
    if (byKey.size >= SHARED_MAX) byKey.clear() // an archive of one-off class sets: no cache, bounded memory
    byKey.set(key, made)
  }
  return made
}

/** A filled page with its share of the styles inline (naming the whole sheet), and its policy (with `imageSources` its inline images need). */
export function withPageStyles(html: string, styles: PageStyles, imageSources: string[] = []): string {
  const { tags, hashes } = inlineStyles(styles, classesOf(html))
  return withCsp(
    html.replace(STYLES, () => tags),
    withSources(withSources(styles.policy, 'style-src', hashes), 'img-src', imageSources),
  )
}
