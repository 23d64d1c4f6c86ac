import { useClientStore } from '../ui/hydration.tsx'
import type { Viewer } from '../../data/local-time.ts'

const MINUTE = 60_000
let snapshot: Viewer | undefined

// The same object for a whole minute: React compares snapshots by identity. The zone is read once a
// minute, and again when the first subscriber arrives (a new page): every card reads the snapshot on
// every render, and asking Intl for the zone each time was most of a re-render of the timeline.
function read(): Viewer {
  const now = Math.floor(Date.now() / MINUTE) * MINUTE
  if (!snapshot || snapshot.now !== now) snapshot = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, now }
  return snapshot
}

// One timer for every subscriber (a timeline has hundreds).
const listeners = new Set<() => void>()
let timer: ReturnType<typeof setInterval> | undefined

function subscribe(changed: () => void): () => void {
  if (!listeners.size) {
    snapshot = undefined
    timer = setInterval(() => listeners.forEach((l) => l()), MINUTE)
  }
  listeners.add(changed)
  return () => {
    listeners.delete(changed)
    if (!listeners.size) clearInterval(timer)
  }
}

/**
 * The reader's zone and the current minute; undefined on the server and while hydrating, so the
 * prerendered HTML (the written time only) and the first client render agree, and the reader's
 * own time is added after.
 */
export function useViewer(): Viewer | undefined {
  return useClientStore<Viewer | undefined>(subscribe, read, undefined)
}
