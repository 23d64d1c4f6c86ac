// Search in three layers: text normalisation and typo distance (text.ts), the inverted word index
// that narrows a query to candidates (word-index.ts), and TalkSearch, which ranks the candidates
// with fuse.js (talk-search.ts) — plus searchTalks on the real bundled talks.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog, loadedTalks, talkBySlug } from '../../src/data/catalog.ts'
import { searchTalks } from '../../src/data/search-service.ts'
import { ensureAllSummaries, summaryOf } from '../../src/data/summaries.ts'
import { TalkSearch, type SearchHit } from '../../src/data/search/talk-search.ts'
import { allowedEdits, editDistance, fold, words } from '../../src/data/search/text.ts'
import { FIELD_WEIGHTS, WordIndex } from '../../src/data/search/word-index.ts'
import type { SpeakerRow } from '../../src/data/types.ts'
import type { TalkRow } from '../../src/data/wire.ts'

const CHEETAH = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'
const WIREGUARD = '2021-10-12-calico-vpp-low-trust-edge-network-no-problem'

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

/** The text each highlight range covers. */
function marked(text: string, ranges: [number, number][] | undefined): string[] {
  return (ranges ?? []).map(([a, b]) => text.slice(a, b + 1))
}

/** Every range is inclusive, inside the text, at least three characters long (shorter is noise). */
function expectValidRanges(text: string, ranges: [number, number][] | undefined) {
  for (const [a, b] of ranges ?? []) {
    expect(Number.isInteger(a) && Number.isInteger(b)).toBe(true)
    expect(a).toBeGreaterThanOrEqual(0)
    expect(b - a).toBeGreaterThanOrEqual(2)
    expect(b).toBeLessThan(text.length)
  }
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

describe('WordIndex', () => {
  const TITLE = 0
  const SPEAKERS = 1
  const EVENT = 2
  const SUMMARY = 3

  it('weights fields: title 3, speakers 2, event 1, summary 1', () => {
    expect([...FIELD_WEIGHTS]).toEqual([3, 2, 1, 1])
    const index = new WordIndex()
    index.add(0, TITLE, 'Cheetah')
    index.add(1, SPEAKERS, 'Cheetah')
    index.add(2, EVENT, 'Cheetah')
    index.add(3, SUMMARY, 'Cheetah')
    expect(index.match('cheetah')).toEqual(
      new Map([
        [0, 3],
        [1, 2],
        [2, 1],
        [3, 1],
      ]),
    )
  })

  it('scores an exact word 1, a prefix 0.7 and a typo 0.5, times the field weight', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'Is there a cheetah within your Calico?')
    expect(index.match('cheetah').get(0)).toBeCloseTo(3)
    expect(index.match('chee').get(0)).toBeCloseTo(2.1)
    expect(index.match('cheetha').get(0)).toBeCloseTo(1.5)
    expect(index.match('calcio').get(0)).toBeCloseTo(1.5)
    expect(index.match('zebra').size).toBe(0)
  })

  it('ranks an exact match above a prefix and a prefix above a typo', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'net')
    index.add(1, TITLE, 'network')
    index.add(2, TITLE, 'nut')
    index.add(3, TITLE, 'networks')
    expect(index.search(['net']).map((h) => h.doc)).toEqual([0, 1, 3])
    const index2 = new WordIndex()
    index2.add(0, TITLE, 'ciliumctl')
    index2.add(1, TITLE, 'cilium')
    index2.add(2, TITLE, 'cilum')
    index2.add(3, TITLE, 'calico')
    // "cilium" exact; "ciliumctl" by prefix; "cilum" one deletion away; "calico" not at all.
    expect(index2.search(['cilium']).map((h) => h.doc)).toEqual([1, 0, 2])
  })

  it('allows typos by word length: none under 4 letters, one under 8, two from 8', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'vpp ebpf wireguard')
    expect(index.match('vpx').size).toBe(0)
    expect(index.match('ebpx').has(0)).toBe(true)
    expect(index.match('exbx').size).toBe(0)
    expect(index.match('wiregard').has(0)).toBe(true)
    expect(index.match('wyregard').has(0)).toBe(true)
    expect(index.match('wyregart').size).toBe(0)
  })

  it('folds accents and case on both sides', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'Réseaux rapides')
    expect(index.match('reseaux').get(0)).toBe(3)
    expect(index.match(words('RÉSEAUX')[0]!).get(0)).toBe(3)
  })

  it('keeps the best score per talk, not a sum over fields', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'Calico')
    index.add(0, SUMMARY, 'Calico calico calico')
    expect(index.match('calico')).toEqual(new Map([[0, 3]]))
  })

  it('needs every word, each in any field, and sums their scores', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'Is there a cheetah within your Calico?')
    index.add(0, SPEAKERS, 'Chris Tomkins Project Calico/Tigera')
    index.add(0, EVENT, 'FOSDEM')
    index.add(1, TITLE, 'Cheetahs in the wild')
    index.add(2, SPEAKERS, 'Chris Tomkins')
    expect(index.search(['tomkins', 'cheetah'])).toEqual([{ doc: 0, score: 2 + 3 }])
    expect(index.search(['fosdem', 'cheetah'])).toEqual([{ doc: 0, score: 1 + 3 }])
    expect(index.search(['cheetah']).map((h) => h.doc)).toEqual([0, 1])
    expect(index.search(['tomkins', 'zebra'])).toEqual([])
    expect(index.search([])).toEqual([])
  })

  it('orders by score, then by position', () => {
    const index = new WordIndex()
    index.add(0, SUMMARY, 'vpp')
    index.add(1, TITLE, 'vpp')
    index.add(2, SUMMARY, 'vpp')
    index.add(3, SPEAKERS, 'vpp')
    expect(index.search(['vpp']).map((h) => h.doc)).toEqual([1, 3, 0, 2])
  })

  it('caches a word’s matches, and never serves a stale cache after more text is added', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'calico')
    const first = index.match('calico')
    expect(index.match('calico')).toBe(first)
    index.add(1, SUMMARY, 'calico')
    const second = index.match('calico')
    expect(second).not.toBe(first)
    expect([...second.keys()]).toEqual([0, 1])
  })

  it('stays correct past the cache’s size limit', () => {
    const index = new WordIndex()
    index.add(0, TITLE, 'calico')
    const before = index.match('calico')
    for (let i = 0; i < 500; i++) index.match(`word${i}`)
    expect(index.match('calico')).toEqual(before)
  })
})

function row(slug: string, title: string, speakers: string[] = [], extra: Partial<TalkRow> = {}): TalkRow {
  return { slug, title, date: '2024-01-01', year: 2024, speakers, tags: [], badges: [], pos: 0, ...extra }
}

describe('TalkSearch', () => {
  const speakers = new Map<string, SpeakerRow>([
    ['ann', { slug: 'ann', name: 'Ann Example', org: 'Tigera' }],
    ['bob', { slug: 'bob', name: 'Bob Example', org: 'Cisco' }],
  ])
  const talks: TalkRow[] = [
    row('ebpf', 'eBPF dataplane deep dive', ['ann'], { event: 'KubeCon' }),
    row('vpp', 'Userspace networking with VPP', ['bob'], { event: 'FOSDEM' }),
    row('wg', 'Encrypting pod traffic with WireGuard', ['ann', 'ghost'], { event: 'FOSDEM' }),
    row('cheetah', 'Is there a cheetah within your Calico?', ['ann', 'bob'], { event: 'FOSDEM' }),
  ].map((t, pos) => ({ ...t, pos }))
  const summaries = ['Kernel bypass without kernel modules.', 'Memif and fast packet processing.', 'Keys, peers and MTU.', 'Containers are lightweight & disposable.']
  const make = () => new TalkSearch(talks, speakers)

  it('finds talks by their tags, typos forgiven, combined with words from other fields', () => {
    const tagged = [row('t1', 'Scaling clusters', ['ann'], { tags: ['observability', 'ebpf'] }), row('t2', 'Scaling teams', ['bob'])].map((t, pos) => ({ ...t, pos }))
    const search = new TalkSearch(tagged, speakers)
    expect(search.search('observabilty').map((h) => h.slug)).toEqual(['t1'])
    expect(search.search('scaling observability').map((h) => h.slug)).toEqual(['t1'])
    expect(search.search('scaling').map((h) => h.slug).sort()).toEqual(['t1', 't2'])
  })
  const slugs = (hits: SearchHit[]) => hits.map((h) => h.slug)

  it('finds nothing for a query with no usable word', () => {
    const search = make()
    for (const q of ['', ' ', 'a', 'a b c', '!!! ^^^', "'!^=$|\"", '🐆🐆', '\u202E\u200F']) expect(search.search(q)).toEqual([])
  })

  it('forgives typos', () => {
    const search = make()
    expect(slugs(search.search('wiregard'))).toEqual(['wg'])
    expect(slugs(search.search('userspce'))).toEqual(['vpp'])
    expect(slugs(search.search('calcio'))).toEqual(['cheetah'])
    expect(slugs(search.search('cheeta'))).toEqual(['cheetah'])
  })

  it('needs every word to match', () => {
    const search = make()
    expect(slugs(search.search('encrypting wireguard'))).toEqual(['wg'])
    expect(search.search('wireguard kubecon')).toEqual([])
    expect(search.search('cheetah xylophone')).toEqual([])
  })

  it('matches words found in different fields: speaker, org, event and title', () => {
    const search = make()
    expect(slugs(search.search('ann wireguard'))).toEqual(['wg'])
    expect(slugs(search.search('tigera encrypting'))).toEqual(['wg'])
    expect(slugs(search.search('fosdem cheetah'))).toEqual(['cheetah'])
    expect(slugs(search.search('bob fosdem')).sort()).toEqual(['cheetah', 'vpp'])
    expect(slugs(search.search('kubecon ann'))).toEqual(['ebpf'])
  })

  it('finds talks by speaker name and org, and skips unknown speakers', () => {
    const search = make()
    expect(slugs(search.search('ann')).sort()).toEqual(['cheetah', 'ebpf', 'wg'])
    expect(slugs(search.search('cisco')).sort()).toEqual(['cheetah', 'vpp'])
    expect(search.search('ghost')).toEqual([])
  })

  it('searches abstracts only once they are added, and adds each only once', () => {
    const search = make()
    expect(search.search('memif')).toEqual([])
    search.addSummaries(0, summaries.slice(0, 2))
    expect(slugs(search.search('memif'))).toEqual(['vpp'])
    expect(search.search('disposable')).toEqual([])
    search.addSummaries(2, summaries.slice(2))
    expect(slugs(search.search('disposable'))).toEqual(['cheetah'])
    // A chunk that arrives twice changes nothing.
    search.addSummaries(0, ['Something else entirely.', 'Other text.'])
    expect(slugs(search.search('memif'))).toEqual(['vpp'])
    expect(search.search('entirely')).toEqual([])
  })

  it('ranks best first, a title match above a speaker or abstract match', () => {
    const search = make()
    search.addSummaries(0, summaries)
    const hits = search.search('example')
    expect(hits).toHaveLength(4)
    const scores = hits.map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))

    const ranked = new TalkSearch(
      [row('in-summary', 'Something else', [], { pos: 0 }), row('in-title', 'Packet processing at speed', [], { pos: 1 })],
      new Map(),
    )
    ranked.addSummaries(0, ['Fast packet processing.', ''])
    expect(slugs(ranked.search('packet'))).toEqual(['in-title', 'in-summary'])
  })

  it('ranks a talk matching every word of a query above one matching one word well', () => {
    const many = ['tail latency at scale lessons learned', 'tail call optimisation', 'latency numbers', 'scale out lessons', 'at the tail of it']
    const search = new TalkSearch(many.map((title, pos) => row(`t${pos}`, title, [], { pos })), new Map())
    expect(slugs(search.search('tail latency'))[0]).toBe('t0')
    expect(slugs(search.search('latency scale lessons'))).toEqual(['t0'])
  })

  it('highlights the matched word in the title', () => {
    const search = make()
    const [hit] = search.search('wireguard')
    const title = talks.find((t) => t.slug === hit!.slug)!.title
    expectValidRanges(title, hit!.ranges.title)
    expect(marked(title, hit!.ranges.title).join('')).toBe('WireGuard')

    const [typo] = search.search('cheeta')
    expect(marked(talks[3]!.title, typo!.ranges.title)).toEqual(['cheeta'])
  })

  it('highlights a match in the abstract, and only titles and abstracts get ranges', () => {
    const search = make()
    search.addSummaries(0, summaries)
    const [hit] = search.search('memif')
    expect(hit!.slug).toBe('vpp')
    expectValidRanges(summaries[1]!, hit!.ranges.summary)
    expect(marked(summaries[1]!, hit!.ranges.summary)).toEqual(['Memif'])
    for (const h of search.search('ann example fosdem')) expect(Object.keys(h.ranges).every((k) => k === 'title' || k === 'summary')).toBe(true)
  })

  it('highlights the right characters after letters whose lower case is longer (İ)', () => {
    const title = 'DevFest İstanbul: İs there a cheetah?'
    const search = new TalkSearch([row('tr', title)], new Map())
    const [hit] = search.search('cheetah')
    expectValidRanges(title, hit!.ranges.title)
    expect(marked(title, hit!.ranges.title)).toEqual(['cheetah'])
    expect(slugs(search.search('istanbul'))).toEqual(['tr'])
  })

  it('returns every candidate, not just the ones it ranks in detail', () => {
    const many = Array.from({ length: 400 }, (_, pos) => row(`t${pos}`, `Kubernetes networking part ${pos}`, [], { pos }))
    const hits = new TalkSearch(many, new Map()).search('kubernetes')
    expect(hits).toHaveLength(400)
    expect(new Set(slugs(hits)).size).toBe(400)
  })

  it('uses the first 8 distinct words of a query, each up to 32 characters', () => {
    const long = 'x'.repeat(40)
    const search = new TalkSearch([row('long', `${long} one two three four five six seven eight`)], new Map())
    // A ninth word that matches nothing is ignored…
    expect(slugs(search.search('one two three four five six seven eight zebra'))).toEqual(['long'])
    // …repeats do not count towards the 8…
    expect(slugs(search.search('one one one one one one one one one two three four five six seven eight'))).toEqual(['long'])
    // …and an overlong word matches by its first 32 characters.
    expect(slugs(search.search('x'.repeat(10_000)))).toEqual(['long'])
    expect(slugs(search.search(`${'x'.repeat(32)}zzz`))).toEqual(['long'])
  })
})

describe('searchTalks on the bundled talks', () => {
  // Search covers the whole archive: it waits for the list, as the app does when someone searches.
  beforeAll(() => loadCatalog())
  const first = (q: string) => searchTalks(q)[0]?.slug
  const slugs = (q: string) => searchTalks(q).map((h) => h.slug)
  const bySpeaker = (slug: string) => loadedTalks().filter((t) => t.speakers.includes(slug)).map((t) => t.slug)

  it('"cheeta" ranks the cheetah talk first, highlighting "cheeta"', () => {
    const [hit] = searchTalks('cheeta')
    expect(hit?.slug).toBe(CHEETAH)
    const title = talkBySlug(CHEETAH)!.title
    expectValidRanges(title, hit!.ranges.title)
    expect(marked(title, hit!.ranges.title)).toEqual(['cheeta'])
  })

  it('"calcio" finds all five Calico talks, marking "Calico" in each title', () => {
    const hits = searchTalks('calcio')
    expect(hits).toHaveLength(5)
    for (const h of hits) {
      const title = talkBySlug(h.slug)!.title
      expect(title).toMatch(/calico/i)
      expectValidRanges(title, h.ranges.title)
      expect(marked(title, h.ranges.title).map((m) => m.toLowerCase())).toContain('calico')
    }
  })

  it('"wiregard" finds the WireGuard talk, and only it, marking inside "WireGuard"', () => {
    const hits = searchTalks('wiregard')
    expect(hits.map((h) => h.slug)).toEqual([WIREGUARD])
    const title = talkBySlug(WIREGUARD)!.title
    const at = title.indexOf('WireGuard')
    expect(hits[0]!.ranges.title!.length).toBeGreaterThan(0)
    for (const [a, b] of hits[0]!.ranges.title!) {
      expect(a).toBeGreaterThanOrEqual(at)
      expect(b).toBeLessThan(at + 'WireGuard'.length)
    }
  })

  it('finds talks by speaker and org', () => {
    expect(slugs('skrzypczak').sort()).toEqual(bySpeaker('nathan-skrzypczak').sort())
    expect(slugs('tomkins tigera').sort()).toEqual(bySpeaker('chris-tomkins').sort())
  })

  it('finds a talk by a speaker and a title word together', () => {
    expect(slugs('tomkins cheetah')).toEqual([CHEETAH])
    expect(slugs('nathan wireguard')).toEqual([WIREGUARD])
    expect(first('augustin pluggable')).toBe('2021-10-15-calico-vpp-using-calico-pluggable-dataplanes')
    // Both words must match: Casey gave no talk about a cheetah.
    expect(searchTalks('davenport cheetah')).toEqual([])
  })

  it('finds nothing for nonsense', () => {
    expect(searchTalks('xylophone')).toEqual([])
    expect(searchTalks('cheetah xylophone')).toEqual([])
    expect(searchTalks('x'.repeat(10_000))).toEqual([])
  })

  it('searches abstracts once they are loaded, and highlights there', async () => {
    await ensureAllSummaries()
    const hits = searchTalks('disposable')
    expect(hits.map((h) => h.slug)).toEqual([CHEETAH])
    const summary = summaryOf(talkBySlug(CHEETAH)!)!
    expectValidRanges(summary, hits[0]!.ranges.summary)
    expect(marked(summary, hits[0]!.ranges.summary)).toEqual(['disposable'])
    // Loading abstracts does not blur the typo searches.
    expect(slugs('wiregard')).toEqual([WIREGUARD])
    expect(first('cheeta')).toBe(CHEETAH)
  })

  describe('hostile input', () => {
    it('treats search operators as plain text', () => {
      const plain = slugs('calico vpp')
      expect(plain.length).toBeGreaterThan(0)
      expect(slugs("!calico ^'vpp$ | =x").sort()).toEqual([...plain].sort())
      expect(slugs('"calico" \'vpp').sort()).toEqual([...plain].sort())
      for (const q of ["'", '!', '^', '=', '$', '|', '"', "'!^=$|\"", '!!!', '^$', '|||', '="', "'\"'"]) expect(searchTalks(q)).toEqual([])
      expect(slugs('!cheetah')).toEqual([CHEETAH])
      expect(slugs('=cheetah$')).toEqual([CHEETAH])
    })

    it('handles 10,000-character queries', () => {
      expect(slugs('calico '.repeat(1_500).slice(0, 10_000))).toHaveLength(5)
      expect(slugs('wireguard calico '.repeat(600).slice(0, 10_000))).toEqual([WIREGUARD])
      expect(searchTalks('!'.repeat(10_000))).toEqual([])
      expect(searchTalks('🐆'.repeat(5_000))).toEqual([])
      const distinct = Array.from({ length: 2_000 }, (_, i) => `w${i}`).join(' ')
      expect(() => searchTalks(distinct)).not.toThrow()
    })

    it('ignores emoji and bidi controls around words', () => {
      expect(searchTalks('🐆')).toEqual([])
      expect(first('cheetah🐆')).toBe(CHEETAH)
      expect(first('🐆 cheetah 🐆')).toBe(CHEETAH)
      expect(first('\u202Echeetah\u202C')).toBe(CHEETAH)
      expect(first('\u200Fcheetah')).toBe(CHEETAH)
    })

    it('takes right-to-left and other scripts without throwing', () => {
      for (const q of ['שלום עולם', 'مرحبا بالعالم', 'كاليكو', 'Сети', '日本語のトーク', '\u0645\u0631\u062D\u0628\u0627 calico']) {
        expect(() => searchTalks(q)).not.toThrow()
      }
      expect(searchTalks('שלום עולם')).toEqual([])
      // An RTL word next to a real one still has to match: every word must.
      expect(searchTalks('מרחב calico')).toEqual([])
    })

    it('never throws, and returns each known talk at most once with valid ranges', () => {
      const titles = new Map(loadedTalks().map((t) => [t.slug, t.title]))
      const query = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.string({ unit: 'grapheme', maxLength: 50 }),
        fc.array(fc.constantFrom('calico', 'cheeta', 'vpp', 'tomkins', "'", '!', '^', '=', '$', '|', '"', ' ', '🐆', 'שלום', 'İ'), { maxLength: 20 }).map((parts) => parts.join('')),
      )
      fc.assert(
        fc.property(query, (q) => {
          const hits = searchTalks(q)
          expect(Array.isArray(hits)).toBe(true)
          const seen = hits.map((h) => h.slug)
          expect(new Set(seen).size).toBe(seen.length)
          for (const h of hits) {
            expect(titles.has(h.slug)).toBe(true)
            expect(Number.isFinite(h.score)).toBe(true)
            expectValidRanges(titles.get(h.slug)!, h.ranges.title)
            expectValidRanges(summaryOf(talkBySlug(h.slug)!) ?? '', h.ranges.summary)
          }
        }),
        { numRuns: 300 },
      )
    })
  })
})

describe('TalkSearch on arbitrary talks', () => {
  it('never throws, returns each slug at most once, and keeps ranges inside the text', () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('İstanbul cheetah', 'Café Déjà-vu', 'שלום עולם', '🐆 calico'))
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, summary: text, event: fc.option(text, { nil: undefined }) }), { minLength: 1, maxLength: 12 }),
        fc.oneof(text, fc.string({ unit: 'binary', maxLength: 60 })),
        (docs, q) => {
          const rows = docs.map((d, pos) => row(`talk-${pos}`, d.title, ['s'], { pos, ...(d.event ? { event: d.event } : {}) }))
          const search = new TalkSearch(rows, new Map([['s', { slug: 's', name: 'Sam Speaker' }]]))
          search.addSummaries(0, docs.map((d) => d.summary))
          const hits = search.search(q)
          const seen = hits.map((h) => h.slug)
          expect(new Set(seen).size).toBe(seen.length)
          for (const h of hits) {
            const pos = Number(h.slug.slice('talk-'.length))
            expectValidRanges(docs[pos]!.title, h.ranges.title)
            expectValidRanges(docs[pos]!.summary, h.ranges.summary)
          }
          // Any word of a talk's title finds that talk.
          const word = words(docs[0]!.title)[0]
          if (word) expect(search.search(word).map((h) => h.slug)).toContain('talk-0')
        },
      ),
      { numRuns: 200 },
    )
  })
})
