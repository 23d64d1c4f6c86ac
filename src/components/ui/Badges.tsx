import type { Talk } from '../../data/types.ts'

/** What a talk offers, as short labels: Video, Slides, PPT, Event page. */
export function resourceLabels(talk: Talk): string[] {
  const labels: string[] = []
  if (talk.video && talk.video.kind !== 'external') labels.push('Video')
  else if (talk.video) labels.push('Recording')
  if (talk.slides.some((s) => s.kind !== 'pptx')) labels.push('Slides')
  if (talk.slides.some((s) => s.kind === 'pptx')) labels.push('PPT')
  if (talk.links.event) labels.push('Event page')
  return labels
}

export function Badges({ talk }: { talk: Talk }) {
  const labels = resourceLabels(talk)
  if (!labels.length) return null
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Available">
      {labels.map((l) => (
        <li key={l} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-100 dark:bg-brand-500/15 dark:text-brand-300 dark:ring-brand-500/30">
          {l}
        </li>
      ))}
    </ul>
  )
}
