// A small seeded PRNG (mulberry32) so generated content is identical on every machine and run.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Index skewed towards 0: a few items are picked often, most rarely (like real speakers). */
  skewed(length: number, power: number): number
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const rng: Rng = {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (!items.length) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)]!
    },
    skewed: (length, power) => Math.min(length - 1, Math.floor(length * Math.pow(next(), power))),
    sample: (items, count) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
      }
      return copy.slice(0, count)
    },
    chars: (alphabet, length) => {
      let s = ''
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)]!
      return s
    },
  }
  return rng
}
