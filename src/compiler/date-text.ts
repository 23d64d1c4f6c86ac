// Dates written with a month name, as Hugo's date parsing (spf13/cast) reads them besides ISO 8601:
// "02 Jan 2006", RFC 1123 ("Mon, 02 Jan 2006 15:04:05 MST"), RFC 822 ("02 Jan 06 15:04 -0700"),
// RFC 850 ("Monday, 02-Jan-06 15:04:05 MST"), ANSIC and Unix date ("Mon Jan  2 15:04:05 MST 2006"),
// and "January 2, 2006". Each becomes the ISO text dates.ts reads ("2006-01-02 15:04:05 -0700").

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?'
const TIME = '(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)'
const ZONE = '([+-]\\d{2}:?\\d{2}|[a-z]{1,5})'

/** "02 Jan 2006 [15:04[:05] [zone]]", "02-Jan-06 …" (RFC 822/850/1123). */
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})[\\s-]+${MONTH}[\\s-]+(\\d{4}|\\d{2})(?:,?\\s+${TIME}(?:\\s+${ZONE})?)?$`, 'i')
/** "January 2, 2006 [15:04]"; "Mon Jan _2 15:04:05 [zone] 2006" (ANSIC, Unix date, Ruby date). */
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+${TIME}(?:\\s+${ZONE})?)?$`, 'i')
const ANSI = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})\\s+${TIME}(?:\\s+${ZONE})?\\s+(\\d{4})$`, 'i')

const pad = (n: string) => n.padStart(2, '0')
const monthOf = (name: string) => String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')
// A two-digit year is this century's, as Go reads RFC 822 ("06" → 2006; from "69" on, 1969…).
const yearOf = (y: string) => (y.length === 4 ? y : `${Number(y) >= 69 ? 19 : 20}${y}`)

function iso(year: string, month: string, day: string, time?: string, zone?: string): string {
  const date = `${yearOf(year)}-${monthOf(month)}-${pad(day)}`
  if (!time) return date
  const clock = /^\d:/.test(time) ? `0${time}` : time
  // GMT, UTC and Z are UTC; an offset stays; another abbreviation is left to the zone table (data/zones.ts).
  const z = !zone ? '' : /^(gmt|utc|z|ut)$/i.test(zone) ? 'Z' : /^[+-]/.test(zone) ? zone : ''
  return `${date} ${clock}${z ? ` ${z}` : ''}`
}

/** The ISO form of a date written with a month name, or undefined when it is not one. */
export function isoOfNamedDate(text: string): { iso: string; zone?: string } | undefined {
  const named = (zone?: string) => (zone && /^[a-z]+$/i.test(zone) && !/^(gmt|utc|z|ut)$/i.test(zone) ? zone.toUpperCase() : undefined)
  let m = DAY_MONTH_YEAR.exec(text)
  if (m) return { iso: iso(m[3]!, m[2]!, m[1]!, m[4], m[5]), ...(named(m[5]) ? { zone: named(m[5]) } : {}) }
  m = MONTH_DAY_YEAR.exec(text)
  if (m) return { iso: iso(m[3]!, m[1]!, m[2]!, m[4], m[5]), ...(named(m[5]) ? { zone: named(m[5]) } : {}) }
  m = ANSI.exec(text)
  if (m) return { iso: iso(m[5]!, m[1]!, m[2]!, m[3], m[4]), ...(named(m[4]) ? { zone: named(m[4]) } : {}) }
  return undefined
}
