// The inverted word index (src/data/search/word-index.ts): which documents a query word matches,
// scored by how (exact, prefix, typo) and where (title > speakers > tags and event > body).
import { describe, expect, it } from 'vitest'
import { words } from '../../src/data/search/text.ts'
import { FIELD_WEIGHTS, WordIndex, type TokenMatch } from '../../src/data/search/word-index.ts'

const TITLE = 0
const SPEAKERS = 1
const META = 2
const BODY = 3

/** A token's matches as doc → score. */
const scores = (m: TokenMatch) => new Map([...m.docs].map((d) => [d, m.score[d]!]))

describe('WordIndex', () => {
  it('weights fields: title above speakers above tags and event above the body', () => {
    expect([...FIELD_WEIGHTS]).toEqual([4, 3, 2, 1])
    const index = new WordIndex()
    index.add(0, TITLE, 'Cheetah')
    index.add(1, SPEAKERS, 'Cheetah')
    index.add(2, META, 'Cheetah')
    index.add(3, BODY, 'Cheetah')
    expect(scores(index.match('cheetah'))).toEqual(new Map([[0, 4], [1, 3], [2, 2], [3, 1]]))
    expect([...index.match('cheetah').field.slice(0, 4)]).toEqual([TITLE, SPEAKERS, META, BODY])
  })

  it('scores an exact word 1, a prefix 0.7 and a typo 0.5, times the field weight', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'Is there a cheetah within your Calico?')
    expect(index.match('cheetah').score[0]).toBeCloseTo(4)
    expect(index.match('chee').score[0]).toBeCloseTo(2.8)
    expect(index.match('cheetha').score[0]).toBeCloseTo(2)
    expect(index.match('calcio').score[0]).toBeCloseTo(2)
    expect(index.match('zebra').docs).toHaveLength(0)
  })

  it('ranks an exact match above a prefix and a prefix above a typo', () => {
    const index = new WordIndex()
    for (const [doc, title] of ['net', 'network', 'nut', 'networks'].entries()) index.add(doc, TITLE, title)
    expect([...index.search(['net']).docs]).toEqual([0, 1, 3])
    const index2 = new WordIndex()
    for (const [doc, title] of ['ciliumctl', 'cilium', 'cilum', 'calico'].entries()) index2.add(doc, TITLE, title)
    // "cilium" exact; "ciliumctl" by prefix; "cilum" one deletion away; "calico" not at all.
    expect([...index2.search(['cilium']).docs]).toEqual([1, 0, 2])
  })

  it('allows typos by word length: none under 4 letters, one under 8, two from 8', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'vpp ebpf wireguard')
    expect(index.match('vpx').docs).toHaveLength(0)
    expect([...index.match('ebpx').docs]).toEqual([0])
    expect(index.match('exbx').docs).toHaveLength(0)
    expect([...index.match('wiregard').docs]).toEqual([0])
    expect([...index.match('wyregard').docs]).toEqual([0])
    expect(index.match('wyregart').docs).toHaveLength(0)
    // A typo anywhere, the first letters included, and a transposition.
    expect([...index.match('qireguard').docs]).toEqual([0])
    expect([...index.match('iwreguard').docs]).toEqual([0])
  })

  it('finds typos in a vocabulary of 30,000 words as a scan of every word would', () => {
    const index = new WordIndex()
    const vocabulary = Array.from({ length: 30_000 }, (_, i) => `w${(i * 7919).toString(36)}x${(i % 97).toString(36)}`)
    vocabulary.forEach((w, doc) => index.add(doc, BODY, w))
    for (const token of ['w1ax1', 'wabcdx2', 'w2zzzx5', 'w10x1']) {
      const expected = vocabulary.flatMap((w, doc) => (w === token || w.startsWith(token) || (w.length >= token.length - 1 && w.length <= token.length + 1 && editDistanceAtMost1(token, w)) ? [doc] : []))
      expect([...index.match(token).docs], token).toEqual(expected)
    }
  })

  it('folds accents and case on both sides', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'Réseaux rapides')
    expect(index.match('reseaux').score[0]).toBe(4)
    expect(index.match(words('RÉSEAUX')[0]!).score[0]).toBe(4)
  })

  it('keeps the best score per document and the field it came from, not a sum over fields', () => {
    const index = new WordIndex()
    index.add(0, BODY, 'Calico calico calico')
    index.add(0, TITLE, 'Calico')
    const m = index.match('calico')
    expect(scores(m)).toEqual(new Map([[0, 4]]))
    expect(m.field[0]).toBe(TITLE)
  })

  it('needs every word, each in any field, and sums their scores', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'Is there a cheetah within your Calico?')
    index.add(0, SPEAKERS, 'Chris Tomkins Project Calico/Tigera')
    index.add(0, META, 'FOSDEM')
    index.add(1, TITLE, 'Cheetahs in the wild')
    index.add(2, SPEAKERS, 'Chris Tomkins')
    index.add(3, BODY, 'We met a cheetah at FOSDEM.')
    const both = index.search(['tomkins', 'cheetah'])
    expect([...both.docs]).toEqual([0])
    expect([...both.scores]).toEqual([3 + 4])
    expect([...index.search(['fosdem', 'cheetah']).docs]).toEqual([0, 3])
    expect([...index.search(['cheetah']).docs]).toEqual([0, 1, 3])
    expect(index.search(['tomkins', 'zebra']).docs).toHaveLength(0)
    expect(index.search([]).docs).toHaveLength(0)
  })

  it('finds documents matching any word, best first, for the closest matches', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'cheetah')
    index.add(1, TITLE, 'cheetah calico')
    index.add(2, BODY, 'calico')
    expect([...index.search(['cheetah', 'calico', 'xylophone'], 'any').docs]).toEqual([1, 0, 2])
  })

  it('orders by score, then by document number', () => {
    const index = new WordIndex()
    index.add(0, BODY, 'vpp')
    index.add(1, TITLE, 'vpp')
    index.add(2, BODY, 'vpp')
    index.add(3, SPEAKERS, 'vpp')
    expect([...index.search(['vpp']).docs]).toEqual([1, 3, 0, 2])
  })

  it('caches a word’s matches, and never serves a stale cache after more text is added', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'calico')
    const first = index.match('calico')
    expect(index.match('calico')).toBe(first)
    index.add(1, BODY, 'calico')
    const second = index.match('calico')
    expect(second).not.toBe(first)
    expect([...second.docs]).toEqual([0, 1])
  })

  it('stays correct past the cache’s size limit', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'calico')
    const before = scores(index.match('calico'))
    for (let i = 0; i < 500; i++) index.match(`word${i}`)
    expect(scores(index.match('calico'))).toEqual(before)
  })
})

/** Levenshtein distance ≤ 1 (with a transposition counting 1), the plain way. */
function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]))
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!])
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true
  return false
}
