// Writes dist/sw.js after the pages: the precache manifest (every file with a revision from its
// content) in front of the worker's code (src/sw/service-worker.ts, types stripped), and the app
// shell it falls back to offline. A build whose files change gets a new sw.js, which is how
// browsers notice an update.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transformWithOxc } from 'vite'

/** The page the worker serves offline for a page it has not kept: the app, with an empty root. */
export const SHELL_FILE = 'shell.html'
const SOURCE = new URL('../sw/service-worker.ts', import.meta.url)

const revision = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16)

/** Every file under a folder of the out dir, as paths under the out dir. */
function filesUnder(outDir: string, folder: string): string[] {
  if (!existsSync(join(outDir, folder))) return []
  return readdirSync(join(outDir, folder), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(outDir, `${folder}/${e.name}`) : [`${folder}/${e.name}`]))
}

/**
 * The files to precache, as paths under the out dir: the app's scripts, styles and data files except
 * `lazy` ones (talk details and speaker profiles, fetched per page when opened), the theme script,
 * the icon and the shell.
 */
export function precacheFiles(outDir: string, lazy: ReadonlySet<string>): string[] {
  const code = filesUnder(outDir, 'assets').filter((f) => /\.(?:js|css|json)$/.test(f) && !lazy.has(f)).sort()
  return [...code, ...['theme.js', 'favicon.svg', SHELL_FILE].filter((f) => existsSync(join(outDir, f)))]
}

export interface ServiceWorkerResult {
  version: string
  files: number
  bytes: number
}

export async function writeServiceWorker(outDir: string, base: string, lazy: ReadonlySet<string>): Promise<ServiceWorkerResult> {
  const files = precacheFiles(outDir, lazy)
  let bytes = 0
  const precache = files.map((f): [string, string] => {
    const content = readFileSync(join(outDir, f))
    bytes += content.length
    return [`${base}${f}`, revision(content)]
  })
  const source = readFileSync(SOURCE, 'utf8')
  const { code } = await transformWithOxc(source, 'service-worker.ts')
  const version = revision(JSON.stringify(precache) + code)
  const config = { version, base, shell: `${base}${SHELL_FILE}`, precache }
  writeFileSync(join(outDir, 'sw.js'), `const __SW__ = ${JSON.stringify(config)};\n${code}`)
  return { version, files: files.length, bytes }
}
