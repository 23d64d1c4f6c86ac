// A `virtual:talks` module made in memory from talk objects, through the same encoder the talks
// plugin uses (src/data/wire.ts), for app tests that need a collection of their own:
//   vi.mock('virtual:talks', async () => (await import('./talks-module.ts')).talksModule(talks, speakers))
import type { Speaker, TalkDetail } from '../../src/data/types.ts'
import { encodePayload, type EncodeOptions, type TalksModule } from '../../src/data/wire.ts'

/** A speaker record with nothing but a name. */
export function speakerOf(slug: string, name: string, talks: string[] = [], extra: Partial<Speaker> = {}): Speaker {
  return { slug, name, links: {}, talks, variants: [], ...extra }
}

export function talksModule(talks: TalkDetail[], speakers: Speaker[], options: EncodeOptions = {}): TalksModule {
  const bodies = new Map(talks.map((t) => [t.slug, t.html]))
  const p = encodePayload({ talks, speakers, aliases: {} }, bodies, options)
  return {
    default: p.list,
    loadSummaries: async (n) => p.summaries[n] ?? [],
    loadDetails: async (n) => p.details[n] ?? [],
    loadProfiles: async () => p.profiles,
    loadAliases: async () => p.aliases,
  }
}
