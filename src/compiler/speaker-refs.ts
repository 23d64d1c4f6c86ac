// Speakers named in front matter (a list of names, slugs, file paths or inline objects), joined to the
// site's speaker files. A reference without a file is kept by its name, with a located warning; a path
// that leaves the site is an error.
import type { SpeakerRef } from './config/schema.ts'
import type { CompileContext } from './context.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import { compileSpeaker, type CompiledSpeaker } from './shortcode-data.ts'
import { valueOfKey } from './front-matter-reader.ts'
import { plainTextOf } from './plain-text.ts'
import { nameOfReference, type SpeakerFile } from './speaker-files.ts'
import { resolve } from 'node:path'

function fromFile(s: SpeakerFile, line: number): CompiledSpeaker {
  return {
    raw: { written: s.name, ...s.social, line },
    image: s.image,
    bio: s.bio,
    bioHtml: s.bioHtml,
    role: s.role,
    org: s.org,
    exactName: true,
    fromFile: true,
  }
}

/** A speaker written inline (`{ name, company, photoURL }`), read by the same keys as a speaker file. */
function fromObject(ref: Exclude<SpeakerRef, string>, line: number, ctx: CompileContext, report: (code: 'bad-url' | 'bad-handle' | 'missing-image' | 'deep-nesting', m: string) => void): CompiledSpeaker | undefined {
  const keys = ctx.config.speakers.fields
  const text = (names: readonly string[]) => names.map((k) => valueOfKey(ref, k)).find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim()
  const name = text(['name', 'title', ...keys.name])
  if (!name) return undefined
  const raw = { written: name, img: text(keys.photo), github: text(keys.github), twitter: text(keys.twitter), linkedin: text(keys.linkedin), website: text(keys.website), bio: text(keys.bio), line }
  return { ...compileSpeaker(raw, ctx, report), role: text(keys.role), org: text(keys.org), exactName: true }
}

const SUFFIX = /^(jr|sr|ii|iii|iv|phd|ph\.d|md|esq)\.?$/i
/** A reference that says more than a name: "Name - Role @ Org", "Name (Org)", "Name, Role". */
const WITH_ROLE = /\s[-–—|]\s|\s@\s|\)\s*$|,\s/

/**
 * The names in one text that names several speakers ("Jane Doe, John Smith and Ada Lovelace"), as
 * sites write a speaker field by hand; a path, a "Name - Role @ Org" or a name with a suffix
 * ("King, Jr.") stays one reference.
 */
export function namesIn(ref: string): string[] {
  if (/[/@()]|\s-\s|\.(md|markdown)$/i.test(ref)) return [ref]
  const parts = ref.split(/\s*(?:,|;|&|\+|\band\b)\s*/i).map((p) => p.trim()).filter(Boolean)
  return parts.length > 1 && parts.every((p) => /\p{L}/u.test(p) && !SUFFIX.test(p)) ? parts : [ref]
}

/** A shortcode written as the value (`{{% mention "Ada Lovelace" %}}`): themes render it to the name it quotes. */
const SHORTCODE_REF = /^\{\{[<%]\s*[\w./-]+\s+(?:\w+\s*=\s*)?(["'`])(.+?)\1[^}]*[%>]\}\}$/

/** The text a reference names: a shortcode's quoted name, entities decoded ("Amig&oacute;" → "Amigó"). */
export function referenceText(ref: string): string {
  // Names are short: a long text is not tried (the pattern backtracks on it).
  const inner = (ref.length < 500 && ref.trimStart().startsWith('{{') ? SHORTCODE_REF.exec(ref.trim())?.[2] : undefined) ?? ref
  return /[&<]/.test(inner) ? plainTextOf(inner) : inner
}

/**
 * `split`: the references came as one text (`speakers = "Jane Doe, John Smith"`), which may name
 * several; a list's items are one speaker each ("Bob Smith, Red Hat" is a name and a role).
 */
export function resolveSpeakerRefs(refs: SpeakerRef[], file: string, line: number, ctx: CompileContext, diagnostics: Diagnostic[], split = true): CompiledSpeaker[] {
  const out: CompiledSpeaker[] = []
  const at = (code: Parameters<typeof diag>[3], message: string) => diagnostics.push(diag(file, line, 1, code, message))
  for (const written of refs) {
    const ref = typeof written === 'string' ? referenceText(written) : written
    if (typeof ref !== 'string') {
      const s = fromObject(ref, line, ctx, at)
      if (s) out.push(s)
      else at('speaker-without-name', 'A speaker in the front matter has no name: give it name = "…".')
      continue
    }
    const hit = ctx.speakers.find(ref, resolve(ctx.root, file))
    const names = 'found' in hit || !split ? [ref] : namesIn(ref)
    if (names.length > 1) {
      out.push(...resolveSpeakerRefs(names, file, line, ctx, diagnostics, false))
      continue
    }
    if ('found' in hit) out.push(fromFile(hit.found, line))
    else if ('outside' in hit) at('speaker-outside-site', `The speaker "${ref.slice(0, 80)}" points outside the site (${hit.outside.slice(0, 80)}): it is left out.`)
    else {
      if (ctx.speakers.files.length) at('speaker-not-found', `No speaker file for "${ref.slice(0, 80)}": the speaker is shown by name only.`)
      // "Jane Doe (Google)" is Jane Doe of Google, the same person as a plain "Jane Doe" elsewhere.
      const written = nameOfReference(ref)
      out.push({ raw: { written, line }, exactName: !WITH_ROLE.test(written) })
    }
  }
  return out
}
