// Tags as a filter and a subscription: one identity per tag however it is written ("Kubernetes",
// "kubernetes", "KUBERNETES" are one topic), a slug for URLs and file names, and the shown name.
// Runtime-neutral: the app filters with it and the prerenderer names feed files with it.

// A collection spells its tags a few dozen ways over thousands of talks: each spelling is slugged once.
const slugs = new Map<string, string>()

/** "Service Mesh" → "service-mesh"; letters of any script are kept. Empty only for a tag of punctuation. */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag)
  if (slug === undefined) {
    slug = tag
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
    slugs.set(tag, slug)
  }
  return slug
}

export interface TagInfo {
  slug: string
  /** The spelling most talks use (the first seen on a tie). */
  name: string
  /** How many talks carry it. */
  count: number
}

/** Every tag of the talks, by slug, most used first (then by name); tags without a slug are left out. */
export function tagsOf(talks: readonly { tags: readonly string[] }[]): TagInfo[] {
  const spellings = new Map<string, Map<string, number>>()
  const counts = new Map<string, number>()
  for (const t of talks) {
    for (const slug of new Set(t.tags.map(tagSlug))) if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1)
    for (const tag of t.tags) {
      const slug = tagSlug(tag)
      if (!slug) continue
      const names = spellings.get(slug) ?? new Map<string, number>()
      names.set(tag, (names.get(tag) ?? 0) + 1)
      spellings.set(slug, names)
    }
  }
  const out: TagInfo[] = []
  for (const [slug, names] of spellings) {
    let name = ''
    let best = 0
    for (const [n, c] of names) if (c > best) [name, best] = [n, c]
    out.push({ slug, name, count: counts.get(slug)! })
  }
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
}
