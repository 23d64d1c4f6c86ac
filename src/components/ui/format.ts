// Dates and times written for people. Dates are calendar dates ("YYYY-MM-DD"), printed as the day
// the file says, whatever the reader's zone. Written out by hand rather than with Intl: the first
// Intl.DateTimeFormat a page makes costs ~30 ms (its locale data), which was the largest part of the
// task that starts the app; the words are English either way, as the prerendered pages are.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2022-02-06" → "February 6, 2022" (what Intl's English "long" date style writes). */
function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${MONTHS[m! - 1]} ${d}, ${y}`
}

/** "February 6, 2022 · 4:30pm - 5:00pm CET" */
export function formatWhen(talk: { date: string; time?: string }): string {
  return talk.time ? `${formatDate(talk.date)} · ${talk.time}` : formatDate(talk.date)
}

/** 12345 → "12,345" (English digit groups, without Intl: see above). */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.')
  return `${n < 0 ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`
}
