// Hugo reads YAML with go-yaml, which accepts a quoted value whose continuation lines are not
// indented ("shortbio: 'A long bio\ncontinued at column 1'"): CMS exports write them so. The `yaml`
// package rightly refuses them; this indents such continuation lines so that it reads them as Hugo
// does, and says where it had to.

const KEY_WITH_QUOTE = /^(\s*)(?:-\s+)?[^\s#'"][^:#]*:\s+(["'])/

/** Whether a text holds an odd number of the quote (so it opens or closes a value), escapes aside. */
function toggles(text: string, quote: string): boolean {
  let odd = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote === '"' && c === '\\') i++
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++
      else odd = !odd
    }
  }
  return odd
}

/** The text with under-indented continuation lines of quoted values indented; the 1-based lines of those values. */
export function indentQuotedContinuations(text: string): { text: string; repaired: number[] } {
  const lines = text.split('\n')
  const repaired: number[] = []
  for (let i = 0; i < lines.length; i++) {
    const m = KEY_WITH_QUOTE.exec(lines[i]!)
    if (!m) continue
    const quote = m[2]!
    const indent = m[1]!.length
    let open = !toggles(lines[i]!.slice(m[0].length), quote)
    let j = i + 1
    let changed = false
    for (; open && j < lines.length; j++) {
      const line = lines[j]!
      if (line.trim() && line.length - line.trimStart().length <= indent) {
        lines[j] = `${' '.repeat(indent + 2)}${line.trimStart()}`
        changed = true
      }
      if (toggles(line, quote)) open = !open
    }
    if (changed) repaired.push(i + 1)
    i = j - 1
  }
  return { text: lines.join('\n'), repaired }
}
