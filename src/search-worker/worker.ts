// The search worker (its own runtime: WebWorker types, no DOM): matching and ranking run here, off
// the page's main thread, so typing never waits on them. The engine and its messages are
// runtime-neutral (src/data/search/); this file only connects them to the worker's port.
import { EngineHost } from '../data/search/engine-host.ts'
import type { ToEngine } from '../data/search/protocol.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope

const host = new EngineHost(
  (message, transfer) => scope.postMessage(message, transfer ?? []),
  (url) => fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`)))),
)

scope.onmessage = (event: MessageEvent<ToEngine>) => host.receive(event.data)
