// Plain-text tables: aligned columns, no colours, readable in a terminal, a log or a commit message.

export interface Column {
  header: string
  align?: 'left' | 'right'
}

export interface Table {
  columns: Column[]
  rows: string[][]
}

export function formatTable({ columns, rows }: Table): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? ''
        return c.align === 'left' ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)
      })
      .join('  ')
      .trimEnd()
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
