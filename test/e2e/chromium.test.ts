// Which Chromium the tests, the screenshots and the benchmark use (scripts/lib/chromium.ts): CHROMIUM_PATH,
// else a system Chromium, else the one the npm package ships; and when none works, an error that names
// what is missing and how to fix it, promptly, never a bare timeout. The environment and the system
// candidates are parameters, so the system browser is hidden here without root.
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { ChromiumNotFoundError, findChromium, launchChromium, logOnceToStderr, type FindOptions } from '../../scripts/lib/chromium.ts'

const baseUrl = inject('baseUrl')
const scratch = mkdtempSync(join(tmpdir(), 'talkshelf-chromium-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** An executable shell script standing in for a browser. */
function fakeBrowser(name: string, script = 'exit 0'): string {
  const path = join(scratch, name)
  writeFileSync(path, `#!/bin/sh\n${script}\n`)
  chmodSync(path, 0o755)
  return path
}

/** Options with the log captured and nothing taken from this machine's environment. */
function isolated(options: FindOptions = {}): FindOptions & { lines: string[] } {
  const lines: string[] = []
  return { env: {}, systemPaths: [], log: (line) => lines.push(line), ...options, lines }
}

describe('the Chromium fallback', () => {
  it('with CHROMIUM_PATH pointing nowhere and no system browser, finds the npm Chromium, which renders the site', async () => {
    const options = isolated({ env: { CHROMIUM_PATH: '/nowhere/chromium' }, systemPaths: ['/nowhere/usr/bin/chromium'] })
    const chosen = await findChromium(options)
    expect(chosen.source).toBe('npm')
    expect(chosen.label).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+ \(npm\)$/)
    expect(options.lines).toContain('browser: warning: CHROMIUM_PATH=/nowhere/chromium does not exist; looking for another Chromium')
    expect(options.lines.at(-1)).toBe(`browser: ${chosen.label}`)

    const browser = await launchChromium(options)
    try {
      // Several contexts in one browser, as the test files use it; one without JavaScript.
      for (const javaScriptEnabled of [true, true, false]) {
        const context = await browser.newContext({ javaScriptEnabled })
        const page = await context.newPage()
        await page.goto(baseUrl)
        await page.getByRole('heading', { level: 1, name: 'Talks' }).waitFor()
        expect(await page.locator('main article h3').count()).toBe(5)
        expect((await page.screenshot()).length).toBeGreaterThan(10_000)
        await context.close()
      }
    } finally {
      await browser.close()
    }
  })

  it('reads the system candidates from CHROMIUM_SYSTEM_PATHS; empty means none', async () => {
    const system = fakeBrowser('system-chromium')
    const fromEnv = isolated({ env: { CHROMIUM_SYSTEM_PATHS: `/nowhere/chromium:${system}` }, systemPaths: undefined })
    expect(await findChromium(fromEnv)).toMatchObject({ source: 'system', executablePath: system, label: `${system} (system)` })
    const none = isolated({ env: { CHROMIUM_SYSTEM_PATHS: '' }, systemPaths: undefined })
    expect((await findChromium(none)).source).toBe('npm')
  })

  it('prefers CHROMIUM_PATH, then a system Chromium, to the npm one', async () => {
    const explicit = fakeBrowser('explicit-chromium')
    const system = fakeBrowser('system-chromium')
    expect(await findChromium(isolated({ env: { CHROMIUM_PATH: explicit }, systemPaths: [system] }))).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: explicit, env: {} })
    expect(await findChromium(isolated({ systemPaths: ['/nowhere/chromium', system] }))).toMatchObject({ source: 'system', executablePath: system, env: {} })
  })

  it('skips a CHROMIUM_PATH that is not an executable file, saying so', async () => {
    const notExecutable = join(scratch, 'not-executable')
    writeFileSync(notExecutable, 'text')
    const system = fakeBrowser('system-chromium')
    for (const path of [notExecutable, scratch]) {
      const options = isolated({ env: { CHROMIUM_PATH: path }, systemPaths: [system] })
      expect((await findChromium(options)).source).toBe('system')
      expect(options.lines[0]).toBe(`browser: warning: CHROMIUM_PATH=${path} is not an executable file; looking for another Chromium`)
    }
  })

  it('with nothing to run, says what is missing and how to fix it', async () => {
    const options = isolated({ env: { CHROMIUM_PATH: '/nowhere/chromium' }, systemPaths: ['/nowhere/usr/bin/chromium'], npmPackage: '@talkshelf/no-such-browser' })
    const error = await findChromium(options).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    const message = (error as Error).message
    expect(message).toContain('CHROMIUM_PATH=/nowhere/chromium does not exist')
    expect(message).toContain('no system Chromium at /nowhere/usr/bin/chromium')
    expect(message).toContain('@talkshelf/no-such-browser is not installed')
    expect(message).toMatch(/Fix: run `npm ci`.*set CHROMIUM_PATH.*apt-get install chromium/)
  })

  it('on a platform the npm Chromium is not built for, says so instead of trying it', async () => {
    const error = await findChromium(isolated({ platform: 'darwin', arch: 'arm64' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    expect((error as Error).message).toMatch(/ships Chromium for Linux x64 only, not darwin arm64\.\nFix: set CHROMIUM_PATH/)
  })

  it('a browser that cannot start fails at once, naming it, what it printed and the fix', async () => {
    const broken = fakeBrowser('broken-chromium', 'echo "broken-chromium: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127')
    const started = Date.now()
    const error = await launchChromium(isolated({ env: { CHROMIUM_PATH: broken } })).catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(10_000)
    const message = (error as Error).message
    expect(message).toContain(`Chromium ${broken} (CHROMIUM_PATH) at ${broken} did not start`)
    expect(message).toContain('libnss3.so: cannot open shared object file')
    expect(message).toContain('Fix: point CHROMIUM_PATH at a working Chromium')
  })

  it('unpacks the npm Chromium once into an empty folder, also when two callers unpack it at the same time', async () => {
    const cacheDir = join(scratch, 'cache', 'chromium')
    const [a, b] = await Promise.all([findChromium(isolated({ cacheDir })), findChromium(isolated({ cacheDir }))])
    expect(a.executablePath).toBe(join(cacheDir, 'chromium'))
    expect(b.executablePath).toBe(a.executablePath)
    expect(statSync(a.executablePath).mode & 0o111).toBeTruthy()
    for (const file of ['lib/libnss3.so', 'fonts/Open_Sans/OpenSans-Regular.ttf', 'fonts.conf']) expect(existsSync(join(cacheDir, file)), file).toBe(true)
    expect(a.env.LD_LIBRARY_PATH?.split(':')[0]).toBe(join(cacheDir, 'lib'))
    expect(a.env.FONTCONFIG_FILE).toBe(join(cacheDir, 'fonts.conf'))
  }, 120_000)

  it('prints each line once per process', () => {
    const written: string[] = []
    const log = logOnceToStderr((text) => written.push(text))
    const line = `browser: test line ${Date.now()}`
    log(line)
    log(line)
    expect(written).toEqual([line + '\n'])
  })
})
