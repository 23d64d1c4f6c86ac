// Dates and times written for people, via Intl. Dates are calendar dates ("YYYY-MM-DD"), so they
// are formatted in UTC to print exactly the day the file says, whatever the reader's zone.

const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!))
}

/** "2022-02-06" → "February 6, 2022". */
function formatDate(date: string): string {
  return longDate.format(utc(date))
}

/** "February 6, 2022 · 4:30pm - 5:00pm CET" */
export function formatWhen(talk: { date: string; time?: string }): string {
  return talk.time ? `${formatDate(talk.date)} · ${talk.time}` : formatDate(talk.date)
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}
