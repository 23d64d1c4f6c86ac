// Shared inputs for the build tests: the bundled talks compiled as the build compiles them, site
// settings for a deploy under a sub-path, and hand-made talks for cases the bundled ones lack.
import { fileURLToPath } from 'node:url'
import type { Speaker, Talk, TalkIndex } from '../../src/data/types.ts'
import { siteSettingsFromEnv, type SiteSettings } from '../../src/data/site-settings.ts'
import { compilerFor } from '../compiler/helpers.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export const CHEETAH_SLUG = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'
export const CHEETAH = 'Kubernetes networking : is there a cheetah within your Calico?'
export const EDGE_SLUG = '2021-10-12-calico-vpp-low-trust-edge-network-no-problem'
export const PLUGGABLE_SLUG = '2021-10-15-calico-vpp-using-calico-pluggable-dataplanes'

/** The site deployed at https://talks.example.org/talks-base/. */
export const SITE: SiteSettings = siteSettingsFromEnv({ SITE_URL: 'https://talks.example.org/', BASE_PATH: 'talks-base' })
export const SITE_ROOT = 'https://talks.example.org/talks-base/'

let bundled: TalkIndex | undefined

/** content/talks compiled through the same store the Vite plugin uses. */
export function bundledIndex(): TalkIndex {
  if (bundled) return bundled
  const store = compilerFor({ contentDir: `${ROOT}content/talks`, publicDir: `${ROOT}public`, includeDrafts: false, root: ROOT })
  const { index, diagnostics } = store.compileAll()
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length) throw new Error(`The bundled talks do not compile: ${errors.map((d) => d.message).join('; ')}`)
  return (bundled = index)
}

export function talkOf(index: TalkIndex, slug: string): Talk {
  const talk = index.talks.find((t) => t.slug === slug)
  if (!talk) throw new Error(`No talk ${slug}`)
  return talk
}

/**
 * A talk with only what a file must have; `overrides` fill in the rest. Built over a compiled talk,
 * so fields the compiler adds for the app (chunk numbers and such) are present whatever they are.
 */
export function makeTalk(overrides: Partial<Talk> & { slug: string; date: string }): Talk {
  return {
    ...bundledIndex().talks[0]!,
    title: `Talk ${overrides.slug}`,
    year: Number(overrides.date.slice(0, 4)),
    publishDate: undefined,
    timeSlot: undefined,
    speakers: [],
    links: {},
    buttons: [],
    video: undefined,
    slides: [],
    previewImage: undefined,
    summary: '',
    tags: [],
    event: undefined,
    type: undefined,
    aliases: [],
    extra: undefined,
    ...overrides,
  }
}

export function makeSpeaker(slug: string, name: string, talks: string[] = []): Speaker {
  return { ...bundledIndex().speakers[0]!, slug, name, role: undefined, org: undefined, image: undefined, bio: undefined, bioHtml: undefined, links: {}, talks, variants: [] }
}

/** An index of the given talks (sorted newest first, as the compiler sorts them). */
export function makeIndex(talks: Talk[], speakers: Speaker[] = [], aliases: Record<string, string> = {}): TalkIndex {
  const sorted = [...talks].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  return { ...bundledIndex(), talks: sorted, speakers, aliases }
}

/** Decodes the entity references a generated HTML/XML attribute or text may hold. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return text.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return named[e.toLowerCase()]!
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
  })
}
