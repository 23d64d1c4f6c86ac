// Every page the static site has, with what link previews and crawlers should see of it.
import { normaliseAlias } from '../compiler/collection.ts'
import type { TalkIndex } from '../data/types.ts'
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'

export interface PageMeta {
  /** Route path without the base ("/", "/talks/x"). */
  path: string
  title: string
  description: string
  /** Public path or absolute URL of the preview image. */
  image: string
  type: 'website' | 'article' | 'profile'
  /** Feeds and calendars this page links to (path under the base). */
  calendar?: string
}

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text)

export function pagesOf(index: TalkIndex, site: SiteSettings): PageMeta[] {
  const speakers = new Map(index.speakers.map((s) => [s.slug, s]))
  const pages: PageMeta[] = [
    { path: '/', title: site.title, description: site.description, image: site.image, type: 'website', calendar: '/talks.ics' },
    { path: '/speakers', title: `Speakers · ${site.title}`, description: `${index.speakers.length} speakers of ${site.title}.`, image: site.image, type: 'website' },
  ]
  for (const t of index.talks) {
    const names = t.speakers.map((s) => speakers.get(s)?.name).filter(Boolean).join(', ')
    pages.push({
      path: `/talks/${t.slug}`,
      title: `${t.title} · ${site.title}`,
      description: clip(t.summary || `${t.title}${names ? ` by ${names}` : ''}`),
      image: t.previewImage ?? site.image,
      type: 'article',
      calendar: `/calendar/${t.slug}.ics`,
    })
  }
  for (const s of index.speakers) {
    const role = [s.role, s.org].filter(Boolean).join(' @ ')
    pages.push({
      path: `/speakers/${s.slug}`,
      title: `${s.name} · ${site.title}`,
      description: clip(s.bio || `${s.name}${role ? `, ${role}` : ''}: ${s.talks.length} talk${s.talks.length === 1 ? '' : 's'}.`),
      image: s.image ?? site.image,
      type: 'profile',
    })
  }
  return pages
}

/** Old Hugo paths → the talk URL they now redirect to. */
export function aliasRedirects(index: TalkIndex, site: SiteSettings): { from: string; to: string }[] {
  return Object.entries(index.aliases)
    .filter(([from]) => from && !from.split('/').some((seg) => seg === '..' || seg === '.'))
    .map(([from, slug]) => ({ from: normaliseAlias(from), to: absoluteUrl(site, `/talks/${slug}`) }))
}
