// The talk folder on disk: which files are talks.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Talk files: Markdown, not Hugo section files (`_index.md`), not hidden, sub-folders included. */
export function listTalkFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name) && !entry.name.startsWith('_')) out.push(full)
    }
  }
  walk(dir)
  return out.sort()
}
