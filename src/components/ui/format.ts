// Dates and times written for people, via Intl. Dates are calendar dates ("YYYY-MM-DD"), so they
// are formatted in UTC to print exactly the day the file says, whatever the reader's zone.

const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!))
}

/** Dates formatted before: Intl is slow next to a lookup, and a page (or a prerender of 50,000) repeats few dates. */
const formatted = new Map<string, string>()

/** "2022-02-06" → "February 6, 2022". */
function formatDate(date: string): string {
  let text = formatted.get(date)
  if (text === undefined) {
    if (formatted.size > 20_000) formatted.clear()
    formatted.set(date, (text = longDate.format(utc(date))))
  }
  return text
}

/** "February 6, 2022 · 4:30pm - 5:00pm CET" */
export function formatWhen(talk: { date: string; time?: string }): string {
  return talk.time ? `${formatDate(talk.date)} · ${talk.time}` : formatDate(talk.date)
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}
