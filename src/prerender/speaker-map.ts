// Speakers by slug, made once per speaker list. A feed or calendar per talk, speaker, tag and year
// each made the map anew: quadratic in the archive's size (a third of prerendering at 50,000 talks).
import type { Speaker } from '../data/types.ts'

const maps = new WeakMap<readonly Speaker[], ReadonlyMap<string, Speaker>>()

export function speakerMapOf(speakers: readonly Speaker[]): ReadonlyMap<string, Speaker> {
  let map = maps.get(speakers)
  if (!map) maps.set(speakers, (map = new Map(speakers.map((s) => [s.slug, s]))))
  return map
}
