// Runs a command to completion and measures it: wall time here, peak RSS and CPU time from GNU
// time (`/usr/bin/time -v -o FILE`), whose figures are those of the largest process of the tree
// (for `npx vite build`: the Vite process, worker threads included).
import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'

const GNU_TIME = '/usr/bin/time'

export interface Timed {
  wallMs: number
  /** Peak resident set size, when GNU time is installed. */
  peakRssBytes?: number
  userSeconds?: number
  systemSeconds?: number
  exitCode: number
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME)
}

export function parseGnuTime(text: string): Omit<Timed, 'wallMs' | 'exitCode'> {
  const num = (label: string) => {
    const m = text.match(new RegExp(`${label}:\\s*([\\d.]+)`))
    return m ? Number(m[1]) : undefined
  }
  const kb = num('Maximum resident set size \\(kbytes\\)')
  return { peakRssBytes: kb === undefined ? undefined : kb * 1024, userSeconds: num('User time \\(seconds\\)'), systemSeconds: num('System time \\(seconds\\)') }
}

/** Runs `command args…` with output appended to `logFile`; resolves when it exits. */
export async function timedRun(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; statsFile: string }): Promise<Timed> {
  const fd = openSync(options.logFile, 'a')
  const withTime = hasGnuTime()
  const [cmd, argv] = withTime ? [GNU_TIME, ['-v', '-o', options.statsFile, command, ...args]] : [command, args]
  const started = performance.now()
  const exitCode = await new Promise<number>((done, fail) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd] })
    child.on('error', fail)
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)))
  })
  const wallMs = performance.now() - started
  closeSync(fd)
  const stats = withTime && existsSync(options.statsFile) ? parseGnuTime(readFileSync(options.statsFile, 'utf8')) : {}
  return { wallMs, exitCode, ...stats }
}

/** The last lines of a log, for error messages. */
export function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '(no log)'
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
}
