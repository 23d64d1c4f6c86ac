// Stable colours for generated art: the same text always gets the same gradient class.
const ART_CLASSES = 12

function hashOf(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return Math.abs(h)
}

/** Every `.art-N` class: the prerender inlines the whole palette in each page (page-styles.ts). */
export const ART_CLASS_NAMES: readonly string[] = Array.from({ length: ART_CLASSES }, (_, i) => `art-${i}`)

/** One of the `.art-N` gradient classes in styles.css. */
export function artClass(text: string): string {
  return `art-${hashOf(text) % ART_CLASSES}`
}

/** "Chris Tomkins" → "CT"; works for any script. */
export function initialsOf(name: string): string {
  // Words of letters and digits only: "Horacio Gonzalez (LostInBrittany)" is HL, not H(.
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words
  return letters.map((w) => [...w][0]!.toLocaleUpperCase()).join('') || '?'
}
