// The modules the talks plugin serves (ids and shape: src/data/wire.ts; source: src/vite/talk-modules.ts).
declare module 'virtual:talks' {
  const list: import('./wire').TalksModule['default']
  export default list
  export const loadSummaries: import('./wire').TalksModule['loadSummaries']
  export const loadDetails: import('./wire').TalksModule['loadDetails']
  export const loadProfiles: import('./wire').TalksModule['loadProfiles']
  export const loadAliases: import('./wire').TalksModule['loadAliases']
}
