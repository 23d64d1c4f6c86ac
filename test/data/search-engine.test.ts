// The search engine (src/data/search/talk-search.ts) on small collections: every word must match
// some field, typos forgiven, ranked by where and how well; bodies and links join as they load.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TalkSearch, type DocFields } from '../../src/data/search/talk-search.ts'
import { words } from '../../src/data/search/text.ts'

const YT = 'dQw4w9WgXcQ'

/** [title, speakers (names and organisations), tags and event] of each talk, and their bodies. */
const DOCS: DocFields[] = [
  ['eBPF dataplane deep dive', 'Ann Example Tigera', 'KubeCon'],
  ['Userspace networking with VPP', 'Bob Example Cisco', 'FOSDEM'],
  ['Encrypting pod traffic with WireGuard', 'Ann Example Tigera', 'FOSDEM · security'],
  ['Is there a cheetah within your Calico?', 'Ann Example Tigera · Bob Example Cisco', 'FOSDEM'],
]
const BODIES = ['Kernel bypass without kernel modules.', 'Memif and fast packet processing, with hugepages.', 'Keys, peers and MTU.', 'Containers are lightweight & disposable.']
const LINKS = [[], [`youtube:${YT}`], ['url:fosdem.org/2021/schedule/event/wireguard'], ['vimeo:123456789', 'url:fosdem.org/2022/schedule/event/cheetah']]

function make(withBodies = true): TalkSearch {
  const s = new TalkSearch()
  s.addDocs(0, DOCS)
  if (withBodies) s.addTexts(0, { text: BODIES, links: LINKS })
  return s
}
const docs = (s: TalkSearch, query: string, mode?: 'all' | 'any') => [...s.search({ query, mode }).docs]

describe('TalkSearch', () => {
  it('finds nothing for a query with no usable word', () => {
    const s = make()
    for (const q of ['', ' ', 'a', 'a b c', '!!! ^^^', "'!^=$|\"", '🐆🐆', '\u202E\u200F']) expect(docs(s, q), q).toEqual([])
  })

  it('forgives typos', () => {
    const s = make()
    expect(docs(s, 'wiregard')).toEqual([2])
    expect(docs(s, 'userspce')).toEqual([1])
    expect(docs(s, 'calcio')).toEqual([3])
    expect(docs(s, 'cheeta')).toEqual([3])
  })

  it('needs every word to match, each in any field: title, speakers, organisation, tags, event, body', () => {
    const s = make()
    expect(docs(s, 'encrypting wireguard')).toEqual([2])
    expect(docs(s, 'tigera encrypting')).toEqual([2])
    expect(docs(s, 'security ann')).toEqual([2])
    expect(docs(s, 'fosdem cheetah')).toEqual([3])
    expect(docs(s, 'kubecon ann')).toEqual([0])
    expect(docs(s, 'memif cisco')).toEqual([1])
    expect(docs(s, 'wireguard kubecon')).toEqual([])
    expect(docs(s, 'cheetah xylophone')).toEqual([])
  })

  it('searches bodies once they are added, and adds each only once', () => {
    const s = make(false)
    expect(docs(s, 'memif')).toEqual([])
    s.addTexts(0, { text: BODIES.slice(0, 2), links: [] })
    expect(docs(s, 'memif')).toEqual([1])
    expect(docs(s, 'disposable')).toEqual([])
    s.addTexts(2, { text: BODIES.slice(2), links: [] })
    expect(docs(s, 'disposable')).toEqual([3])
    // A chunk that arrives twice changes nothing.
    s.addTexts(0, { text: ['Something else entirely.', 'Other text.'], links: [] })
    expect(docs(s, 'memif')).toEqual([1])
    expect(docs(s, 'entirely')).toEqual([])
  })

  it('ranks where a word is found: title above speakers above tags and event above the body', () => {
    const s = new TalkSearch()
    s.addDocs(0, [['Other', '', ''], ['Other', '', 'packet'], ['Packet processing at speed', '', ''], ['Other', 'Packet Person', '']])
    s.addTexts(0, { text: ['Fast packet processing.', '', '', ''], links: [] })
    expect(docs(s, 'packet')).toEqual([2, 3, 1, 0])
  })

  it('ranks a talk matching every word of a query above one matching one word well', () => {
    const titles = ['tail latency at scale lessons learned', 'tail call optimisation', 'latency numbers', 'scale out lessons', 'at the tail of it']
    const s = new TalkSearch()
    s.addDocs(0, titles.map((t): DocFields => [t, '', '']))
    expect(docs(s, 'tail latency')[0]).toBe(0)
    expect(docs(s, 'latency scale lessons')).toEqual([0])
  })

  it('gives the query’s words to mark, and a passage of the body where a word matched only there', () => {
    const s = make()
    const r = s.search({ query: 'cisco hugepages', snippets: 10 })
    expect([...r.docs]).toEqual([1])
    expect(r.tokens).toEqual(['cisco', 'hugepages'])
    expect(r.snippets).toEqual([[1, 'Memif and fast packet processing, with hugepages.']])
    // A match in the title or speakers needs no passage.
    expect(s.search({ query: 'cheetah', snippets: 10 }).snippets).toEqual([])
    // Passages only for the first results asked for.
    expect(s.search({ query: 'hugepages', snippets: 0 }).snippets).toEqual([])
  })

  it('finds the talk that links a pasted address, in any of its spellings, and a bare YouTube id', () => {
    const s = make()
    for (const q of [`https://www.youtube.com/watch?v=${YT}`, `https://youtu.be/${YT}`, `youtube.com/embed/${YT}`, `https://youtube.com/shorts/${YT}?feature=share`, YT]) expect(docs(s, q), q).toEqual([1])
    expect(docs(s, 'https://player.vimeo.com/video/123456789')).toEqual([3])
    expect(docs(s, 'http://www.fosdem.org/2022/schedule/event/cheetah/')).toEqual([3])
    // An address nobody links finds nothing, not talks sharing its words.
    expect(docs(s, 'https://fosdem.org/2022/schedule/event/')).toEqual([])
    expect(s.search({ query: `https://youtu.be/${YT}` }).tokens).toEqual([])
  })

  it('gives the best matches of any word for the closest talks, at most `limit`', () => {
    const s = make()
    expect(docs(s, 'cheetah wireguard xylophone', 'any').sort()).toEqual([2, 3])
    expect(s.search({ query: 'example', mode: 'any', limit: 2 }).docs).toHaveLength(2)
  })

  it('returns every match, not just the ones fuse.js ranks', () => {
    const s = new TalkSearch()
    s.addDocs(0, Array.from({ length: 400 }, (_, i): DocFields => [`Kubernetes networking part ${i}`, '', '']))
    const found = docs(s, 'kubernetes')
    expect(found).toHaveLength(400)
    expect(new Set(found).size).toBe(400)
  })

  it('uses the first 8 distinct words of a query, each up to 32 characters', () => {
    const long = 'x'.repeat(40)
    const s = new TalkSearch()
    s.addDocs(0, [[`${long} one two three four five six seven eight`, '', '']])
    expect(docs(s, 'one two three four five six seven eight zebra')).toEqual([0])
    expect(docs(s, 'one one one one one one one one one two three four five six seven eight')).toEqual([0])
    expect(docs(s, 'x'.repeat(10_000))).toEqual([0])
    expect(docs(s, `${'x'.repeat(32)}zzz`)).toEqual([0])
  })

  it('treats search operators as plain text', () => {
    const s = make()
    expect(docs(s, "!cheetah ^'calico$ | =")).toEqual([3])
    expect(docs(s, '"cheetah"')).toEqual([3])
  })
})

describe('TalkSearch on arbitrary talks', () => {
  it('never throws, returns each document at most once, and finds a talk by any word of its title', () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('İstanbul cheetah', 'Café Déjà-vu', 'שלום עולם', '🐆 calico', 'https://youtu.be/dQw4w9WgXcQ'))
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, body: text, event: text }), { minLength: 1, maxLength: 12 }), fc.oneof(text, fc.string({ unit: 'binary', maxLength: 60 })), (talks, q) => {
        const s = new TalkSearch()
        s.addDocs(0, talks.map((t): DocFields => [t.title, 'Sam Speaker', t.event]))
        s.addTexts(0, { text: talks.map((t) => t.body), links: talks.map(() => []) })
        const found = [...s.search({ query: q, snippets: 12 }).docs]
        expect(new Set(found).size).toBe(found.length)
        for (const d of found) expect(d >= 0 && d < talks.length).toBe(true)
        const word = words(talks[0]!.title)[0]
        if (word) expect(docs(s, word)).toContain(0)
      }),
      { numRuns: 200 },
    )
  })
})
