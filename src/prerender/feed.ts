// Atom feeds of talks, newest first, written by the `feed` library: the site's (every talk) and one
// per speaker, tag and year (subscriptions.ts).
import { Feed } from 'feed'
import type { Talk, TalkIndex } from '../data/types.ts'
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import { escapeHtml } from './html.ts'
import { speakerMapOf } from './speaker-map.ts'

const FEED_SIZE = 50

export interface FeedOptions {
  /** The talks, newest first (default: every talk). */
  talks?: Talk[]
  /** The feed's title (default: the site's). */
  title?: string
  /** Site path of the feed itself (default: /feed.xml). */
  self?: string
  /** Absolute URL of the page listing the same talks (default: the home page). */
  page?: string
}

export function feedOf(index: TalkIndex, site: SiteSettings, options: FeedOptions = {}): string {
  const speakers = speakerMapOf(index.speakers)
  const talks = options.talks ?? index.talks
  const home = absoluteUrl(site, '/')
  const self = absoluteUrl(site, options.self ?? '/feed.xml')
  const feed = new Feed({
    title: options.title ?? site.title,
    description: site.description,
    // The site's feed keeps the id it always had; every other feed is identified by its own URL.
    id: options.self ? self : home,
    link: options.page ?? home,
    language: site.lang,
    copyright: '',
    feedLinks: { atom: self },
    updated: talks[0] ? new Date(`${talks[0].date}T00:00:00Z`) : new Date(0),
  })
  for (const t of talks.slice(0, FEED_SIZE)) {
    const url = absoluteUrl(site, `/talks/${t.slug}`)
    feed.addItem({
      // The library marks entry titles and summaries type="html": plain text must arrive escaped,
      // or a title like "Why <template> wins" loses its tag in every feed reader.
      title: escapeHtml(t.title),
      id: url,
      link: url,
      description: escapeHtml(t.summary),
      date: new Date(`${t.date}T00:00:00Z`),
      author: t.speakers.map((s) => ({ name: speakers.get(s)?.name ?? s, link: absoluteUrl(site, `/speakers/${s}`) })),
      ...(t.previewImage ? { image: absoluteUrl(site, t.previewImage) } : {}),
      category: t.tags.map((name) => ({ name })),
    })
  }
  return feed.atom1()
}
