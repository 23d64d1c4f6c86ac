// The <head> tags of a prerendered page: title, description, canonical, Open Graph, Twitter card.
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import { escapeHtml } from './html.ts'
import type { PageMeta } from './pages.ts'

export function renderHead(page: PageMeta, site: SiteSettings): string {
  const url = absoluteUrl(site, page.path)
  const image = absoluteUrl(site, page.image)
  const tags = [
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<meta property="og:site_name" content="${escapeHtml(site.title)}" />`,
    `<meta property="og:type" content="${page.type}" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:image" content="${escapeHtml(image)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(page.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(page.description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(site.title)}" href="${escapeHtml(absoluteUrl(site, '/feed.xml'))}" />`,
  ]
  if (page.feed) tags.push(`<link rel="alternate" type="application/atom+xml" title="${escapeHtml(page.feed.title)}" href="${escapeHtml(absoluteUrl(site, page.feed.path))}" />`)
  if (page.calendar) tags.push(`<link rel="alternate" type="text/calendar" title="Calendar" href="${escapeHtml(absoluteUrl(site, page.calendar))}" />`)
  // Same mode and credentials as the app's fetch(), so the browser hands the preloaded response over.
  for (const data of page.data ?? []) tags.push(`<link rel="preload" href="${escapeHtml(site.base + data)}" as="fetch" crossorigin="anonymous" />`)
  return tags.join('\n    ')
}

/**
 * Fills the built index.html with a page's head tags and rendered markup (rendered at `href`).
 * `hints` (React's preloads: the first card's cover) go right after the charset, ahead of the
 * scripts and the inline styles: the CSP <meta> turns Chromium's preload scanner off, so a request
 * starts only when the parser reaches its tag, and behind 34 KB of inline styles and the scripts it
 * started ~50–80 ms later on a slow phone connection.
 */
export function fillTemplate(template: string, head: string, body: string, href?: string, hints = ''): string {
  const root = href === undefined ? '<div id="root">' : `<div id="root" data-href="${escapeHtml(href)}">`
  // Replacements are functions: a string would read "$&", "$'" or "$$" in a title or body as
  // replacement patterns and splice the template into the page.
  const filled = template
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace('</head>', () => `  ${head}\n  </head>`)
    .replace('<div id="root"></div>', () => `${root}${body}</div>`)
  return hints ? withEarly(filled, hints) : filled
}

/** Tags put right after the charset (which must stay in the first 1,024 bytes), else first in <head>. */
function withEarly(html: string, tags: string): string {
  const at = /<meta charset[^>]*>/i.exec(html) ?? /<head(?:\s[^>]*)?>/i.exec(html) // not <header>
  if (!at) return html.replace('</head>', () => `${tags}</head>`)
  const end = at.index + at[0].length
  return `${html.slice(0, end)}\n    ${tags}${html.slice(end)}`
}

/** Adds the Content-Security-Policy as the first thing in <head>, before any script or style. */
export function withCsp(template: string, policy: string): string {
  // A function, as in fillTemplate: an origin may hold "$&" ("https://a$&b.example" is a valid URL).
  return template.replace(/<head>/, () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />`)
}
