// sitemap.xml and robots.txt for crawlers.
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import { escapeHtml } from './html.ts'
import type { PageMeta } from './pages.ts'

export function sitemapOf(pages: Pick<PageMeta, 'path' | 'personal'>[], site: SiteSettings): string {
  const urls = pages.filter((p) => !p.personal).map((p) => `  <url><loc>${escapeHtml(absoluteUrl(site, p.path))}</loc></url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function robotsOf(site: SiteSettings): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(site, '/sitemap.xml')}\n`
}
