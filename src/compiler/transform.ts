// Runs the config's transform on a mapped talk: what it returns is checked against the talk's shape,
// and a transform that throws (or a data file it reads that does not parse) is a located error for
// this talk file, never a crash.
import { mappedTalkSchema, type MappedTalk } from './config/schema.ts'
import type { CompileContext } from './context.ts'
import { DataFileError } from './data-files.ts'
import { diag, type Diagnostic } from './diagnostics.ts'

/** The transformed talk; null when the transform leaves it out; undefined when it failed (reported). */
export function runTransform(talk: MappedTalk, frontMatter: Record<string, unknown>, file: string, ctx: CompileContext, diagnostics: Diagnostic[]): MappedTalk | null | undefined {
  const transform = ctx.config.transform
  if (!transform) return talk
  let out: unknown
  try {
    out = transform(structuredClone(talk), { frontMatter: structuredClone(frontMatter), file, readData: ctx.readData })
  } catch (err) {
    if (err instanceof DataFileError) diagnostics.push(diag(err.file, err.line, err.column, 'data-file', err.message))
    else diagnostics.push(diag(file, 1, 1, 'transform-failed', `The config's transform threw on this talk: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300)))
    return undefined
  }
  if (out === null) return null
  const parsed = mappedTalkSchema.safeParse(out)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'the talk'}: ${i.message}`).join('; ')
  diagnostics.push(diag(file, 1, 1, 'transform-shape', `The config's transform returned ${out === undefined ? 'nothing' : 'the wrong shape'} for this talk (${problems}): return the talk, changed, or null to leave it out.`))
  return undefined
}
