// What a body's shortcodes say about its talk: speakers (with checked photos, links and rendered
// bios), labelled buttons and a video link. Every link and image is checked here, located at the
// shortcode that wrote it.
import type { LabelledLink } from '../data/types.ts'
import { renderSnippet } from './body.ts'
import type { CompileContext } from './context.ts'
import { diag, type Diagnostic } from './diagnostics.ts'
import type { RawSpeaker } from './shortcode-handlers.ts'
import type { ShortcodeScan } from './shortcodes.ts'
import { socialUrl } from './speakers.ts'
import { checkImage, checkLink, safeHttpUrl } from './urls.ts'

export interface CompiledSpeaker {
  raw: RawSpeaker
  image?: string
  bio?: string
  bioHtml?: string
  /** Given apart from the name (a speaker file, an inline object), so not parsed from "Name - Role @ Org". */
  role?: string
  org?: string
  /** The name is as written: never split at " - " or ",". */
  exactName?: boolean
  /** Joined to a speaker file. */
  fromFile?: boolean
}

export interface ShortcodeData {
  speakers: CompiledSpeaker[]
  buttons: LabelledLink[]
  /** The first video shortcode's link. */
  video?: string
  /** Decks the body embeds (speakerdeck). */
  slides: string[]
}

export type SpeakerReport = (code: 'bad-url' | 'bad-handle' | 'missing-image' | 'deep-nesting', message: string) => void

const SOCIAL = ['github', 'twitter', 'linkedin', 'website'] as const

/** Social links that will not be shown: another scheme is an error, as for any link; an unreadable handle a warning. */
function checkSocialLinks(s: RawSpeaker, report: SpeakerReport): void {
  for (const kind of SOCIAL) {
    const value = s[kind]
    if (!value || socialUrl(kind, value)) continue
    const who = `Speaker "${s.written.slice(0, 60)}"`
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value.trim())?.[0]
    if (scheme && !/^https?:$/i.test(scheme)) report('bad-url', `${who}: ${kind} links must be http(s), not "${scheme.slice(0, 20)}".`)
    else report('bad-handle', `${who}: ${kind} "${value.slice(0, 80)}" is neither a link nor a handle: it is left out.`)
  }
}

export function compileSpeaker(s: RawSpeaker, ctx: CompileContext, report: SpeakerReport): CompiledSpeaker {
  const image = checkImage(s.img, ctx, (m) => report('missing-image', m))
  checkSocialLinks(s, report)
  const bio = s.bio ? renderSnippet(s.bio, ctx, report) : undefined
  return { raw: s, image, bio: bio?.text, bioHtml: bio?.html }
}

/** `ownFile`: a page bundle's own file named relative to it, as a site path (talk.ts); other values as they are. */
export function shortcodeData(file: string, scan: ShortcodeScan, ctx: CompileContext, diagnostics: Diagnostic[], ownFile = (v: string) => v): ShortcodeData {
  const data: ShortcodeData = { speakers: [], buttons: [], slides: [] }
  for (const { call, output } of scan.outputs) {
    const report: SpeakerReport = (code, message) => diagnostics.push(diag(file, call.line, call.column, code, message))
    if (output?.kind === 'speaker') {
      const { img } = output.speaker
      data.speakers.push(compileSpeaker(img ? { ...output.speaker, img: ownFile(img) } : output.speaker, ctx, report))
    }
    else if (output?.kind === 'button') {
      const url = safeHttpUrl(output.url, (m) => report('bad-url', `Button "${output.label}": ${m}`))
      if (url) data.buttons.push({ label: output.label, url })
    } else if (output?.kind === 'video') {
      data.video ??= safeHttpUrl(output.url, (m) => report('bad-url', `${call.name} shortcode: ${m}`))
    } else if (output?.kind === 'slides') {
      // A site's own deck ("/slides/a.pdf", or a bundle's "a.pdf") is looked up as any site link.
      const own = output.url.startsWith('/') ? output.url : ownFile(output.url)
      const url = own.startsWith('/')
        ? checkLink(own, ctx, (code, m) => diagnostics.push(diag(file, call.line, call.column, code, `${call.name} shortcode: ${m}`)))
        : safeHttpUrl(own, (m) => report('bad-url', `${call.name} shortcode: ${m}`))
      if (url) data.slides.push(url)
    }
  }
  return data
}
