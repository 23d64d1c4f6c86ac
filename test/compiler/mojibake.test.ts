// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileFile } from '../../src/compiler/talk.ts'
import { repairMojibake } from '../../src/compiler/mojibake.ts'
import { MINIMAL, REPO_ROOT, brief, context, encode, talk } from './helpers.ts'

// Windows-1252 bytes 0x80–0x9F (the undefined ones kept as C1 controls); the rest is Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** What a UTF-8 text looks like after being decoded as Windows-1252. */
function garble(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('')
}

describe('repairMojibake', () => {
  it('repairs the common double-encoded punctuation', () => {
    expect(repairMojibake('weâ€™ve')).toEqual({ text: 'we’ve', repairs: [{ offset: 2, from: 'â€™', to: '’' }] })
    expect(repairMojibake('â€œquotedâ€\u009d â€“ dash â€” â€¦').text).toBe('“quoted” – dash — …')
  })

  it('repairs accented letters, symbols and four-byte emoji', () => {
    const input = 'Ã‰cole SÃ£o Â© ðŸ˜€ Ã\u00A0'
    const { text, repairs } = repairMojibake(input)
    expect(text).toBe('École São © 😀 à')
    // Offsets are in the text as it was, before any repair.
    expect(repairs.map((r) => [r.offset, r.from, r.to])).toEqual([
      [0, 'Ã‰', 'É'],
      [input.indexOf('Ã£'), 'Ã£', 'ã'],
      [input.indexOf('Â©'), 'Â©', '©'],
      [input.indexOf('ð'), 'ðŸ˜€', '😀'],
      [input.lastIndexOf('Ã'), 'Ã\u00A0', 'à'],
    ])
  })

  it('round-trips whatever Windows-1252 did to UTF-8 text', () => {
    for (const original of ['we’ve', 'Zürich – “Ελένη” ’s', 'naïve café 🚀', 'Ça va? Ñandú']) {
      expect(repairMojibake(garble(original)).text).toBe(original)
    }
  })

  it('leaves correct text alone, including Latin-1 letters that look like lead bytes', () => {
    for (const text of ['São Paulo', 'naïve café', 'Ãb', 'â€', 'Ã', 'Â hello', 'plain ascii', 'Ελένη', '']) {
      expect(repairMojibake(text)).toEqual({ text, repairs: [] })
    }
  })

  it('does not merge a valid sequence with a following continuation-looking character', () => {
    // "Ã©" is é; the "»" after it is a real guillemet, not part of the sequence.
    expect(repairMojibake('Ã©»').text).toBe('é»')
  })

  it('does not decode overlong or surrogate byte sequences', () => {
    expect(repairMojibake('Ã€').text).toBe('À') // C3 80: a real two-byte sequence
    expect(repairMojibake('à€€').repairs).toEqual([]) // E0 80 80 is overlong
    expect(repairMojibake('í\u00A0€').repairs).toEqual([]) // ED A0 80 would be a surrogate
  })
})

describe('repaired-text warnings in compiled files', () => {
  it('warns at the line and column of each repair (columns as written), in the front matter or the body', () => {
    const text = talk(['title = "Calicoâ€™s dataplanes"', 'date = "2023-02-05"'], 'Line one.\nSo weâ€™ve, and weâ€™re.')
    const r = compileFile('t.md', encode(text), context())
    expect(brief(r.diagnostics)).toEqual(['2:16 warning repaired-text', '6:6 warning repaired-text', '6:19 warning repaired-text'])
    expect(r.diagnostics[0]!.message).toBe('Repaired double-encoded text "â€™" → "’": fix the file\'s encoding to silence this.')
    expect(r.talk?.title).toBe('Calico’s dataplanes')
    expect(r.text).toBe('Line one. So we’ve, and we’re.')
  })

  it('counts lines the same with CRLF line endings', () => {
    const r = compileFile('t.md', encode(talk(MINIMAL, '\r\nweâ€™ve').replace(/\n/g, '\r\n')), context())
    expect(brief(r.diagnostics)).toEqual(['6:3 warning repaired-text'])
  })

  it('repairs the bundled talk at the line and column where "â€™" is written', () => {
    const name = 'content/talks/2021_02_07_calico_vpp_all_you_can_eat_networking_bringing_kubernetes_goodness_to_your_hungriest_workloads.md'
    const raw = readFileSync(join(REPO_ROOT, name), 'utf8')
    const lines = raw.split('\n')
    const line = lines.findIndex((l) => l.includes('weâ€™ve')) + 1
    const column = lines[line - 1]!.indexOf('â€™') + 1
    expect(line).toBe(12)

    const r = compileFile(name, encode(raw), context([], false))
    expect(r.diagnostics.filter((d) => d.code === 'repaired-text')).toEqual([
      { file: name, line, column, severity: 'warning', code: 'repaired-text', message: expect.stringContaining('"â€™" → "’"') },
    ])
    expect(r.text).toContain('what we’ve been cooking')
    expect(r.html).not.toContain('â€')
  })
})
