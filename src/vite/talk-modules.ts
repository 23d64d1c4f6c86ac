// Source text of the virtual modules the app imports (their ids and shape: src/data/wire.ts). In dev
// and tests every chunk is a module of its own; a production build fetches JSON files instead (see
// data-files.ts), and its server bundle reads them from disk. Data in modules is JSON.parse of a
// JSON string, never object literals, so keys such as __proto__ stay plain data (and parse faster).
import type { Payload } from '../data/payload.ts'
import { chunkModuleId, parseChunkModuleId, TALKS_MODULE, type ChunkKind } from '../data/wire.ts'

const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

type Chunked = 'list' | 'summaries' | 'details' | 'profiles' | 'search'
const chunked = (p: Payload): Record<Chunked, unknown[]> => ({ list: p.list, summaries: p.summaries, details: p.details, profiles: p.profiles, search: p.search })
/** What a search chunk past the end holds. */
const NO_SEARCH = JSON.stringify({ text: [], links: [] })

/** A table of one import per chunk: its own module, so the first load does not grow with the count. */
function loaderTable(kind: ChunkKind, count: number): string {
  return `export default [${Array.from({ length: count }, (_, i) => `() => import(${JSON.stringify(chunkModuleId(kind, i))})`).join(',')}]\n`
}

function indexModule(payload: Payload): string {
  const table = (kind: Chunked) => `() => import(${JSON.stringify(chunkModuleId(kind))})`
  return `${jsonModule(payload.first)}
const pick = (table, n, none = []) => table().then((t) => (t.default[n] ? t.default[n]().then((m) => m.default) : none))
export const loadList = (n) => pick(${table('list')}, n)
export const loadSummaries = (n) => pick(${table('summaries')}, n)
export const loadDetails = (n) => pick(${table('details')}, n)
export const loadProfiles = (n) => pick(${table('profiles')}, n)
export const loadSearch = (n) => pick(${table('search')}, n, ${NO_SEARCH})
export const searchChunkUrl = () => undefined
export const loadSpeakers = () => import(${JSON.stringify(chunkModuleId('speakers'))}).then((m) => m.default)
export const loadAliases = () => import(${JSON.stringify(chunkModuleId('aliases'))}).then((m) => m.default)
`
}

/** How the index module reaches the chunks: as modules (dev, tests), over HTTP (the browser build) or from disk (the server bundle). */
export type DataAccess = { kind: 'modules' } | { kind: 'fetch'; dir: string } | { kind: 'disk'; dir: string }

/** The index module of a build: the first load inline, every chunk a JSON file under `dir`. */
function filesIndexModule(payload: Payload, access: Exclude<DataAccess, { kind: 'modules' }>): string {
  const read =
    access.kind === 'fetch'
      ? `const dir = import.meta.env.BASE_URL + ${JSON.stringify(`${access.dir}/`)}
const read = (path) => fetch(dir + path).then((r) => { if (!r.ok) throw new Error('Could not load ' + path + ': HTTP ' + r.status); return r.json() })`
      : `import { readFile } from 'node:fs/promises'
const dir = ${JSON.stringify(`${access.dir}/`)}
const read = (path) => readFile(dir + path, 'utf8').then(JSON.parse)`
  return `${read}
${jsonModule(payload.first)}
const counts = ${JSON.stringify({ list: payload.list.length, summaries: payload.summaries.length, details: payload.details.length, profiles: payload.profiles.length, search: payload.search.length })}
const has = (kind, n) => Number.isInteger(n) && n >= 0 && n < counts[kind]
const pick = (kind, n) => (has(kind, n) ? read(kind + '/' + n + '.json') : Promise.resolve([]))
export const loadList = (n) => pick('list', n)
export const loadSummaries = (n) => pick('summaries', n)
export const loadDetails = (n) => pick('details', n)
export const loadProfiles = (n) => pick('profiles', n)
export const loadSearch = (n) => (has('search', n) ? read('search/' + n + '.json') : Promise.resolve(${NO_SEARCH}))
export const searchChunkUrl = ${access.kind === 'fetch' ? `(n) => (has('search', n) ? new URL(dir + 'search/' + n + '.json', location.href).href : undefined)` : '() => undefined'}
export const loadSpeakers = () => read('speakers.json')
export const loadAliases = () => read('aliases.json')
`
}

/** The module's source, or undefined for an id this plugin does not serve. */
export function moduleSource(id: string, payload: Payload, access: DataAccess = { kind: 'modules' }): string | undefined {
  if (id === TALKS_MODULE) return access.kind === 'modules' ? indexModule(payload) : filesIndexModule(payload, access)
  if (access.kind !== 'modules') return undefined
  const chunk = parseChunkModuleId(id)
  if (!chunk) return undefined
  if (chunk.kind === 'speakers') return chunk.n === undefined ? jsonModule(payload.speakers) : undefined
  if (chunk.kind === 'aliases') return chunk.n === undefined ? jsonModule(payload.aliases) : undefined
  const chunks = chunked(payload)[chunk.kind]
  return chunk.n === undefined ? loaderTable(chunk.kind, chunks.length) : jsonModule(chunks[chunk.n] ?? [])
}
