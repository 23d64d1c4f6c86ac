// One small handler per known shortcode. Handlers return data, never HTML: the compiler decides
// what each becomes (a speaker record, a labelled link, a video).
import type { DiagnosticCode } from './diagnostic-codes.ts'
import type { ShortcodeCall } from './shortcodes.ts'

export interface RawSpeaker {
  /** The name attribute as written, e.g. "Chris Tomkins - Developer Advocate @ Project Calico/Tigera". */
  written: string
  img?: string
  github?: string
  twitter?: string
  linkedin?: string
  website?: string
  /** Markdown bio (the shortcode's inner text). */
  bio?: string
  line: number
}

export type ShortcodeOutput =
  | { kind: 'speaker'; speaker: RawSpeaker }
  | { kind: 'button'; label: string; url: string; line: number }
  | { kind: 'video'; url: string; line: number }
  | { kind: 'slides'; url: string; line: number }
  /** Markdown put where the shortcode was (a figure): rendered and sanitised with the body. */
  | { kind: 'markdown'; markdown: string }
  | undefined

type Report = (code: DiagnosticCode, message: string) => void

/** What a handler may ask of the page the shortcode is in. */
export interface PageLinks {
  /** The archive's path of the page a ref names (page-refs.ts), if it publishes one. */
  ref(target: string): string | undefined
  /** The site's own shortcode of that name, when its template only fills in values. */
  siteShortcode?(name: string): ((call: ShortcodeCall) => string) | undefined
}

export interface ShortcodeHandler {
  /** Whether the shortcode wraps content that must be closed (`{{< /name >}}`). */
  paired: boolean
  handle(call: ShortcodeCall, report: Report, page?: PageLinks): ShortcodeOutput
}

const arg = (call: ShortcodeCall, name: string, position?: number): string | undefined => {
  const v = call.named[name] ?? (position !== undefined ? call.positional[position] : undefined)
  return v?.trim() || undefined
}

const speaker: ShortcodeHandler = {
  paired: true,
  handle(call, report) {
    const written = arg(call, 'name', 0)
    if (!written) {
      report('speaker-without-name', 'Speaker shortcode without a name: add name="Full Name - Role @ Org".')
      return undefined
    }
    return {
      kind: 'speaker',
      speaker: {
        written,
        img: arg(call, 'img') ?? arg(call, 'image') ?? arg(call, 'photo'),
        github: arg(call, 'github'),
        twitter: arg(call, 'twitter') ?? arg(call, 'x'),
        linkedin: arg(call, 'linkedin'),
        website: arg(call, 'website') ?? arg(call, 'url'),
        bio: call.inner?.trim() || undefined,
        line: call.line,
      },
    }
  },
}

const btn: ShortcodeHandler = {
  paired: false,
  handle(call, report) {
    const label = arg(call, 'txt', 0) ?? arg(call, 'text') ?? arg(call, 'label')
    const url = arg(call, 'link', 1) ?? arg(call, 'url') ?? arg(call, 'href')
    if (!url) {
      report('button-without-link', `Button "${label ?? ''}" has no link: it is left out.`)
      return undefined
    }
    return { kind: 'button', label: label ?? 'Link', url, line: call.line }
  },
}

/** A video shortcode (`{{< youtube ID >}}`, `{{< vimeo ID >}}`, or id="…"): the talk's video, an id or a full URL. */
function videoShortcode(name: string, watchUrl: (id: string) => string): ShortcodeHandler {
  return {
    paired: false,
    handle(call, report) {
      const id = arg(call, 'id', 0)
      if (!id) {
        report('youtube-without-id', `The ${name} shortcode has no video id: it is left out.`)
        return undefined
      }
      return { kind: 'video', url: /^https?:/i.test(id) ? id : watchUrl(encodeURIComponent(id)), line: call.line }
    },
  }
}

const youtube = videoShortcode('youtube', (id) => `https://www.youtube.com/watch?v=${id}`)
const vimeo = videoShortcode('vimeo', (id) => `https://vimeo.com/${id}`)

/** A theme's `{{< speakerdeck 4e8126e72d853c0060001f97 >}}` (Hugo's own until 0.x): the deck's player id. */
const speakerdeck: ShortcodeHandler = {
  paired: false,
  handle(call) {
    const id = arg(call, 'id', 0)
    if (!id) return undefined
    return { kind: 'slides', url: /^https?:/i.test(id) ? id : `https://speakerdeck.com/player/${encodeURIComponent(id)}`, line: call.line }
  },
}

/** Markdown's special characters written as text. */
const literal = (text: string) => text.replace(/[\\`*_[\]{}()<>#+!|~-]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim()
/** A link destination Markdown cannot misread: no spaces, brackets or quotes left bare. */
const destination = (url: string) => url.trim().replace(/[\s<>()"'\\]/g, (c) => encodeURIComponent(c))

/** Hugo's `{{< figure src="…" alt="…" caption="…" >}}`: the image and its caption, in the body. */
const figure: ShortcodeHandler = {
  paired: false,
  handle(call) {
    const src = arg(call, 'src', 0)
    if (!src) return undefined
    const alt = arg(call, 'alt') ?? arg(call, 'title') ?? arg(call, 'caption') ?? ''
    const caption = [arg(call, 'title'), arg(call, 'caption'), arg(call, 'attr')].filter(Boolean).join(' — ')
    const image = `![${literal(alt)}](${destination(src)})`
    return { kind: 'markdown', markdown: `\n\n${image}${caption ? `\n*${literal(caption)}*` : ''}\n\n` }
  },
}

/** Hugo's `{{< ref "other.md" >}}` (and relref): the path of the talk or speaker page it names, in place, as a link's destination. */
const ref: ShortcodeHandler = {
  paired: false,
  handle(call, report, page) {
    const target = arg(call, 'path', 0)
    const path = target ? page?.ref(target) : undefined
    if (!path) report('unresolved-ref', `${call.name} "${(target ?? '').slice(0, 80)}" names no talk or speaker of the archive: the link is left out (its text is kept).`)
    return { kind: 'markdown', markdown: path ? destination(path) : '' }
  },
}

export const shortcodeHandlers: Record<string, ShortcodeHandler | undefined> = Object.assign(Object.create(null) as object, {
  speaker,
  btn,
  button: btn,
  youtube,
  vimeo,
  speakerdeck,
  figure,
  ref,
  relref: ref,
})
