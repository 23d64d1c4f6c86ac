// URL slugs that stay readable for any script: accents are folded ("Škoda" → "skoda"),
// other letters and digits are kept ("Ελένη" → "ελένη"), everything else becomes "-".
import { pageName } from './files.ts'

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, (marks, offset: number, whole: string) =>
      // Keep combining marks that belong to non-Latin letters (e.g. Devanagari vowel signs).
      /\p{Script=Latin}/u.test(whole[offset - 1] ?? '') ? '' : marks,
    )
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/** "talks/2022_02_06_FOSDEM_x.md" → "2022-02-06-fosdem-x"; a leaf bundle "x/index.md" → "x". */
export function slugFromPath(file: string): string {
  return slugify(pageName(file))
}

/** A talk's URL slug: its own slug field's, else its file name's (a slug of punctuation gives none). */
export function talkSlug(file: string, own: string | undefined): string {
  return (own && slugify(own)) || slugFromPath(file)
}
