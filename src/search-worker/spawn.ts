// Starts the search worker (src/search-worker/worker.ts). Vite bundles the worker as a file of its
// own from this `new URL(…, import.meta.url)` form; the page's CSP allows it (worker-src 'self').
import type { EnginePort } from '../data/search-client.ts'

export function spawnSearchWorker(): EnginePort {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'talkshelf-search' }) as unknown as EnginePort
}
