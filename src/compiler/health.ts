// The editor's health report printed by `npm run check`: what a person curating the content
// would want to fix, as opposed to errors that stop the build.
import type { TalkIndex } from '../data/types.ts'

export function healthReport(index: TalkIndex, today = new Date().toISOString().slice(0, 10)): string[] {
  const { talks, speakers } = index
  const lines: string[] = ['Content health:']
  const item = (label: string, slugs: string[]) => {
    if (slugs.length) lines.push(`- ${label} (${slugs.length}): ${slugs.slice(0, 8).join(', ')}${slugs.length > 8 ? ', …' : ''}`)
  }
  item('talks without an embeddable video (none, or only an event page)', talks.filter((t) => !t.video || t.video.kind === 'external').map((t) => t.slug))
  item('talks without speakers', talks.filter((t) => !t.speakers.length).map((t) => t.slug))
  item('talks without a summary', talks.filter((t) => !t.summary).map((t) => t.slug))
  item('talks without a preview image', talks.filter((t) => !t.previewImage).map((t) => t.slug))
  item(
    'time slots that end before they start',
    talks.filter((t) => t.timeSlot?.start && t.timeSlot.end && t.timeSlot.end < t.timeSlot.start).map((t) => `${t.slug} ("${t.timeSlot!.text}")`),
  )
  const byImage = new Map<string, string[]>()
  for (const t of talks) if (t.previewImage) byImage.set(t.previewImage, [...(byImage.get(t.previewImage) ?? []), t.slug])
  item('preview images shared by several talks', [...byImage].filter(([, s]) => s.length > 1).map(([img, s]) => `${img} (${s.join(', ')})`))
  item('"Register" links on past talks', talks.filter((t) => t.date < today && t.buttons.some((b) => /regist/i.test(b.label))).map((t) => t.slug))
  item('speakers written in several ways', speakers.filter((s) => s.variants.length > 1).map((s) => `${s.name}: ${s.variants.map((v) => `"${v}"`).join(' / ')}`))
  if (lines.length === 1) lines.push('- nothing to fix')
  return lines
}
