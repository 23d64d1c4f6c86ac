// Source text of the virtual modules the app imports (their ids and shape: src/data/wire.ts).
// Data is emitted as JSON.parse of a JSON string, never as object literals, so keys such as
// __proto__ stay plain data (and parse faster).
import type { Payload } from '../data/payload.ts'
import { chunkModuleId, parseChunkModuleId, TALKS_MODULE, type ChunkKind } from '../data/wire.ts'

const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

function loaders(kind: ChunkKind, count: number): string {
  return `[${Array.from({ length: count }, (_, i) => `() => import(${JSON.stringify(chunkModuleId(kind, i))})`).join(',')}]`
}

function indexModule(payload: Payload): string {
  return `${jsonModule(payload.first)}
const list = ${loaders('list', payload.list.length)}
const summaries = ${loaders('summaries', payload.summaries.length)}
const details = ${loaders('details', payload.details.length)}
const profiles = ${loaders('profiles', payload.profiles.length)}
const pick = (loaders, n) => (loaders[n] ? loaders[n]().then((m) => m.default) : Promise.resolve([]))
export const loadList = (n) => pick(list, n)
export const loadSummaries = (n) => pick(summaries, n)
export const loadDetails = (n) => pick(details, n)
export const loadProfiles = (n) => pick(profiles, n)
export const loadSpeakers = () => import(${JSON.stringify(chunkModuleId('speakers'))}).then((m) => m.default)
export const loadAliases = () => import(${JSON.stringify(chunkModuleId('aliases'))}).then((m) => m.default)
`
}

/** The module's source, or undefined for an id this plugin does not serve. */
export function moduleSource(id: string, payload: Payload): string | undefined {
  if (id === TALKS_MODULE) return indexModule(payload)
  const chunk = parseChunkModuleId(id)
  switch (chunk?.kind) {
    case 'list':
      return jsonModule(payload.list[chunk.n] ?? [])
    case 'summaries':
      return jsonModule(payload.summaries[chunk.n] ?? [])
    case 'details':
      return jsonModule(payload.details[chunk.n] ?? [])
    case 'profiles':
      return jsonModule(payload.profiles[chunk.n] ?? [])
    case 'speakers':
      return jsonModule(payload.speakers)
    case 'aliases':
      return jsonModule(payload.aliases)
    default:
      return undefined
  }
}
