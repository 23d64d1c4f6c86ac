// Values the prerendered HTML cannot know (the reader's zone, their list, whether the app runs) are
// left out of the render that takes the page over, so it matches the HTML, and come in after it.
// React's own way (useSyncExternalStore with a server snapshot that differs) re-renders every such
// component at once, synchronously, right after hydration: 70–100 ms in one task on a timeline at
// 10,000 talks. Here one switch at the app's root flips in a transition, which React renders in
// slices.
import { createContext, startTransition, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'

/** Outside the app's shell (a component rendered on its own, in tests) there is nothing to take over. */
const Hydrated = createContext(true)

/** Around the app: false on the server and while the page is taken over, true from the next transition on. */
export function HydrationSwitch({ children }: { children: ReactNode }) {
  const [done, setDone] = useState(false)
  useEffect(() => startTransition(() => setDone(true)), [])
  return <Hydrated.Provider value={done}>{children}</Hydrated.Provider>
}

/** False on the server and while the prerendered page is taken over, true after. */
export function useHydrated(): boolean {
  return useContext(Hydrated)
}

/**
 * A store's value once the page is hydrated, `serverValue` before (and on the server). Until then
 * the store is not read at all (the reader's zone costs ~30 ms of Intl's locale data the first
 * time), and React, reading `serverValue` both ways, sees no difference to re-render for.
 */
export function useClientStore<T>(subscribe: (changed: () => void) => () => void, snapshot: () => T, serverValue: T): T {
  const ready = useHydrated()
  const before = () => serverValue
  return useSyncExternalStore(subscribe, ready ? snapshot : before, before)
}
