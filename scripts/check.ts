// `npm run check [-- --content DIR]`: validates the talk files without building: every diagnostic as
// path:line:col, a content health report and the mapping coverage table; exit 1 on errors.
// Reads the same config as the build (TALKSHELF_SITE, TALKSHELF_CONFIG, talkshelf.config.ts).
import { resolve } from 'node:path'
import { compileCollection, FileCache } from '../src/compiler/compile.ts'
import { ConfigError, loadSiteConfig } from '../src/compiler/config/resolve.ts'
import { coverageTable } from '../src/compiler/coverage.ts'
import { formatDiagnostic } from '../src/compiler/diagnostics.ts'
import { healthReport } from '../src/compiler/health.ts'

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<number> {
  const root = process.cwd()
  const content = argValue('--content')
  const config = await loadSiteConfig({ root, env: process.env, contentDir: content ? resolve(content) : undefined })
  const options = { config, includeDrafts: false, root, cache: new FileCache() }
  const started = performance.now()
  const result = compileCollection(options)
  const ms = performance.now() - started

  for (const d of result.diagnostics) console.log(formatDiagnostic(d))
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length
  const warnings = result.diagnostics.length - errors
  console.log('')
  console.log(healthReport(result.index).join('\n'))
  console.log('')
  const compiled = result.compiled
  console.log(coverageTable(compiled).join('\n'))
  // Files that compile without errors and give no talk: ones Hugo would not render either.
  const unpublished = compiled.filter((c) => !c.talk && !c.diagnostics.some((d) => d.severity === 'error')).length
  console.log('')
  const fromData = result.files.length === 1 && !result.files[0]!.startsWith(config.contentDir)
  console.log(fromData ? `Talks data file: ${result.files[0]} (the talk folder ${config.contentDir} holds no page)` : `Talk folder: ${config.contentDir}${config.file ? ` (config: ${config.file})` : ''}`)
  console.log(
    `${fromData ? `${compiled.length} entries` : `${result.files.length} files`}: ${result.index.talks.length} talks compiled, ` +
      (unpublished ? `${unpublished} not published (drafts; headless, build.render never or expired; pages of another type, such as an event's welcome page; or left out by the transform; a schedule's breaks and pages it does not list), ` : '') +
      `${result.index.speakers.length} speakers; ` +
      `${errors} error${errors === 1 ? '' : 's'} in ${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${ms.toFixed(0)} ms)`,
  )
  return errors ? 1 : 0
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err)
    process.exitCode = 1
  },
)
