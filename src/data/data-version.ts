// One version number for everything that loads after the first render (the rest of the list,
// summaries, speakers): views subscribe to it and re-read what is loaded.
let version = 0
const listeners = new Set<() => void>()

export function announce(): void {
  version++
  for (const l of listeners) l()
}

export const dataVersion = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  get: () => version,
}

/** Gives the main thread back between slices of work, so loading never blocks input for long. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
