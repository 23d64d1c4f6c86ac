// Dev server: which talk and speaker files changed, told once per change and soon after it.
//
// Vite's watcher (chokidar) learns of a new or deleted file by reading the whole folder again: at
// 10,000 talks in one folder that was ~200 ms before the event, and a deletion waits 100 ms more
// (its `atomic` check). Node's own recursive fs.watch names the file at once; both are listened to,
// and what happened is read from the disk and the compile cache, not from the event's name, so a
// change seen by both (or twice) is handled once.
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import type { ViteDevServer } from 'vite'
import { statKey } from '../compiler/compile.ts'
import { isBundleIndex, isBundleResource, isOwnTalkFile } from '../compiler/files.ts'
import type { OpenPage } from './open-page.ts'

export type FileChange = 'add' | 'unlink' | 'change'

export interface WatchOptions {
  contentDir: string
  /** Whether a file is under the talk folder (the compiler's ownsFile). */
  inContent(file: string): boolean
  speakerFolders: string[]
  /** The site's data folder, whose files may date any talk (schedule-data.ts). */
  dataFolders: string[]
  /** Files the config reads (the config itself): any change reloads. */
  extra: string[]
  /** Each talk file as the open page has it: a change is what differs from it. */
  page: Pick<OpenPage, 'collection' | 'get'>
  /** A talk file changed (`kind` read from the disk and what the page has). */
  onTalkFile(file: string, kind: FileChange): void
  /** Anything else under the watched folders (a speaker file, an image, a language variant). */
  onOther(file: string): void
}

/** How long a file must be quiet before a change to it is handled: a save is often a truncate, then a write. */
const SETTLE_MS = 15
/**
 * How much longer an empty talk file is given: on a busy machine the write after the truncate can
 * come later than SETTLE_MS, and handling the empty file would reload the page into the error
 * overlay, where a fix arriving before the reloaded page reconnects is never heard.
 */
const EMPTY_MS = 250

/** Starts watching; the function it returns stops (the plugin calls it when the server closes). */
export function watchTalkFiles(server: ViteDevServer, o: WatchOptions): () => void {
  server.watcher.add([o.contentDir, ...o.speakerFolders, ...o.dataFolders, ...o.extra])
  const under = (folders: string[], f: string) => folders.some((d) => resolve(f).startsWith(resolve(d) + sep))

  const handle = (file: string) => {
    if (under(o.speakerFolders, file) || under(o.dataFolders, file)) return o.onOther(file)
    if (!o.inContent(file) || isScratch(file)) return
    if (!isOwnTalkFile(file)) return o.onOther(file)
    // No page has the talks yet, or a reload is on its way: the collection it compiles reads this change.
    if (!o.page.collection) return
    const told = o.page.get(file)
    const known = told !== undefined
    const exists = existsSync(file)
    // A bundle's own Markdown resource (a nested bundle's index too) is no talk, unless it was one until now.
    if (isBundleResource(file, o.contentDir)) return known ? o.onOther(file) : undefined
    // A bundle's index came or went: the other files in its folder change between talk and resource.
    if (isBundleIndex(file) && exists !== known) return o.onOther(file)
    // Told twice (both watchers), or about a file that never was a talk: nothing to do.
    if ((exists && told?.key === statKey(file)) || (!exists && !known)) return
    o.onTalkFile(file, exists ? (known ? 'change' : 'add') : 'unlink')
  }

  const pending = new Map<string, ReturnType<typeof setTimeout>>()
  // The file system moves under a watcher (a file gone between two reads): everything is read again
  // and the page reloads (as for any other file, so the server's record of the page is reset too);
  // the server stays up.
  const safely = (file: string) => {
    try {
      handle(file)
    } catch (e) {
      server.config.logger.warn(`talks: ${file}: ${e instanceof Error ? e.message : String(e)}`)
      o.onOther(file)
    }
  }
  const settled = (file: string, wait = SETTLE_MS) => {
    clearTimeout(pending.get(file))
    pending.set(
      file,
      setTimeout(() => {
        pending.delete(file)
        if (wait === SETTLE_MS && isEmpty(file)) settled(file, EMPTY_MS)
        else safely(file)
      }, wait),
    )
  }
  for (const event of ['add', 'unlink', 'change'] as const) server.watcher.on(event, (file) => settled(file))
  const fast = watchFolder(o.contentDir, (file) => settled(file))
  // A server closing with a save still settling (a test's teardown) has nothing left to tell.
  const stop = () => {
    pending.forEach(clearTimeout)
    fast?.close()
  }
  server.httpServer?.once('close', stop)
  return stop
}

/** A file that is there and has nothing in it (mid-save, most likely). */
function isEmpty(file: string): boolean {
  try {
    return statSync(file).size === 0
  } catch {
    return false
  }
}

/** An editor's backup or swap file ("talk.md~", ".talk.md.swp"): no page reads it. */
const isScratch = (file: string) => /(^|[\\/])\.[^\\/]*$|~$/.test(file)

/** Node's recursive watcher on a folder, where the platform has one (else chokidar alone tells). */
function watchFolder(dir: string, changed: (file: string) => void): FSWatcher | undefined {
  try {
    const w = watch(dir, { recursive: true }, (_, name) => name && changed(join(dir, name.toString())))
    w.on('error', () => w.close())
    return w
  } catch {
    return undefined
  }
}
