// The reader's own list of talks, kept in this browser (localStorage, no account). Every tab sees
// the same list: a change in one reaches the others through the storage event.
import { useClientStore, useHydrated } from '../ui/hydration.tsx'
import { site } from '../../data/site.ts'

export interface Entry {
  slug: string
  /** When it was added (ms). */
  added: number
  watched: boolean
}

// Per base path: two Talkshelf sites on one origin keep separate lists.
const KEY = `talkshelf-list:${site.base}`
const SLUG = /^[\p{L}\p{N}\p{M}._~-]{1,200}$/u
const EMPTY: readonly Entry[] = Object.freeze([])

/** A stored list, checked entry by entry: anything malformed is dropped, never thrown. */
export function parseEntries(text: string | null): Entry[] {
  let raw: unknown
  try {
    raw = JSON.parse(text ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(raw)) return []
  const seen = new Set<string>()
  const out: Entry[] = []
  for (const e of raw as Partial<Entry>[]) {
    if (!e || typeof e.slug !== 'string' || !SLUG.test(e.slug) || seen.has(e.slug)) continue
    seen.add(e.slug)
    out.push({ slug: e.slug, added: typeof e.added === 'number' ? e.added : 0, watched: e.watched === true })
  }
  return out
}

let entries: readonly Entry[] | undefined
const listeners = new Set<() => void>()

function current(): readonly Entry[] {
  if (!entries) {
    try {
      entries = parseEntries(localStorage.getItem(KEY))
    } catch {
      entries = [] // storage blocked: the list lives as long as the page
    }
  }
  return entries
}

function commit(next: readonly Entry[]): void {
  entries = next
  try {
    localStorage.setItem(KEY, JSON.stringify(next))
  } catch {
    // Private mode or a full quota: the list still works for this page.
  }
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY && e.key !== null) return
    entries = undefined
    listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The list, newest first; empty on the server (the prerendered page cannot know it). */
export function useMyList(): readonly Entry[] {
  return useClientStore(subscribe, current, EMPTY)
}

export const myList = {
  has: (slug: string) => current().some((e) => e.slug === slug),
  toggle(slug: string): void {
    commit(this.has(slug) ? current().filter((e) => e.slug !== slug) : [{ slug, added: Date.now(), watched: false }, ...current()])
  },
  setWatched(slug: string, watched: boolean): void {
    commit(current().map((e) => (e.slug === slug ? { ...e, watched } : e)))
  },
  /** Adds the slugs not in the list yet, in their order, before the rest. */
  addAll(slugs: readonly string[]): void {
    const known = new Set(current().map((e) => e.slug))
    const added: Entry[] = []
    for (const slug of slugs) {
      if (known.has(slug) || !SLUG.test(slug)) continue
      known.add(slug)
      added.push({ slug, added: Date.now(), watched: false })
    }
    commit([...added, ...current()])
  },
  /** For tests: forget what was read, as a fresh page would. */
  reload(): void {
    entries = undefined
    for (const l of listeners) l()
  },
}

/** False on the server and while hydrating, true once the app runs: for controls that need it. */
export const useIsClient = useHydrated
