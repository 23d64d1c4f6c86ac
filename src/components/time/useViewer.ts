import { useSyncExternalStore } from 'react'
import type { Viewer } from '../../data/local-time.ts'

const MINUTE = 60_000
let snapshot: Viewer | undefined

// The same object for a whole minute: React compares snapshots by identity. The zone is read once a
// minute too: every card reads the snapshot on every render, and asking Intl for the zone each time
// was most of a re-render of the timeline.
function read(): Viewer {
  const now = Math.floor(Date.now() / MINUTE) * MINUTE
  if (!snapshot || snapshot.now !== now) snapshot = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, now }
  return snapshot
}

function subscribe(changed: () => void): () => void {
  const timer = setInterval(changed, MINUTE)
  return () => clearInterval(timer)
}

/**
 * The reader's zone and the current minute; undefined on the server and while hydrating, so the
 * prerendered HTML (the written time only) and the first client render agree, and the reader's
 * own time is added after.
 */
export function useViewer(): Viewer | undefined {
  return useSyncExternalStore(subscribe, read, () => undefined)
}
