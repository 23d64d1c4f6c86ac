// The dev server's watcher: a save that arrives as a truncate, then a write later than the usual
// settling time, is handled once, as the written file, never as the empty one in between.
import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ViteDevServer } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FileCache } from '../../src/compiler/compile.ts'
import { watchTalkFiles, type FileChange } from '../../src/vite/dev-watch.ts'

const dirs: string[] = []
const stops: (() => void)[] = []
afterEach(() => {
  stops.splice(0).forEach((stop) => stop())
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

/** A watcher on a folder holding one known talk file; what it reports, with the file's text at that moment. */
function watched() {
  const dir = mkdtempSync(join(tmpdir(), 'talkshelf-watch-'))
  dirs.push(dir)
  const file = join(dir, 'talk.md')
  writeFileSync(file, '+++\ntitle = "One"\n+++\n')
  const watcher = new EventEmitter() as EventEmitter & { add: () => void }
  watcher.add = () => {}
  const server = { watcher, config: { logger: { warn: vi.fn() } }, environments: { client: { hot: { send: vi.fn() } } } } as unknown as ViteDevServer
  const cache = { peek: () => ({}), isCurrent: () => false } as unknown as FileCache
  const told: [FileChange, string][] = []
  const read = () => readFileSync(file, 'utf8')
  stops.push(
    watchTalkFiles(server, {
      contentDir: dir,
      inContent: (f) => f.startsWith(dir),
      speakerFolders: [],
      extra: [],
      cache,
      onTalkFile: (_f, kind) => told.push([kind, read()]),
      onOther: () => {},
    }),
  )
  return { file, told, change: () => watcher.emit('change', file) }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

describe('watchTalkFiles', () => {
  it('waits for the write after a truncate, even when it comes late', async () => {
    const { file, told, change } = watched()
    writeFileSync(file, '')
    change()
    await sleep(60) // well past the usual 15 ms of settling
    expect(told).toEqual([])
    writeFileSync(file, '+++\ntitle = "Two"\n+++\n')
    change()
    await sleep(80)
    expect(told).toEqual([['change', '+++\ntitle = "Two"\n+++\n']])
  })

  it('handles a file that stays empty, after a while', async () => {
    const { file, told, change } = watched()
    writeFileSync(file, '')
    change()
    await sleep(400)
    expect(told).toEqual([['change', '']])
  })

  it('handles a change once it is quiet', async () => {
    const { file, told, change } = watched()
    writeFileSync(file, '+++\ntitle = "Three"\n+++\n')
    change()
    change()
    await sleep(60)
    expect(told).toEqual([['change', '+++\ntitle = "Three"\n+++\n']])
  })
})
