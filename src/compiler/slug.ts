// URL slugs that stay readable for any script: accents are folded ("Škoda" → "skoda"),
// other letters and digits are kept ("Ελένη" → "ελένη"), everything else becomes "-".
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
