// @vitest-environment node
// The dev server tells the open page of every change to a talk file, also when something compiled
// the collection from the disk between the change and the watcher's handling of it (a request for a
// data module, a feed): the compile cache then already holds the new file, and the change must not
// pass for handled. Found in CI, where a page's request landed in that window.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type Plugin, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TALK_PATCH_EVENT, type TalkPatch } from '../../src/data/wire.ts'
import type { TalksApi } from '../../src/vite/talks-plugin.ts'

const content = mkdtempSync(join(tmpdir(), 'talkshelf-patches-'))
const FILE = join(content, '2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md')
let server: ViteDevServer
let compileFromDisk: () => void
/** What the page was sent: a patch's changes as "op title" (or "op slug"), or "reload". */
const sent: string[] = []

beforeAll(async () => {
  cpSync('content/talks', content, { recursive: true })
  const saved = process.env.TALKS_CONTENT_DIR
  process.env.TALKS_CONTENT_DIR = content
  try {
    server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1', ws: false } })
    await server.listen()
  } finally {
    if (saved === undefined) delete process.env.TALKS_CONTENT_DIR
    else process.env.TALKS_CONTENT_DIR = saved
  }
  const talks = server.config.plugins.find((p) => p.name === 'talkshelf:talks') as Plugin<TalksApi>
  compileFromDisk = () => void talks.api!.collection()
  const hot = server.environments.client.hot
  const send = hot.send.bind(hot)
  hot.send = ((payload: { type: string; event?: string; data?: TalkPatch }) => {
    if (payload.type === 'full-reload') sent.push('reload')
    if (payload.event === TALK_PATCH_EVENT) for (const c of payload.data!.changes) sent.push(`${c.op} ${c.op === 'remove' ? c.slug : c.talk.title}`)
    return send(payload as never)
  }) as typeof hot.send
})
afterAll(async () => {
  await server?.close()
  rmSync(content, { recursive: true, force: true })
})

const retitled = (title: string) => readFileSync(FILE, 'utf8').replace(/^title = .*$/m, `title = ${JSON.stringify(title)}`)

/** Waits until the page has been sent `expected` (the sends so far, in order). */
async function sentBecomes(expected: string[]): Promise<void> {
  const deadline = Date.now() + 5_000
  while (Date.now() < deadline && sent.length < expected.length) await new Promise((ok) => setTimeout(ok, 20))
  await new Promise((ok) => setTimeout(ok, 300)) // anything more would have come by now
  expect(sent).toEqual(expected)
}

describe('dev server patches', () => {
  it('sends each change once, though the collection was compiled from the disk before the watcher handled it', async () => {
    writeFileSync(FILE, retitled('First edit'))
    await sentBecomes(['replace First edit'])
    // After a patch the data modules are made afresh from the disk when next asked for: ask at once.
    writeFileSync(FILE, retitled('Second edit'))
    compileFromDisk()
    await sentBecomes(['replace First edit', 'replace Second edit'])

    const added = join(content, '2019_09_01_added_in_dev.md')
    writeFileSync(added, retitled('Added').replace(/^date = .*$/m, 'date = "2019-09-01"'))
    compileFromDisk()
    await sentBecomes(['replace First edit', 'replace Second edit', 'insert Added'])
    rmSync(added)
    compileFromDisk()
    await sentBecomes(['replace First edit', 'replace Second edit', 'insert Added', 'remove 2019-09-01-added-in-dev'])
  })
})
