// What the numbers were measured on, recorded with every JSON result.
import { execFileSync } from 'node:child_process'
import { cpus, platform, release, totalmem } from 'node:os'

export interface MachineInfo {
  cpu: string
  cores: number
  node: string
  platform: string
  release: string
  totalMemoryMB: number
  /** The commit measured, "+dirty" when src/ or the configs had uncommitted changes. */
  commit: string
}

function commitOf(cwd: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json', 'public'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    return dirty ? `${head}+dirty` : head
  } catch {
    return 'unknown'
  }
}

export function machineInfo(repo = process.cwd()): MachineInfo {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    platform: platform(),
    release: release(),
    totalMemoryMB: Math.round(totalmem() / 1024 / 1024),
    commit: commitOf(repo),
  }
}
