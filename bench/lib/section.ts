// The contract between run.ts and the benchmark modules: one module per measured thing (the
// compiler, a vite build, browser search latency, …), each returning a table and raw data.
import type { Table } from './table.ts'

export interface BenchOptions {
  /** Collection sizes (number of talk files) to measure. */
  sizes: number[]
  /** Timed repetitions per measurement; results report the median. */
  runs: number
  /** Seed of the synthetic collection, so every run measures the same files. */
  seed: number
  /** Keep generated temp folders instead of deleting them. */
  keep: boolean
  /** Progress messages (stderr), kept out of the printed results. */
  log(message: string): void
}

export interface SectionResult {
  title: string
  table: Table
  /** Lines printed under the table (sanity checks, caveats). */
  notes: string[]
  /** Everything measured, for --json. */
  data: unknown
  /** Further tables of the same section, printed after the first. */
  more?: { title: string; table: Table; notes?: string[] }[]
  /** This section's figures that have a budget, for the summary table run.ts prints last. */
  budgets?: BudgetRow[]
}

/** One budgeted figure: what, at which size, the value as printed, the budget and its verdict. */
export interface BudgetRow {
  figure: string
  n: string
  value: string
  budget: string
  verdict: string
}

export interface Section {
  /** Stable key, used by --only and in the JSON output. */
  id: string
  run(options: BenchOptions): Promise<SectionResult>
}
