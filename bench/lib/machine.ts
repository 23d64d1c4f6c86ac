// What the numbers were measured on, recorded with every JSON result.
import { cpus, platform, release, totalmem } from 'node:os'

export interface MachineInfo {
  cpu: string
  cores: number
  node: string
  platform: string
  release: string
  totalMemoryMB: number
}

export function machineInfo(): MachineInfo {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    platform: platform(),
    release: release(),
    totalMemoryMB: Math.round(totalmem() / 1024 / 1024),
  }
}
