// Bytes → text: strict UTF-8, then repair of double-encoded runs ("weâ€™ve" → "we’ve"), each
// located; an empty file is reported here, before anything tries to parse it.
import { diag, type Diagnostic } from './diagnostics.ts'
import { repairMojibake } from './mojibake.ts'
import { lineAt, lineIndex } from './positions.ts'

export function decodeUtf8(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const at = lineAt(lossy, Math.max(0, lossy.indexOf('\uFFFD')), 1)
    diagnostics.push(diag(file, at.line, at.column, 'not-utf8', 'The file is not UTF-8 text: re-save it with UTF-8 encoding.'))
    return undefined
  }
}

function repairText(file: string, text: string, diagnostics: Diagnostic[]): string {
  const { text: fixed, repairs } = repairMojibake(text)
  const where = lineIndex(text, 1)
  for (const r of repairs) {
    const at = where(r.offset)
    diagnostics.push(diag(file, at.line, at.column, 'repaired-text', `Repaired double-encoded text "${r.from}" → "${r.to}": fix the file's encoding to silence this.`))
  }
  return fixed
}

/** The file's text, ready to split, or undefined when there is nothing to compile. */
export function decodeTalkFile(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string | undefined {
  const decoded = decodeUtf8(file, bytes, diagnostics)
  if (decoded === undefined) return undefined
  if (!decoded.trim()) {
    diagnostics.push(diag(file, 1, 1, 'empty-file', 'The file is empty: a talk needs front matter with at least a title and a date.'))
    return undefined
  }
  return repairText(file, decoded, diagnostics)
}
