// The issues' budgets ("Scale: 10,000 talks stay instant", "Fast at any size"), checked next to the
// figures. They hold for every N measured unless a figure says otherwise.

import type { BudgetRow } from './section.ts'
import type { Table } from './table.ts'

export const BUDGETS = {
  /** Per-keystroke search latency, 95th percentile. */
  searchP95Ms: 16,
  /** Compressed bytes the home page downloads before it shows the list (1 KB = 1,000 bytes), at any size. */
  homeBytes: 150_000,
  lcpMs: 1500,
  /** No single long task over this, anywhere. */
  longTaskMs: 50,
  /** Build wall time relative to Hugo rendering the same files. */
  buildVsHugo: 2,
  /** Saving a talk file → its new title visible in the open dev page. */
  devUpdateMs: 200,
} as const

/** "ok" or "OVER" for a figure against a maximum ("n/a" when not measured). */
export function verdict(value: number | undefined, max: number): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a'
  return value <= max ? 'ok' : 'OVER'
}

/** 123456 → "123.5 KB" (1 KB = 1,000 bytes, as Chromium's DevTools count). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  // Nearest rank: the smallest value with at least p% of the values at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

/** The summary table: every budgeted figure of the run, one row each. */
export function budgetTable(rows: readonly BudgetRow[]): Table {
  return {
    columns: [{ header: 'figure', align: 'left' }, { header: 'N' }, { header: 'measured' }, { header: 'budget', align: 'left' }, { header: '', align: 'left' }],
    rows: rows.map((r) => [r.figure, r.n, r.value, r.budget, r.verdict]),
  }
}
