// The Atom feed of talks, newest first, written by the `feed` library.
import { Feed } from 'feed'
import type { TalkIndex } from '../data/types.ts'
import { absoluteUrl, type SiteSettings } from '../data/site-settings.ts'
import { escapeHtml } from './html.ts'

const FEED_SIZE = 50

export function feedOf(index: TalkIndex, site: SiteSettings): string {
  const speakers = new Map(index.speakers.map((s) => [s.slug, s]))
  const home = absoluteUrl(site, '/')
  const feed = new Feed({
    title: site.title,
    description: site.description,
    id: home,
    link: home,
    language: site.lang,
    copyright: '',
    feedLinks: { atom: absoluteUrl(site, '/feed.xml') },
    updated: index.talks[0] ? new Date(`${index.talks[0].date}T00:00:00Z`) : new Date(0),
  })
  for (const t of index.talks.slice(0, FEED_SIZE)) {
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
