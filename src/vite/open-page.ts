// Dev server: the collection as the open page has it, and each talk file's state in it, which a
// change is compared with.
//
// Neither the compile cache nor the latest compile can say that: any request may compile the
// collection again from the disk (the data modules are made afresh after a patch), and a file saved
// a moment earlier is then compiled before the watcher handled its change, so the change looked
// handled already and the page never heard of it (an edit, an added file or a deletion lost; found
// in CI). This record changes only when the page is told: taken from the first collection compiled
// after a reload (what the reloaded page reads), then moved by each patch.
import { resolve } from 'node:path'
import type { CompileResult, FileCache } from '../compiler/compile.ts'
import type { CompiledFile } from '../compiler/talk.ts'

export interface PageFile {
  /** The file's stat key (compile.ts statKey) when it was compiled. */
  key: string
  result: CompiledFile
}

export class OpenPage {
  private files = new Map<string, PageFile>()
  private current: CompileResult | undefined

  /** The collection the page has, which patches are made against; undefined while a reload is on its way. */
  get collection(): CompileResult | undefined {
    return this.current
  }

  /** A collection was compiled: the page reads it, unless it has one already that patches keep current. */
  adoptIfUnset(c: CompileResult, cache: FileCache): void {
    if (this.current) return
    this.current = c
    this.files = new Map()
    for (const f of c.files) {
      const entry = cache.entry(f)
      if (entry) this.files.set(resolve(f), entry)
    }
  }

  /** A reload is on its way: the next collection compiled is what the page will have. */
  reset(): void {
    this.current = undefined
    this.files.clear()
  }

  get(file: string): PageFile | undefined {
    return this.files.get(resolve(file))
  }

  /** The page was sent a patch: the file as now compiled (none: deleted), and the collection after it. */
  patched(file: string, entry: PageFile | undefined, after: CompileResult): void {
    this.current = after
    if (entry) this.files.set(resolve(file), entry)
    else this.files.delete(resolve(file))
  }
}
