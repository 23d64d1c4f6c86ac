// What a talk page and a speaker page load: the talk's detail bucket (found from its slug alone),
// speaker profiles by bucket, and old Hugo paths. Each is loaded once and cached.
import first, { loadAliases, loadDetails, loadProfiles } from 'virtual:talks'
import { addRows } from './catalog.ts'
import { addSummaries } from './summaries.ts'
import type { SpeakerProfile, TalkDetail } from './types.ts'
import { bucketOf, type DetailPayload, type TalkRow } from './wire.ts'

export interface TalkPageData {
  talk: TalkDetail
  row: TalkRow
  /** Other talks by its speakers, newest first. */
  related: TalkRow[]
  older?: { slug: string; title: string }
  newer?: { slug: string; title: string }
}

const detailBuckets = new Map<number, Promise<DetailPayload[]>>()

/** Everything a talk page shows, or undefined when no talk has this slug. */
export async function loadTalkPage(slug: string): Promise<TalkPageData | undefined> {
  const n = bucketOf(slug, first.chunks.details)
  let p = detailBuckets.get(n)
  if (!p) detailBuckets.set(n, (p = loadDetails(n)))
  const detail = (await p).find((d) => d.talk.slug === slug)
  if (!detail) return undefined
  const [row, ...related] = addRows(detail.related)
  addSummaries(detail.related.pos, detail.related.summaries)
  return { talk: detail.talk, row: row!, related, older: detail.older, newer: detail.newer }
}

/** A talk's detail that changed (a dev edit), in the bucket if it is loaded. */
export function replaceTalkDetail(talk: TalkDetail): void {
  const p = detailBuckets.get(bucketOf(talk.slug, first.chunks.details))
  void p?.then((details) => {
    const d = details.find((x) => x.talk.slug === talk.slug)
    if (d) d.talk = talk
  })
}

/** Dev: a talk added (its detail joins its bucket, if loaded) or deleted (it leaves it). */
export function putTalkDetail(slug: string, detail?: DetailPayload): void {
  const n = bucketOf(slug, first.chunks.details)
  const p = detailBuckets.get(n)
  if (p) detailBuckets.set(n, p.then((details) => [...details.filter((d) => d.talk.slug !== slug), ...(detail ? [detail] : [])]))
}

const profileBuckets = new Map<number, Promise<Map<string, SpeakerProfile>>>()

/** Bios and links of the given speakers. */
export async function loadSpeakerProfiles(slugs: readonly string[]): Promise<Map<string, SpeakerProfile>> {
  const out = new Map<string, SpeakerProfile>()
  await Promise.all(
    slugs.map(async (slug) => {
      const n = bucketOf(slug, first.chunks.profiles)
      let p = profileBuckets.get(n)
      if (!p) profileBuckets.set(n, (p = loadProfiles(n).then((all) => new Map(all.map((x) => [x.slug, x])))))
      const profile = (await p).get(slug)
      if (profile) out.set(slug, profile)
    }),
  )
  return out
}

let aliases: Promise<Record<string, string>> | undefined

/** Slug of the talk an old Hugo path (an `aliases` entry) now lives at. */
export async function talkForAlias(path: string): Promise<string | undefined> {
  aliases ??= loadAliases()
  const map = await aliases
  const key = path.replace(/^\/+|\/+$/g, '').toLowerCase()
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}
