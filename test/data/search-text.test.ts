// Text normalisation and the one matching rule shared by the index and the highlighting
// (src/data/search/text.ts): folding, words, typo distance, how many typos a word may carry.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowedEdits, editDistance, EXACT, fold, matchQuality, PREFIX, queryWords, TYPO, words } from '../../src/data/search/text.ts'

/** Optimal-string-alignment distance, the plain full-matrix way, to check the fast one against. */
function referenceOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

describe('fold', () => {
  it('lowercases and drops accents', () => {
    expect(fold('Café Déjà-vu')).toBe('cafe deja-vu')
    expect(fold('ÉCOLE Zoë Ñandú')).toBe('ecole zoe nandu')
  })

  it('folds compatibility forms', () => {
    expect(fold('ﬁle')).toBe('file')
    expect(fold('Ｃａｌｉｃｏ')).toBe('calico')
  })

  it('gives decomposed and precomposed spellings the same form', () => {
    expect(fold('Cafe\u0301')).toBe(fold('Caf\u00e9'))
  })
})

describe('words', () => {
  it('keeps folded words of two letters or digits or more', () => {
    expect(words('  Calico  VPP a ')).toEqual(['calico', 'vpp'])
    expect(words('a b c')).toEqual([])
    expect(words('k8s in 5G')).toEqual(['k8s', 'in', '5g'])
  })

  it('splits on punctuation, so search operators are never part of a word', () => {
    expect(words("!calico ^vpp 'k8s$ =exact | or \"quoted\"")).toEqual(['calico', 'vpp', 'k8s', 'exact', 'or', 'quoted'])
    expect(words('Calico/VPP: Calico’s')).toEqual(['calico', 'vpp', 'calico'])
    expect(words("'!^=$|\"")).toEqual([])
  })

  it('folds accents inside words and keeps other scripts', () => {
    expect(words('Réseaux Kubernetes')).toEqual(['reseaux', 'kubernetes'])
    expect(words('שלום עולם')).toEqual(['שלום', 'עולם'])
    expect(words('Сети Kubernetes')).toEqual(['сети', 'kubernetes'])
  })

  it('ignores emoji and invisible controls', () => {
    expect(words('🐆 cheetah🐆fast')).toEqual(['cheetah', 'fast'])
    expect(words('\u202Ecalico\u200F')).toEqual(['calico'])
  })

  it('only ever yields folded words of letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        for (const w of words(text)) {
          expect(w).toMatch(/^[\p{L}\p{N}]{2,}$/u)
          expect(fold(w)).toBe(w)
        }
      }),
    )
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('calico', 'calico', 2)).toBe(0)
    expect(editDistance('wiregard', 'wireguard', 2)).toBe(1)
    expect(editDistance('userspce', 'userspace', 2)).toBe(1)
    expect(editDistance('calico', 'calicx', 2)).toBe(1)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
    expect(editDistance('', 'abc', 3)).toBe(3)
    expect(editDistance('abc', '', 3)).toBe(3)
  })

  it('counts an adjacent transposition as one edit: "calcio" is one from "calico"', () => {
    expect(editDistance('calcio', 'calico', 1)).toBe(1)
    expect(editDistance('calico', 'calcio', 1)).toBe(1)
    expect(editDistance('cheetha', 'cheetah', 1)).toBe(1)
    // Optimal string alignment: a transposed pair is not edited again ("ca" → "abc" is 3, not 2).
    expect(editDistance('ca', 'abc', 3)).toBe(3)
  })

  it('gives up early: anything beyond max comes back as more than max, without the full distance', () => {
    // Lengths alone rule it out.
    expect(editDistance('ab', 'abcdefgh', 2)).toBe(3)
    // The real distance is 8; the computation stops once every row exceeds the limit.
    expect(editDistance('abcdefgh', 'zyxwvuts', 1)).toBe(2)
    expect(editDistance('calico', 'vpp', 0)).toBe(1)
    // 40,000 × 40,000 cells would take many seconds; the early exit makes it immediate.
    const started = performance.now()
    expect(editDistance('a'.repeat(40_000), 'b'.repeat(40_000), 2)).toBe(3)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('agrees with the full-matrix distance up to max, and exceeds max exactly when it should', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 10 })
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const expected = referenceOsa(a, b)
        const got = editDistance(a, b, max)
        if (expected <= max) expect(got).toBe(expected)
        else expect(got).toBeGreaterThan(max)
      }),
    )
  })

  it('is symmetric', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 })
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b, 8)).toBe(editDistance(b, a, 8))
      }),
    )
  })
})

describe('allowedEdits', () => {
  it('allows no typo under 4 letters, one under 8, two from 8', () => {
    expect([0, 1, 2, 3].map(allowedEdits)).toEqual([0, 0, 0, 0])
    expect([4, 5, 6, 7].map(allowedEdits)).toEqual([1, 1, 1, 1])
    expect([8, 9, 20, 32].map(allowedEdits)).toEqual([2, 2, 2, 2])
  })
})

describe('matchQuality', () => {
  it('tells an exact word from a prefix, a typo and no match', () => {
    expect(matchQuality('calico', 'calico')).toBe(EXACT)
    expect(matchQuality('cal', 'calico')).toBe(PREFIX)
    expect(matchQuality('calcio', 'calico')).toBe(TYPO)
    expect(matchQuality('wiregard', 'wireguard')).toBe(TYPO)
    expect(matchQuality('calico', 'cal')).toBe(0)
    expect(matchQuality('vpx', 'vpp')).toBe(0)
    expect(matchQuality('zebra', 'calico')).toBe(0)
  })
})

describe('queryWords', () => {
  it('keeps the first 8 distinct words, each cut at 32 characters', () => {
    expect(queryWords('Calico  calico VPP')).toEqual(['calico', 'vpp'])
    expect(queryWords('a b c')).toEqual([])
    expect(queryWords('one two three four five six seven eight nine')).toHaveLength(8)
    expect(queryWords('x'.repeat(100))).toEqual(['x'.repeat(32)])
  })
})
