// Small numeric helpers for timings.

export interface Sample {
  /** Median of the runs, the figure reported. */
  medianMs: number
  minMs: number
  maxMs: number
  runsMs: number[]
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function sample(runsMs: readonly number[]): Sample {
  return { medianMs: median(runsMs), minMs: Math.min(...runsMs), maxMs: Math.max(...runsMs), runsMs: [...runsMs] }
}

/** 1234.5 → "1,234.5"; fixed decimals, thousands separators. */
export function fmt(value: number, decimals = 1): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}

export function fmtInt(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 })
}

export function mb(bytes: number): string {
  return `${fmtInt(bytes / 1024 / 1024)} MB`
}
