// Dev server: an edit that keeps a talk in its place (same slug, date and speakers, no errors before
// or after) becomes a patch the open page applies in place (src/data/dev-updates.ts), in well under
// the time a reload of every data chunk takes at 10,000 talks. Anything else reloads the page.
import type { CompileResult } from '../compiler/compile.ts'
import { slugOfSpeaker } from '../compiler/speakers.ts'
import type { CompiledFile } from '../compiler/talk.ts'
import { encodeRow, type TalkPatch } from '../data/wire.ts'

/** The patch for a recompiled file, or undefined when the page must reload. */
export function talkPatch(before: CompileResult | undefined, after: CompiledFile): TalkPatch | undefined {
  if (!before || !after.talk || after.diagnostics.some((d) => d.severity === 'error') || before.diagnostics.some((d) => d.severity === 'error')) return undefined
  const old = before.index.talks.find((t) => t.slug === after.talk!.slug)
  const speakers = [...new Set(after.speakers.map(slugOfSpeaker))]
  if (!old || old.date !== after.talk.date || old.speakers.join('\n') !== speakers.join('\n')) return undefined
  const talk = { ...after.talk, speakers }
  const rows = speakers.map((slug) => before.index.speakers.find((s) => s.slug === slug)!)
  const speakerIndex = new Map(speakers.map((s, i) => [s, i]))
  const upcomingFrom = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
  return {
    talk: { ...talk, html: after.html ?? '' },
    set: { pos: [0], rows: [encodeRow(talk, { speakerIndex, upcomingFrom })], speakers: rows.map(({ slug, name, role, org, image }) => ({ slug, name, role, org, image })), summaries: [talk.summary] },
  }
}
