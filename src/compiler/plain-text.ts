// Plain text of sanitised HTML, for the fields that are text everywhere they go (summaries, bios,
// search text, feeds, calendars, talks.json): exactly what a reader sees on the page, minus anything
// shaped like a tag. A text node may hold "<svg onload=…>" as characters (markdown-it keeps an
// invalid tag as text, and the page shows it escaped); a consumer that ever put plain text into
// HTML would run it, so it is dropped here.
import { Parser } from 'htmlparser2'

const BLOCK = new Set(['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'div'])
const TAG_SHAPED = /<\/?[a-z!?][^<>]*>?/gi

export function plainTextOf(html: string): string {
  const parts: string[] = []
  const parser = new Parser(
    {
      ontext: (text) => parts.push(text),
      // Blocks and line breaks separate words, as they do on the page.
      onopentagname: (name) => BLOCK.has(name) && parts.push(' '),
      onclosetag: (name) => BLOCK.has(name) && parts.push(' '),
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return parts.join('').replace(TAG_SHAPED, ' ').replace(/\s+/g, ' ').trim()
}
