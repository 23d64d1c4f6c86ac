// Why a talk matched: the words to mark in its title, speakers and passage (marks.ts), and the
// passage of its body around them when the match is there (snippet.ts).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markRanges, type Ranges } from '../../src/data/search/marks.ts'
import { snippetOf } from '../../src/data/search/snippet.ts'
import { queryWords } from '../../src/data/search/text.ts'

/** The text each range covers. */
const marked = (text: string, ranges: Ranges) => ranges.map(([a, b]) => text.slice(a, b + 1))
const marks = (text: string, query: string) => marked(text, markRanges(text, queryWords(query)))

describe('markRanges', () => {
  it('marks every word of "vpp gcp" in "Unleashing 100 Mpps with FD.io VPP on GCP"', () => {
    expect(marks('Unleashing 100 Mpps with FD.io VPP on GCP', 'vpp gcp')).toEqual(['VPP', 'GCP'])
  })

  it('marks exact words whole, a prefix as far as it was typed, and a typo’s whole word', () => {
    expect(marks('Kubernetes networking: is there a cheetah within your Calico?', 'kube cheeta calcio')).toEqual(['Kube', 'cheeta', 'Calico'])
    expect(marks('Low Trust Edge Network? Calico, VPP, and WireGuard', 'wiregard')).toEqual(['WireGuard'])
    expect(marks('Argo CD at scale', 'argo cd')).toEqual(['Argo', 'CD'])
  })

  it('marks every occurrence, and nothing that did not match', () => {
    expect(marks('Calico and calico/vpp, calicoctl', 'calico')).toEqual(['Calico', 'calico', 'calico'])
    expect(marks('Kubernetes networking', 'xylophone')).toEqual([])
    expect(marks('Kubernetes networking', '')).toEqual([])
  })

  it('keeps marks on the characters as written: accents, "İ", full-width letters, decomposed forms', () => {
    expect(marks('DevFest İstanbul: İs there a cheetah?', 'cheetah istanbul')).toEqual(['İstanbul', 'cheetah'])
    expect(marks('Réseaux à la Défense', 'reseaux defense')).toEqual(['Réseaux', 'Défense'])
    expect(marks('Ｃａｌｉｃｏ networking', 'calico')).toEqual(['Ｃａｌｉｃｏ'])
    expect(marks('Cafe\u0301 talk', 'caf')).toEqual(['Caf'])
    expect(marks('Cafe\u0301 talk', 'cafe')).toEqual(['Cafe\u0301'])
  })

  it('gives ranges inside the text, in order, never overlapping, for any text and query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 20 }), (text, query) => {
        let last = -1
        for (const [a, b] of markRanges(text, queryWords(query))) {
          expect(a).toBeGreaterThan(last)
          expect(b).toBeGreaterThanOrEqual(a)
          expect(b).toBeLessThan(text.length)
          last = b
        }
      }),
    )
  })
})

describe('snippetOf', () => {
  const body =
    'There are classes of workloads that are notoriously hungry when it comes to networking. ' +
    'Think big data, storage, analytics, then encrypt it all at 40Gbps line rates. ' +
    'Kubernetes and the Kubernetes network model are increasingly seen as essential to help manage these workloads. ' +
    'With memif, packets reach the pod without a copy, and hugepages keep the buffers pinned. ' +
    'The session closes with a checklist you can apply to your own clusters on Monday morning.'

  it('gives a short passage around the matched word, cut at words, with ellipses where it was cut', () => {
    const s = snippetOf(body, ['memif'])!
    expect(s).toContain('With memif, packets reach the pod')
    expect(s.length).toBeLessThanOrEqual(185)
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true)
    expect(body).toContain(s.slice(1, -1))
  })

  it('prefers the passage holding most of the matched words', () => {
    const s = snippetOf(body, ['hugepages', 'memif'])!
    expect(s).toContain('memif')
    expect(s).toContain('hugepages')
  })

  it('starts at the beginning when the match is there, and is undefined when nothing matches', () => {
    expect(snippetOf(body, ['workloads'])!.startsWith('There are classes')).toBe(true)
    expect(snippetOf('Short text about memif.', ['memif'])).toBe('Short text about memif.')
    expect(snippetOf(body, ['xylophone'])).toBeUndefined()
  })

  it('is always a piece of the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.constantFrom('memif', 'ab', 'calico'), (text, token) => {
        const s = snippetOf(`${text} ${token} ${text}`, [token])!
        expect(`${text} ${token} ${text}`).toContain(s.replace(/^…/, '').replace(/…$/, ''))
      }),
    )
  })
})
