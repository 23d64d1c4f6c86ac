// A `virtual:talks` module made in memory from talk objects, through the same encoder the talks
// plugin uses (src/data/payload.ts), for app tests that need a collection of their own:
//   vi.mock('virtual:talks', async () => (await import('./talks-module.ts')).talksModule(talks, speakers))
import { plainTextOf } from '../../src/compiler/plain-text.ts'
import { encodePayload, type EncodeOptions } from '../../src/data/payload.ts'
import type { Speaker, TalkDetail } from '../../src/data/types.ts'
import type { TalksModule } from '../../src/data/wire.ts'

/** A speaker record with nothing but a name. */
export function speakerOf(slug: string, name: string, talks: string[] = [], extra: Partial<Speaker> = {}): Speaker {
  return { slug, name, links: {}, talks, variants: [], ...extra }
}

export function talksModule(talks: TalkDetail[], speakers: Speaker[], options: EncodeOptions = {}): TalksModule {
  const bodies = new Map(talks.map((t) => [t.slug, t.html]))
  // The body's plain text, as the compiler gives it, for the full-text search.
  const texts = new Map(talks.map((t) => [t.slug, plainTextOf(t.html)]))
  const p = encodePayload({ talks, speakers, aliases: {} }, bodies, { texts, ...options })
  return {
    default: p.first,
    loadList: async (n) => p.list[n] ?? [],
    loadSpeakers: async () => p.speakers,
    loadSummaries: async (n) => p.summaries[n] ?? [],
    loadDetails: async (n) => p.details[n] ?? [],
    loadProfiles: async (n) => p.profiles[n] ?? [],
    loadAliases: async () => p.aliases,
    loadSearch: async (n) => p.search[n] ?? { text: [], links: [] },
    searchChunkUrl: () => undefined,
  }
}
