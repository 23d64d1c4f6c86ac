// Calendar dates as written: "2023-02-05", a TOML date, or the date part of a date-time. Never
// shifted through UTC ("2023-12-31T23:30-05:00" is 2023-12-31, as its author meant).

/** "YYYY-MM-DD" of a TOML date or a date string, exactly as written; 'invalid' if impossible. */
export function calendarDate(value: unknown): string | 'invalid' {
  let text: string
  if (value instanceof Date) {
    // smol-toml's TomlDate keeps the text as written (offset included) in toISOString().
    if (Number.isNaN(value.getTime())) return 'invalid'
    text = value.toISOString()
  } else if (typeof value === 'string') text = value.trim()
  else return 'invalid'
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(text)
  if (!m) return 'invalid'
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return 'invalid'
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
