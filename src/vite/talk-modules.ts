// Source text of the virtual modules the app imports (their ids and shape: src/data/wire.ts).
// Data is emitted as JSON.parse of a JSON string, never as object literals, so keys such as
// __proto__ stay plain data (and parse faster).
import { chunkModuleId, parseChunkModuleId, TALKS_MODULE, type ChunkKind, type ClientPayload } from '../data/wire.ts'

const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

function loaders(kind: ChunkKind, count: number): string {
  return `[${Array.from({ length: count }, (_, i) => `() => import(${JSON.stringify(chunkModuleId(kind, i))})`).join(',')}]`
}

function indexModule(payload: ClientPayload): string {
  return `${jsonModule(payload.list)}
const summaries = ${loaders('summaries', payload.summaries.length)}
const details = ${loaders('details', payload.details.length)}
const pick = (list, n) => (list[n] ? list[n]().then((m) => m.default) : Promise.resolve([]))
export const loadSummaries = (n) => pick(summaries, n)
export const loadDetails = (n) => pick(details, n)
export const loadProfiles = () => import(${JSON.stringify(chunkModuleId('profiles'))}).then((m) => m.default)
export const loadAliases = () => import(${JSON.stringify(chunkModuleId('aliases'))}).then((m) => m.default)
`
}

/** The module's source, or undefined for an id this plugin does not serve. */
export function moduleSource(id: string, payload: ClientPayload): string | undefined {
  if (id === TALKS_MODULE) return indexModule(payload)
  const chunk = parseChunkModuleId(id)
  switch (chunk?.kind) {
    case 'summaries':
      return jsonModule(payload.summaries[chunk.n] ?? [])
    case 'details':
      return jsonModule(payload.details[chunk.n] ?? [])
    case 'profiles':
      return jsonModule(payload.profiles)
    case 'aliases':
      return jsonModule(payload.aliases)
    default:
      return undefined
  }
}
