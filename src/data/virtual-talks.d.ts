// The modules the talks plugin serves (ids and shape: src/data/wire.ts; source: src/vite/talk-modules.ts).
declare module 'virtual:talks' {
  type M = import('./wire').TalksModule
  const first: M['default']
  export default first
  export const loadList: M['loadList']
  export const loadSpeakers: M['loadSpeakers']
  export const loadSummaries: M['loadSummaries']
  export const loadDetails: M['loadDetails']
  export const loadProfiles: M['loadProfiles']
  export const loadAliases: M['loadAliases']
  export const loadSearch: M['loadSearch']
  export const searchChunkUrl: M['searchChunkUrl']
}
