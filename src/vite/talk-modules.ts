// Source text of the virtual modules the app imports (their ids and shape: src/data/wire.ts).
// Data is emitted as JSON.parse of a JSON string, never as object literals, so keys such as
// __proto__ stay plain data (and parse faster).
import type { Payload } from '../data/payload.ts'
import { chunkModuleId, parseChunkModuleId, TALKS_MODULE, type ChunkKind } from '../data/wire.ts'

const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

type Chunked = 'list' | 'summaries' | 'details' | 'profiles'
const chunked = (p: Payload): Record<Chunked, unknown[]> => ({ list: p.list, summaries: p.summaries, details: p.details, profiles: p.profiles })

/** A table of one import per chunk: its own module, so the first load does not grow with the count. */
function loaderTable(kind: ChunkKind, count: number): string {
  return `export default [${Array.from({ length: count }, (_, i) => `() => import(${JSON.stringify(chunkModuleId(kind, i))})`).join(',')}]\n`
}

function indexModule(payload: Payload): string {
  const table = (kind: Chunked) => `() => import(${JSON.stringify(chunkModuleId(kind))})`
  return `${jsonModule(payload.first)}
const pick = (table, n) => table().then((t) => (t.default[n] ? t.default[n]().then((m) => m.default) : []))
export const loadList = (n) => pick(${table('list')}, n)
export const loadSummaries = (n) => pick(${table('summaries')}, n)
export const loadDetails = (n) => pick(${table('details')}, n)
export const loadProfiles = (n) => pick(${table('profiles')}, n)
export const loadSpeakers = () => import(${JSON.stringify(chunkModuleId('speakers'))}).then((m) => m.default)
export const loadAliases = () => import(${JSON.stringify(chunkModuleId('aliases'))}).then((m) => m.default)
`
}

/** The module's source, or undefined for an id this plugin does not serve. */
export function moduleSource(id: string, payload: Payload): string | undefined {
  if (id === TALKS_MODULE) return indexModule(payload)
  const chunk = parseChunkModuleId(id)
  if (!chunk) return undefined
  if (chunk.kind === 'speakers') return chunk.n === undefined ? jsonModule(payload.speakers) : undefined
  if (chunk.kind === 'aliases') return chunk.n === undefined ? jsonModule(payload.aliases) : undefined
  const chunks = chunked(payload)[chunk.kind]
  return chunk.n === undefined ? loaderTable(chunk.kind, chunks.length) : jsonModule(chunks[chunk.n] ?? [])
}
