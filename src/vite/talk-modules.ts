// Source text of the virtual modules the app imports. Data is emitted as JSON.parse of a JSON
// string, never as object literals, so keys such as __proto__ stay plain data (and parse faster).
import type { ClientPayload } from '../data/wire.ts'

export const INDEX_ID = 'virtual:talks'
const PREFIX = 'virtual:talks/'

const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

function loaders(kind: string, count: number): string {
  return `[${Array.from({ length: count }, (_, i) => `() => import(${JSON.stringify(`${PREFIX}${kind}/${i}`)})`).join(',')}]`
}

export function isTalksModule(id: string): boolean {
  return id === INDEX_ID || id.startsWith(PREFIX)
}

/** The module's source, or undefined for an id this plugin does not serve. */
export function moduleSource(id: string, payload: ClientPayload): string | undefined {
  if (id === INDEX_ID) {
    return `${jsonModule(payload.list)}
const summaries = ${loaders('summaries', payload.summaries.length)}
const details = ${loaders('details', payload.details.length)}
const pick = (list, n) => (list[n] ? list[n]().then((m) => m.default) : Promise.resolve([]))
export const loadSummaries = (n) => pick(summaries, n)
export const loadDetails = (n) => pick(details, n)
export const loadProfiles = () => import('${PREFIX}profiles').then((m) => m.default)
export const loadAliases = () => import('${PREFIX}aliases').then((m) => m.default)
`
  }
  const [kind, n] = id.slice(PREFIX.length).split('/')
  if (kind === 'summaries') return jsonModule(payload.summaries[Number(n)] ?? [])
  if (kind === 'details') return jsonModule(payload.details[Number(n)] ?? [])
  if (kind === 'profiles') return jsonModule(payload.profiles)
  if (kind === 'aliases') return jsonModule(payload.aliases)
  return undefined
}
