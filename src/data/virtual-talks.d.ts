// Hand-written declaration of the module the talks plugin serves (src/data/plugin/index.ts).
declare module 'virtual:talks' {
  const index: import('./types').TalkIndex
  export default index
  /** Loads one chunk of rendered talk bodies (see Talk.bodyChunk). */
  export function loadBodyChunk(chunk: number): Promise<import('./types').TalkBody[]>
}
