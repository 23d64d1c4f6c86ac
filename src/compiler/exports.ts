// The public JSON export (dist/talks.json): documented field names that do not change.
import type { TalkIndex } from '../data/types.ts'

export function publicExport(index: TalkIndex): unknown {
  return {
    talks: index.talks.map((t) => ({
      slug: t.slug,
      title: t.title,
      date: t.date,
      year: t.year,
      timeSlot: t.timeSlot?.text ?? null,
      speakers: t.speakers,
      links: t.links,
      buttons: t.buttons,
      previewImage: t.previewImage ?? null,
      summary: t.summary,
      tags: t.tags,
      event: t.event ?? null,
    })),
    speakers: index.speakers.map((s) => ({
      slug: s.slug,
      name: s.name,
      role: s.role ?? null,
      org: s.org ?? null,
      image: s.image ?? null,
      bio: s.bio ?? null,
      links: s.links,
      talks: s.talks,
    })),
  }
}
