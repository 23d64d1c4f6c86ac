// Repairs UTF-8 text that was once decoded as Windows-1252 ("weâ€™ve" → "we’ve"), a common
// scar of content that passed through old CMSes. Only runs that decode to valid UTF-8 are touched.

// Windows-1252 bytes 0x80–0x9F map to these code points; the rest of the range is Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function cp1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0)
  const high = CP1252_HIGH.indexOf(ch)
  if (high >= 0) return 0x80 + high
  if (code >= 0xa0 && code <= 0xff) return code
  if (code < 0x80) return code
  return undefined
}

// A lead byte (Â–ô as Latin-1) followed by one to three continuation bytes (0x80–0xBF in cp1252).
const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0081\u008D\u008F\u0090\u009D]/g, '')}]`
const SEQUENCE = new RegExp(`[\\u00C2-\\u00F4]${CONT}{1,3}`, 'g')
const decoder = new TextDecoder('utf-8', { fatal: true })

function tryDecode(run: string): string | undefined {
  const bytes: number[] = []
  for (const ch of run) {
    const b = cp1252Byte(ch)
    if (b === undefined) return undefined
    bytes.push(b)
  }
  try {
    const out = decoder.decode(new Uint8Array(bytes))
    return [...out].length === 1 ? out : undefined
  } catch {
    return undefined
  }
}

export interface Repair {
  /** Offset of the repaired run in the original text. */
  offset: number
  from: string
  to: string
}

export function repairMojibake(text: string): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = []
  if (!/[\u00C2-\u00F4]/.test(text)) return { text, repairs }
  const out = text.replace(SEQUENCE, (run, offset: number) => {
    // Try the longest candidate first; a shorter prefix may be the real sequence.
    for (let len = run.length; len >= 2; len--) {
      const fixed = tryDecode(run.slice(0, len))
      if (fixed) {
        repairs.push({ offset, from: run.slice(0, len), to: fixed })
        return fixed + run.slice(len)
      }
    }
    return run
  })
  return { text: out, repairs }
}
