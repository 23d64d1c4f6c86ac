// Temp folders of one benchmark process, removed at the end (unless --keep), and paths of the repo.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (bench/lib/../..). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

const made: string[] = []

/** A new folder under os.tmpdir(), removed by cleanupTemp(). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `talkshelf-bench-${label}-`))
  made.push(dir)
  return dir
}

/** Removes every folder tempDir() made (or lists them when kept). */
export function cleanupTemp(keep: boolean, log: (message: string) => void): void {
  for (const dir of made.splice(0)) {
    if (keep) log(`kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms))
