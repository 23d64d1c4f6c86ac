// In a production build the talk data is not bundled as JavaScript: every chunk of the payload is a
// JSON file of its own under assets/data/<version>/ (list/0.json, details/12.json, speakers.json…),
// which the app fetches (src/vite/talk-modules.ts writes how). The bundler and Tailwind never read
// them, the browser parses them without a JavaScript parse first, and the prerenderer reads the same
// files from disk. <version> changes whenever any of them does.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Payload } from '../data/payload.ts'
import { bucketOf } from '../data/wire.ts'

export const DATA_DIR = 'assets/data'

/** Path (under DATA_DIR/<version>/) → JSON text, for every chunk the payload has. */
export function dataFiles(payload: Payload): Map<string, string> {
  const files = new Map<string, string>()
  const add = (kind: string, chunks: unknown[]) => chunks.forEach((c, n) => files.set(`${kind}/${n}.json`, JSON.stringify(c)))
  add('list', payload.list)
  add('summaries', payload.summaries)
  add('details', payload.details)
  add('profiles', payload.profiles)
  add('search', payload.search)
  files.set('speakers.json', JSON.stringify(payload.speakers))
  files.set('aliases.json', JSON.stringify(payload.aliases))
  return files
}

/** A short hash of every data file: the folder name, so a new build's data is never mixed with an old one's. */
export function dataVersion(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256')
  for (const [path, text] of files) hash.update(path).update('\0').update(text).update('\0')
  return hash.digest('hex').slice(0, 12)
}

/**
 * The data files a page's route fetches as it starts (paths under the base): a talk's details bucket
 * and its speakers' profile buckets, a speaker's profile bucket. The page preloads them, so they load
 * with the code, not after it, and the service worker keeps them with the page.
 */
export function pageDataFiles(pagePath: string, version: string, payload: Pick<Payload, 'details' | 'profiles'>, speakersOf: (talk: string) => readonly string[]): string[] {
  const m = /^\/(talks|speakers)\/([^/]+)$/.exec(pagePath)
  if (!m) return []
  const file = (kind: 'details' | 'profiles', slug: string) => `${DATA_DIR}/${version}/${kind}/${bucketOf(slug, payload[kind].length)}.json`
  const slug = m[2]!
  const files = m[1] === 'talks' ? [file('details', slug), ...speakersOf(slug).map((s) => file('profiles', s))] : [file('profiles', slug)]
  return [...new Set(files)]
}

/** Writes the files under `dir`; returns the bytes written. */
export function writeDataFiles(dir: string, files: ReadonlyMap<string, string>): number {
  let bytes = 0
  const made = new Set<string>()
  for (const [path, text] of files) {
    const file = join(dir, path)
    const folder = dirname(file)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    writeFileSync(file, text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}
