// The mapping coverage table `npm run check` ends with: per talk field, how many talks got a value and
// from which keys, so a person adapting a site sees at once whether the config maps it right
// ("video 52/52 from vimeoid", "speakers 52/52: 58 references, 52 with a speaker file").
import type { Talk } from '../data/types.ts'
import type { TalkField } from './config/schema.ts'
import type { CompiledFile } from './talk.ts'

interface Row {
  label: string
  field?: TalkField
  has: (t: Talk, f: CompiledFile) => boolean
}

const ROWS: Row[] = [
  { label: 'title', field: 'title', has: () => true },
  { label: 'date', field: 'date', has: () => true },
  { label: 'time', has: (t) => !!t.timeSlot?.start },
  { label: 'video', field: 'video', has: (t) => !!t.video },
  { label: 'slides', field: 'slides', has: (t) => t.slides.length > 0 },
  { label: 'event page', field: 'event', has: (t) => !!t.links.event },
  { label: 'abstract', field: 'abstract', has: (_, f) => !!f.html?.trim() },
  { label: 'summary', field: 'summary', has: (t) => !!t.summary },
  { label: 'preview image', field: 'image', has: (t) => !!t.previewImage },
  { label: 'tags', field: 'tags', has: (t) => t.tags.length > 0 },
  { label: 'speakers', field: 'speakers', has: (_, f) => f.speakers.length > 0 },
]

function keysOf(files: CompiledFile[], field: TalkField): string {
  const counts = new Map<string, number>()
  for (const f of files) {
    const key = f.mapping?.keys[field]
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')
}

/** The table for the files that compiled to a talk (before the collection's checks). */
export function coverageTable(compiled: CompiledFile[]): string[] {
  const files = compiled.filter((f) => f.talk)
  const n = files.length
  const width = Math.max(...ROWS.map((r) => r.label.length))
  const lines = [`Mapping coverage (${n} talk${n === 1 ? '' : 's'}):`]
  for (const row of ROWS) {
    const got = files.filter((f) => row.has(f.talk!, f)).length
    const from = row.field ? keysOf(files, row.field) : ''
    lines.push(`  ${row.label.padEnd(width)}  ${String(got).padStart(String(n).length)}/${n}${from ? `  from ${from}` : ''}`)
  }
  const refs = files.reduce((s, f) => s + (f.mapping?.speakerRefs ?? 0), 0)
  const joined = files.reduce((s, f) => s + (f.mapping?.speakerFiles ?? 0), 0)
  if (refs) lines.push(`  ${''.padEnd(width)}  ${refs} speaker references in front matter, ${joined} joined to a speaker file`)
  return lines
}
