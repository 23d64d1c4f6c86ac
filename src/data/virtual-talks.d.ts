// Hand-written declaration of the modules the talks plugin serves (src/data/plugin/modules.ts).
declare module 'virtual:talks' {
  /** The eager list: compact rows for every talk, and the speakers. */
  const list: import('./types').ListPayload
  export default list
  /** Summaries of talks [n * summaryChunkSize, (n + 1) * summaryChunkSize), by timeline position. */
  export function loadSummaries(n: number): Promise<string[]>
  /** Full talk data with rendered bodies, [n * detailChunkSize, …), by timeline position. */
  export function loadDetails(n: number): Promise<import('./types').TalkDetail[]>
  export function loadProfiles(): Promise<import('./types').SpeakerProfile[]>
  /** Old Hugo paths (normalised) → talk slug. */
  export function loadAliases(): Promise<Record<string, string>>
}
