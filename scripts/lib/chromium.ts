// Which Chromium the browser tests, the screenshots script and the benchmark drive, and how they launch it.
// One place decides, in this order:
//
//   1. CHROMIUM_PATH, when set and an executable file. Set but missing (or not executable), it is skipped
//      with a warning and the next candidate is tried: a stale CHROMIUM_PATH should not stop the tests
//      when another browser is at hand, and the warning says why it was not used.
//   2. A system Chromium: /usr/bin/chromium (Debian's `apt-get install chromium`). CHROMIUM_SYSTEM_PATHS
//      (a `:`-separated list) replaces the candidates; set it empty to ignore every system browser.
//   3. The Chromium that the npm package @sparticuz/chromium ships inside its tarball (a devDependency,
//      so `npm ci` installs it; no install script, no download). It is chrome-headless-shell for Linux
//      x64, brotli-compressed with the NSS libraries and fonts it needs; the first use unpacks it once
//      into node_modules/.cache/talkshelf-chromium/VERSION/ (about 3 s, 210 MB), later ones reuse it.
//
// Only the package's files are used, not its JavaScript: its executablePath() unpacks into a shared
// /tmp/chromium that it reuses whatever version wrote it, and its recommended args are for AWS Lambda
// (--single-process, --disable-web-security, ...), which would change what the tests test. Every browser
// gets the project's flags below. The choice is printed once to stderr ("browser: ... (npm)").
import { accessSync, constants, createReadStream, createWriteStream, existsSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliDecompress, createBrotliDecompress } from 'node:zlib'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

/** Flags for every browser (playwright adds --headless itself). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const DEFAULT_SYSTEM_PATHS = ['/usr/bin/chromium']
export const NPM_PACKAGE = '@sparticuz/chromium'

export interface ChosenBrowser {
  executablePath: string
  source: 'CHROMIUM_PATH' | 'system' | 'npm'
  /** What the log line says, e.g. "/usr/bin/chromium (system)" or "@sparticuz/chromium 153.0.0 (npm)". */
  label: string
  /** Variables the browser needs on top of the environment (the npm one: its libraries and fonts). */
  env: Record<string, string>
}

export interface FindOptions {
  /** Where CHROMIUM_PATH and CHROMIUM_SYSTEM_PATHS are read; process.env by default (the browser itself always gets process.env). */
  env?: Record<string, string | undefined>
  /** System candidates, in order; default CHROMIUM_SYSTEM_PATHS, else /usr/bin/chromium. */
  systemPaths?: readonly string[]
  /** The npm package to fall back on (tests name one that is not installed). */
  npmPackage?: string
  /** Where the npm Chromium is unpacked; default node_modules/.cache/talkshelf-chromium/VERSION. */
  cacheDir?: string
  platform?: string
  arch?: string
  /** Receives the choice and warnings, one line each; default stderr, each line once per process. */
  log?: (line: string) => void
}

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError'
}

const FIX = 'set CHROMIUM_PATH to a Chromium or Chrome executable, or install one (Debian/Ubuntu: apt-get install chromium)'

/** Writes each distinct line to stderr once per process; child processes (Vitest's workers) inherit what was said. */
export function logOnceToStderr(write: (text: string) => void = (text) => void process.stderr.write(text)): (line: string) => void {
  return (line) => {
    const said = (process.env.TALKSHELF_BROWSER_SAID ?? '').split('\n')
    if (said.includes(line)) return
    process.env.TALKSHELF_BROWSER_SAID = [...said.filter(Boolean), line].join('\n')
    write(line + '\n')
  }
}
const stderrOnce = logOnceToStderr()

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Decides which Chromium to use (unpacking the npm one if that is the choice); throws ChromiumNotFoundError naming what is missing. */
export async function findChromium(options: FindOptions = {}): Promise<ChosenBrowser> {
  const env = options.env ?? process.env
  const log = options.log ?? stderrOnce
  const chosen = await choose(env, options, log)
  log(`browser: ${chosen.label}`)
  return chosen
}

async function choose(env: Record<string, string | undefined>, options: FindOptions, log: (line: string) => void): Promise<ChosenBrowser> {
  const tried: string[] = []
  const explicit = env.CHROMIUM_PATH
  if (explicit) {
    if (isExecutableFile(explicit)) return { executablePath: explicit, source: 'CHROMIUM_PATH', label: `${explicit} (CHROMIUM_PATH)`, env: {} }
    const why = existsSync(explicit) ? 'is not an executable file' : 'does not exist'
    log(`browser: warning: CHROMIUM_PATH=${explicit} ${why}; looking for another Chromium`)
    tried.push(`CHROMIUM_PATH=${explicit} ${why}`)
  } else {
    tried.push('CHROMIUM_PATH is not set')
  }

  const systemPaths = options.systemPaths ?? (env.CHROMIUM_SYSTEM_PATHS !== undefined ? env.CHROMIUM_SYSTEM_PATHS.split(':').filter(Boolean) : DEFAULT_SYSTEM_PATHS)
  for (const path of systemPaths) {
    if (isExecutableFile(path)) return { executablePath: path, source: 'system', label: `${path} (system)`, env: {} }
  }
  tried.push(systemPaths.length ? `no system Chromium at ${systemPaths.join(', ')}` : 'system browsers are ignored (CHROMIUM_SYSTEM_PATHS is empty)')

  return npmChromium(options, tried, log)
}

/** The package's folder, or undefined when it is not installed. */
function packageDir(name: string): string | undefined {
  let main: string
  try {
    main = createRequire(import.meta.url).resolve(name)
  } catch {
    return undefined
  }
  for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir
  }
  return undefined
}

async function npmChromium(options: FindOptions, tried: string[], log: (line: string) => void): Promise<ChosenBrowser> {
  const name = options.npmPackage ?? NPM_PACKAGE
  const platform = options.platform ?? process.platform
  const arch = options.arch ?? process.arch
  const dir = packageDir(name)
  if (!dir) {
    throw new ChromiumNotFoundError(`No Chromium found: ${tried.join('; ')}; and the npm package ${name} is not installed.\nFix: run \`npm ci\` (it installs ${name}), or ${FIX}.`)
  }
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version
  const label = `${name} ${version} (npm)`
  if (platform !== 'linux' || arch !== 'x64') {
    throw new ChromiumNotFoundError(`No Chromium found: ${tried.join('; ')}; and ${name} ships Chromium for Linux x64 only, not ${platform} ${arch}.\nFix: ${FIX}.`)
  }
  const cacheDir = options.cacheDir ?? defaultCacheDir(version)
  const executablePath = join(cacheDir, 'chromium')
  if (!existsSync(executablePath)) await unpack(join(dir, 'bin'), cacheDir, `${label} into ${relative(process.cwd(), cacheDir) || cacheDir}`, log)
  return {
    executablePath,
    source: 'npm',
    label,
    env: {
      // Its own NSS and expat (built for Amazon Linux 2023: glibc 2.34 or newer): nothing outside the lockfile.
      LD_LIBRARY_PATH: [join(cacheDir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      // The system's fonts when there are any, plus the package's Open Sans so text renders without them.
      FONTCONFIG_FILE: join(cacheDir, 'fonts.conf'),
    },
  }
}

function defaultCacheDir(version: string): string {
  const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url))
  try {
    accessSync(modules, constants.W_OK)
    return join(modules, '.cache', 'talkshelf-chromium', version)
  } catch {
    return join(tmpdir(), `talkshelf-chromium-${version}-${process.getuid?.() ?? 'user'}`)
  }
}

/** Unpacks the package's bin/ into `target` via a private folder renamed into place: a complete copy or none. */
async function unpack(bin: string, target: string, what: string, log: (line: string) => void): Promise<void> {
  for (const file of ['chromium.br', 'al2023.tar.br', 'fonts.tar.br']) {
    if (!existsSync(join(bin, file))) throw new ChromiumNotFoundError(`${join(bin, file)} is missing: this version of the package is laid out differently from what scripts/lib/chromium.ts expects.\nFix: run \`npm ci\`, or ${FIX}.`)
  }
  log(`browser: unpacking ${what} (once per install)`)
  await mkdir(dirname(target), { recursive: true })
  const partial = await mkdtemp(`${target}.partial-`)
  try {
    await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(partial, 'chromium'), { mode: 0o755 }))
    const inflate = promisify(brotliDecompress)
    await untar(await inflate(readFileSync(join(bin, 'al2023.tar.br'))), partial) // lib/*.so
    await untar(await inflate(readFileSync(join(bin, 'fonts.tar.br'))), partial) // fonts/Open_Sans/*.ttf (and a Lambda fonts.conf, replaced below)
    await writeFile(
      join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(target, 'fonts')}</dir>\n  <cachedir>${join(target, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
    )
    try {
      await rename(partial, target)
    } catch (error) {
      // Another process finished first: use its copy.
      if (!existsSync(join(target, 'chromium'))) throw error
    }
  } finally {
    await rm(partial, { recursive: true, force: true })
  }
}

/** Extracts the regular files and folders of a ustar archive (all these archives hold) into `dest`. */
async function untar(tar: Buffer, dest: string): Promise<void> {
  const field = (block: Buffer, from: number, length: number) => block.toString('utf8', from, from + length).replace(/\0.*$/s, '')
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512)
    if (header.every((byte) => byte === 0)) break
    const name = [field(header, 345, 155), field(header, 0, 100)].filter(Boolean).join('/')
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156] || 48)
    const path = resolve(dest, name)
    if (!path.startsWith(resolve(dest) + sep)) throw new Error(`tar entry outside the target: ${name}`)
    if (type === '5') await mkdir(path, { recursive: true })
    else if (type === '0') {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, tar.subarray(at + 512, at + 512 + size), { mode: parseInt(field(header, 100, 8).trim() || '644', 8) & 0o777 })
    } else throw new Error(`unexpected tar entry type ${type} for ${name}`)
    at += 512 + Math.ceil(size / 512) * 512
  }
}

/**
 * Launches the chosen Chromium with the project's flags. A browser that does not start fails within
 * `timeout` (30 s by default, below Vitest's hook timeout) with a message naming the browser, what it
 * printed and how to fix it.
 */
export async function launchChromium(options: FindOptions & { launch?: LaunchOptions } = {}): Promise<Browser> {
  const chosen = await findChromium(options)
  try {
    return await chromium.launch({
      timeout: 30_000,
      ...options.launch,
      executablePath: chosen.executablePath,
      args: [...CHROMIUM_ARGS, ...(options.launch?.args ?? [])],
      env: { ...pickDefined(process.env), ...chosen.env },
    })
  } catch (error) {
    const fix =
      chosen.source === 'npm'
        ? `it needs Linux x64 with glibc 2.34 or newer (it brings its own NSS libraries and fonts). Fix: ${FIX}`
        : chosen.source === 'system'
          ? `Fix: repair it, set CHROMIUM_PATH to another Chromium, or set CHROMIUM_SYSTEM_PATHS= (empty) to use the one from npm (${NPM_PACKAGE})`
          : 'Fix: point CHROMIUM_PATH at a working Chromium, or unset it to use the system one or the one from npm'
    throw new Error(`Chromium ${chosen.label} at ${chosen.executablePath} did not start: ${error instanceof Error ? error.message : String(error)}\n${fix}.`, { cause: error })
  }
}

function pickDefined(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
}
