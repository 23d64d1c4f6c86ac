// How one front-matter value reads as what a field wants, in the shapes real sites write it: a link
// (text or `{ url }`), an image (also `{ image }`), a video (a URL, a bare YouTube or Vimeo id, `{ id }`),
// tags (a list, or one comma-separated text), labelled links (`[{ name, url }]`, `{ Label = url }`) and
// an event (a name, or `{ name, url }`). The mapping (fields.ts) says which keys give which field.
import { FrontMatterReader, isEmpty, isTable, valueOfKey, type Found } from './front-matter-reader.ts'

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
const firstText = (o: Record<string, unknown>, keys: readonly string[]) => keys.map((k) => text(valueOfKey(o, k))).find((x) => x !== undefined)

/**
 * A link as a CMS may have stored it, escaped for Markdown and then for HTML
 * ("watch&#92;?v&#92;=x" is "watch\\?v\\=x", is "watch?v=x"); other text is read as written.
 */
function unescapedAddress(written: string): string {
  if (!/^https?:\/\//i.test(written) || !/&#(?:92|x5c);|&amp;|\\/i.test(written)) return written
  return written.replace(/&#(?:92|x5c);/gi, '\\').replace(/&amp;/gi, '&').replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

/** The address in a link-ish value: a string, or a table's url/link/href/src. */
export function addressOf(v: unknown): string | undefined {
  const written = typeof v === 'string' ? v.trim() : isTable(v) ? firstText(v, ['url', 'link', 'href', 'src']) : undefined
  return written ? unescapedAddress(written) : undefined
}

/** An image's address: text, or a table's (PaperMod's `cover: { image: "x.jpg", alt: "…" }`). */
export function imageAddress(v: unknown): string | undefined {
  return (isTable(v) ? text(valueOfKey(v, 'image')) : undefined) ?? addressOf(v)
}

/** A bare id → its watch URL: digits are Vimeo's, 11 characters of [A-Za-z0-9_-] YouTube's. */
export function videoAddress(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return `https://vimeo.com/${v}`
  if (Array.isArray(v)) return videoAddress(v.find((x) => !isEmpty(x)))
  // A video as a table of its id (`vimeo: [{ id: '378010209' }]`), when it has no address.
  if (isTable(v) && !addressOf(v)) return videoAddress(valueOfKey(v, 'id'))
  const written = addressOf(v)
  if (!written) return undefined
  if (/^\d{5,12}$/.test(written)) return `https://vimeo.com/${written}`
  if (/^[A-Za-z0-9_-]{11}$/.test(written) && /[A-Za-z]/.test(written)) return `https://www.youtube.com/watch?v=${written}`
  return written
}

/** Tags written as one text (`tags: "kubernetes, networking"`) are the comma-separated ones it lists. */
export function tagsOf(texts: string[], found: Found): string[] {
  return typeof found.value === 'string' ? texts.flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean) : texts
}

const LABEL_KEYS = ['name', 'title', 'label', 'text', 'details']

/** "url_code" → "Code": a key that names one link is its label. */
function labelOfKey(key: string): string {
  const words = key.replace(/^url_/, '').replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * Labelled links: `[{ name, url }]` lists, a `{ label: url }` table, or one key's address
 * (`url_code = "…"`). An entry with no address (Hugo's own page resources, `{ src }`) is none.
 */
export function labelledLinks(found: Found[]): { label: string; url: string }[] {
  const out: { label: string; url: string }[] = []
  for (const f of found) {
    const v = f.value
    if (typeof v === 'string') out.push({ label: labelOfKey(f.key), url: v.trim() })
    else if (Array.isArray(v)) {
      for (const item of v.filter(isTable)) {
        const url = firstText(item, ['url', 'link', 'href'])
        if (url) out.push({ label: (firstText(item, LABEL_KEYS) ?? url).replace(/\s+/g, ' '), url })
      }
    } else if (isTable(v)) {
      for (const [label, url] of Object.entries(v)) if (text(url)) out.push({ label: labelOfKey(label), url: text(url)! })
    }
  }
  return out
}

const isLink = (t: string) => /^(https?:)?\/\//i.test(t)

/**
 * The event's name: text, or the name of an event written as a table (`event: {name, url}`); a
 * link given there is the event's page (eventPageOf), not its name. Anything else is reported.
 */
export function eventNameOf(fm: FrontMatterReader, found: Found): string | undefined {
  const v = found.value
  if (typeof v === 'string') return isLink(v.trim()) ? undefined : v.trim()
  if (isTable(v)) {
    const name = firstText(v, ['name', 'title', 'label'])
    if (name || addressOf(v)) return name
  }
  return fm.text(found)
}

/** The event's page where the event's name key holds one (`event: {name, url}`, `event: "https://…"`). */
export function eventPageOf(found: Found | undefined): string | undefined {
  const v = found?.value
  if (typeof v === 'string') return isLink(v.trim()) ? v.trim() : undefined
  return isTable(v) ? addressOf(v) : undefined
}
