// The dev server's watcher: a save that arrives as a truncate, then a write later than the usual
// settling time, is handled once, as the written file, never as the empty one in between.
import { EventEmitter } from 'node:events'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ViteDevServer } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CompileResult } from '../../src/compiler/compile.ts'
import { watchTalkFiles, type FileChange } from '../../src/vite/dev-watch.ts'
import type { PageFile } from '../../src/vite/open-page.ts'

const dirs: string[] = []
const stops: (() => void)[] = []
afterEach(() => {
  stops.splice(0).forEach((stop) => stop())
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

/** A temporary content folder. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'talkshelf-watch-'))
  dirs.push(dir)
  return dir
}

/** Starts the watcher on `dir` with a stub server; `known` says which files the page has. */
function watch(dir: string, known: (file: string) => boolean, on: Pick<Parameters<typeof watchTalkFiles>[1], 'onTalkFile' | 'onOther'>, dataFolders: string[] = []) {
  const watcher = Object.assign(new EventEmitter(), { add: () => {} })
  const server = { watcher, config: { logger: { warn: vi.fn() } }, environments: { client: { hot: { send: vi.fn() } } } } as unknown as ViteDevServer
  const page = { collection: {} as CompileResult, get: (f: string) => (known(f) ? ({ key: 'compiled before the test' } as PageFile) : undefined) }
  stops.push(watchTalkFiles(server, { contentDir: dir, inContent: (f) => f.startsWith(dir), speakerFolders: [], dataFolders, extra: [], page, ...on }))
  return watcher
}

/** A watcher on a folder holding one known talk file; what it reports, with the file's text at that moment. */
function watched() {
  const dir = folder()
  const file = join(dir, 'talk.md')
  writeFileSync(file, '+++\ntitle = "One"\n+++\n')
  const told: [FileChange, string][] = []
  const watcher = watch(dir, () => true, { onTalkFile: (_f, kind) => told.push([kind, readFileSync(file, 'utf8')]), onOther: () => {} })
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

  it('takes a leaf bundle\'s other Markdown files for resources, and its index coming or going for a change of structure', async () => {
    const dir = folder()
    const index = join(dir, 'bundle', 'index.md')
    const resource = join(dir, 'bundle', 'transcript.md')
    mkdirSync(join(dir, 'bundle'))
    writeFileSync(index, '+++\ntitle = "Bundle"\n+++\n')
    const told: string[] = []
    const watcher = watch(dir, (f) => f === index, {
      onTalkFile: (f, kind) => told.push(`${kind} ${f.slice(dir.length + 1)}`),
      onOther: (f) => told.push(`other ${f.slice(dir.length + 1)}`),
    })
    writeFileSync(resource, '+++\ntitle = "Not a talk"\n+++\n')
    watcher.emit('add', resource)
    await sleep(60)
    expect(told).toEqual([])
    watcher.emit('change', index)
    await sleep(60)
    expect(told).toEqual([`change ${join('bundle', 'index.md')}`])
    unlinkSync(index)
    watcher.emit('unlink', index)
    await sleep(60)
    expect(told.slice(1)).toEqual([`other ${join('bundle', 'index.md')}`])
  })

  it('reloads everything when handling a change fails (a file gone between two reads)', async () => {
    const dir = folder()
    const file = join(dir, 'talk.md')
    writeFileSync(file, '+++\ntitle = "One"\n+++\n')
    const told: string[] = []
    const gone = () => {
      throw new Error('ENOENT: no such file')
    }
    const watcher = watch(dir, gone, { onTalkFile: (_f, kind) => told.push(kind), onOther: () => told.push('other') })
    watcher.emit('change', file)
    await sleep(60)
    expect(told).toEqual(['other'])
  })

  it('recompiles everything when a data file changes, since it may date any talk', async () => {
    const dir = folder()
    const data = folder()
    const file = join(data, 'events', 'x.yml')
    mkdirSync(join(data, 'events'))
    writeFileSync(file, 'startdate: 2024-01-02\n')
    const told: string[] = []
    const watcher = watch(dir, () => false, { onTalkFile: (_f, kind) => told.push(kind), onOther: (f) => told.push(`other ${f.slice(data.length + 1)}`) }, [data])
    watcher.emit('change', file)
    await sleep(60)
    expect(told).toEqual([`other ${join('events', 'x.yml')}`])
  })
})
