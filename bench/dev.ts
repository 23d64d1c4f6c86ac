// Dev update: the `vite` dev server on the generated collection, the home page open in Chromium;
// the newest talk's file is saved with a changed title, and the time from the write to the new
// title painted in the page is measured (median of several edits). A title edit is patched in place
// (src/vite/dev-updates.ts): the figure splits at the patch's arrival in the page; an edit that
// reloads splits into "write → reload starts" and "reload → title painted". Then a talk file is
// added (its card painted) and deleted (its card gone), each timed the same way.
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { BUDGETS, verdict } from './lib/budget.ts'
import { launch } from './lib/chromium.ts'
import { tail } from './lib/process.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { collectionFor, compiledFor } from './lib/site.ts'
import { fmt, fmtInt, sample, type Sample } from './lib/stats.ts'
import type { Table } from './lib/table.ts'
import { REPO, sleep } from './lib/workspace.ts'

/**
 * On every document: `__watchTitle(text)` reports (through the exposed `__benchSeen`) the first
 * paint where a heading in <main> shows `text`. The text is kept in sessionStorage so the watch
 * survives the full reload the dev server triggers.
 */
const DEV_PROBE = `(() => {
  const KEY = 'talkshelf-bench-want';
  let observer;
  window.__watchTitle = (want) => {
    sessionStorage.setItem(KEY, want);
    if (observer) observer.disconnect();
    let done = false;
    const check = () => {
      if (done) return;
      const hit = [...document.querySelectorAll('main h1, main h2, main h3')].some((h) => (h.textContent || '').includes(want));
      if (!hit) return;
      done = true;
      observer.disconnect();
      sessionStorage.removeItem(KEY);
      // The in-place patch's arrival (src/data/dev-updates.ts marks it), to split server and page time.
      const patch = performance.getEntriesByName('talkshelf:dev-patch').at(-1);
      const patchAt = patch ? performance.timeOrigin + patch.startTime : null;
      requestAnimationFrame(() => setTimeout(() => window.__benchSeen({ at: performance.timeOrigin + performance.now(), timeOrigin: performance.timeOrigin, patchAt }), 0));
    };
    observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    check();
  };
  const pending = sessionStorage.getItem(KEY);
  if (pending) window.__watchTitle(pending);
  // The first paint where no heading shows \`text\` any more (a deleted talk's card gone).
  window.__watchGone = (gone) => {
    const shown = () => [...document.querySelectorAll('main h3')].some((h) => (h.textContent || '').includes(gone));
    const check = () => {
      if (shown()) return;
      watcher.disconnect();
      requestAnimationFrame(() => setTimeout(() => window.__benchSeen({ at: performance.timeOrigin + performance.now(), timeOrigin: performance.timeOrigin, patchAt: null }), 0));
    };
    const watcher = new MutationObserver(check);
    watcher.observe(document, { subtree: true, childList: true, characterData: true });
  };
})()`

export interface DevMeasurement {
  n: number
  edits: number
  serverStartMs: number
  firstLoadMs: number
  total: Sample
  toReload: Sample
  reloadToPaint: Sample
  /** In-place updates: write → the patch arrives in the page (watcher, one file compiled, websocket). */
  toPatch: Sample
  /** In-place updates: the patch arrives → the new title painted (data replaced, routes re-read, React). */
  patchToPaint: Sample
  /** Edits whose page did not reload (an in-place update). */
  inPlace: number
  /** Edits whose new title never showed (within EDIT_TIMEOUT_MS). */
  failed: number
  /** A talk file added → its card painted; deleted → the card gone. */
  added: Sample
  deleted: Sample
  /** Add-then-delete rounds in which the page kept its document. */
  filesInPlace: number
}

const EDIT_TIMEOUT_MS = 90_000

/** What the probe reports: the paint with the new title, its document, and the patch's arrival (in-place updates). */
interface Seen {
  at: number
  timeOrigin: number
  patchAt: number | null
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => ok(port))
    })
  })
}

async function waitForHttp(url: string, child: ChildProcess, logFile: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite dev server exited with ${child.exitCode}; ${logFile}:\n${tail(logFile)}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  throw new Error(`vite dev server did not answer at ${url} within ${timeoutMs / 1000} s; ${logFile}:\n${tail(logFile)}`)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  return new Promise((ok) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // gone
      }
    }, 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      ok()
    })
    try {
      process.kill(-child.pid!, 'SIGTERM') // the process group this section started (npx and vite)
    } catch {
      ok()
    }
  })
}

function retitle(text: string, title: string): string {
  const next = text.replace(/^title\s*=.*?(\r?)$/m, (_, cr: string) => `title = ${JSON.stringify(title)}${cr}`)
  if (next === text) throw new Error('no title line to change')
  return next
}

async function measure(n: number, options: BenchOptions): Promise<DevMeasurement> {
  const c = collectionFor(n, options)
  const compiled = compiledFor(n, options)
  const target = compiled.index.talks[0]
  const file = target && compiled.fileOf.get(target.slug)
  if (!target || !file) throw new Error('no talk to edit')
  const original = readFileSync(file, 'utf8')

  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const logFile = join(c.root, `dev-${port}.log`)
  const fd = openSync(logFile, 'a')
  const env: NodeJS.ProcessEnv = { ...process.env, TALKS_CONTENT_DIR: c.dir }
  delete env.NODE_ENV
  options.log(`dev: N=${fmtInt(n)}: starting vite on port ${port}`)
  const started = performance.now()
  const child = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: REPO, env, stdio: ['ignore', fd, fd], detached: true })
  closeSync(fd)
  const browser = await launch()
  try {
    await waitForHttp(url, child, logFile)
    const serverStartMs = performance.now() - started

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    let seen: ((v: Seen) => void) | undefined
    await context.exposeFunction('__benchSeen', (v: Seen) => seen?.(v))
    await context.addInitScript({ content: DEV_PROBE })
    const page = await context.newPage()
    const loadStarted = Date.now()
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 })
    await page.locator('main h3', { hasText: target.title }).first().waitFor({ timeout: 300_000 })
    const firstLoadMs = Date.now() - loadStarted
    await sleep(1000)

    const total: number[] = []
    const toReload: number[] = []
    const reloadToPaint: number[] = []
    const toPatch: number[] = []
    const patchToPaint: number[] = []
    let inPlace = 0
    let failed = 0
    for (let i = 1; i <= options.runs; i++) {
      const title = `${target.title} (edit ${i})`
      const origin = (await page.evaluate('performance.timeOrigin')) as number
      let timer: NodeJS.Timeout | undefined
      const painted = new Promise<Seen | undefined>((ok) => {
        timer = setTimeout(() => ok(undefined), EDIT_TIMEOUT_MS)
        seen = ok
      })
      await page.evaluate(`window.__watchTitle(${JSON.stringify(title)})`)
      const written = Date.now()
      writeFileSync(file, retitle(original, title))
      const v = await painted
      clearTimeout(timer)
      if (!v) {
        failed++
        options.log(`dev: N=${fmtInt(n)} edit ${i}/${options.runs}: the new title did not appear within ${EDIT_TIMEOUT_MS / 1000} s (see ${logFile})`)
        await page.reload({ timeout: 300_000 }).catch(() => undefined)
        continue
      }
      total.push(v.at - written)
      if (v.timeOrigin === origin) {
        inPlace++
        if (v.patchAt !== null) {
          toPatch.push(v.patchAt - written)
          patchToPaint.push(v.at - v.patchAt)
        }
      } else {
        toReload.push(v.timeOrigin - written)
        reloadToPaint.push(v.at - v.timeOrigin)
      }
      options.log(`dev: N=${fmtInt(n)} edit ${i}/${options.runs}: ${fmt(v.at - written, 0)} ms`)
      await sleep(1500)
    }
    const files = await addAndDelete(page, (v) => (seen = v), c.dir, original, target.title, options, n)
    await context.close()
    return {
      n,
      ...files,
      edits: options.runs,
      serverStartMs,
      firstLoadMs,
      failed,
      total: sample(total.length ? total : [NaN]),
      toReload: sample(toReload.length ? toReload : [NaN]),
      reloadToPaint: sample(reloadToPaint.length ? reloadToPaint : [NaN]),
      toPatch: sample(toPatch.length ? toPatch : [NaN]),
      patchToPaint: sample(patchToPaint.length ? patchToPaint : [NaN]),
      inPlace,
    }
  } finally {
    writeFileSync(file, original)
    await browser.close()
    await stop(child)
  }
}

/**
 * Adding a talk file (a copy of the newest talk under a new name and title, so it lands on the first
 * screen) → its card painted; deleting it → the card gone. Both in place when the page kept its document.
 */
async function addAndDelete(page: Page, onSeen: (ok: (v: Seen) => void) => void, dir: string, original: string, title: string, options: BenchOptions, n: number) {
  const added: number[] = []
  const deleted: number[] = []
  let filesInPlace = 0
  const waitSeen = (action: () => void) =>
    new Promise<Seen | undefined>((ok) => {
      const timer = setTimeout(() => ok(undefined), EDIT_TIMEOUT_MS)
      onSeen((v) => (clearTimeout(timer), ok(v)))
      action()
    })
  for (let i = 1; i <= options.runs; i++) {
    const name = `${title} (added ${i})`
    const file = join(dir, `zz-bench-added-${i}.md`)
    const origin = (await page.evaluate('performance.timeOrigin')) as number
    await page.evaluate(`window.__watchTitle(${JSON.stringify(name)})`)
    const written = Date.now()
    const shown = await waitSeen(() => writeFileSync(file, retitle(original.replace(/^slug\s*=.*$/m, ''), name)))
    if (shown) added.push(shown.at - written)
    await sleep(1000)
    await page.evaluate(`window.__watchGone(${JSON.stringify(name)})`)
    const removed = Date.now()
    const gone = await waitSeen(() => rmSync(file, { force: true }))
    if (gone) deleted.push(gone.at - removed)
    if (shown && gone && gone.timeOrigin === origin) filesInPlace++
    const split = shown?.patchAt ? ` (patch arrived after ${fmt(shown.patchAt - written, 0)} ms)` : ''
    options.log(`dev: N=${fmtInt(n)} add/delete ${i}/${options.runs}: ${shown ? fmt(shown.at - written, 0) : 'timed out'}${split} / ${gone ? fmt(gone.at - removed, 0) : 'timed out'} ms`)
    await sleep(1000)
  }
  return { added: sample(added.length ? added : [NaN]), deleted: sample(deleted.length ? deleted : [NaN]), filesInPlace }
}

function toTable(results: DevMeasurement[]): Table {
  return {
    columns: [
      { header: 'N' },
      { header: 'edits' },
      { header: 'write → title painted ms' },
      { header: 'range ms' },
      { header: 'in place' },
      { header: 'write → patch arrives' },
      { header: 'patch → painted' },
      { header: 'write → reload starts' },
      { header: 'reload → painted' },
      { header: `budget ≤ ${BUDGETS.devUpdateMs} ms`, align: 'left' },
      { header: 'add file → painted' },
      { header: 'delete → gone' },
      { header: 'in place' },
      { header: `budget ≤ ${BUDGETS.devUpdateMs} ms`, align: 'left' },
    ],
    rows: results.map((m) => [
      fmtInt(m.n),
      m.failed ? `${m.edits - m.failed} of ${m.edits}` : fmtInt(m.edits),
      fmt(m.total.medianMs, 0),
      `${fmt(m.total.minMs, 0)}–${fmt(m.total.maxMs, 0)}`,
      fmtInt(m.inPlace),
      fmt(m.toPatch.medianMs, 0),
      fmt(m.patchToPaint.medianMs, 0),
      fmt(m.toReload.medianMs, 0),
      fmt(m.reloadToPaint.medianMs, 0),
      verdict(m.total.medianMs, BUDGETS.devUpdateMs),
      fmt(m.added.medianMs, 0),
      fmt(m.deleted.medianMs, 0),
      `${m.filesInPlace} of ${m.edits}`,
      verdict(Math.max(m.added.medianMs, m.deleted.medianMs), BUDGETS.devUpdateMs),
    ]),
  }
}

export const devSection: Section = {
  id: 'dev',
  async run(options): Promise<SectionResult> {
    const results: DevMeasurement[] = []
    for (const n of options.sizes) results.push(await measure(n, options))
    return {
      title: `Dev update: save, add or delete a talk file → the change visible in the open page (median of ${options.runs} each)`,
      table: toTable(results),
      notes: [
        'vite dev server (npx vite) on the collection, home page open in Chromium; the newest talk\'s title is changed and saved.',
        'Time from the write to the first paint showing the new title. An edit that keeps the talk in its place is patched in',
        'place: the figure splits at the patch\'s arrival in the page (server: watcher, one file compiled, websocket; page: data',
        "replaced, routes re-read, React). Any other edit reloads: it splits at the new document's time origin. Medians of each part.",
        'Then a new talk file (a copy of the newest under another name and title) is written and deleted: the time to its card',
        "painted, and to the card gone; \"in place\" counts the rounds in which the page kept its document.",
        ...results.map(
          (m) =>
            `N=${fmtInt(m.n)}: dev server answered after ${fmt(m.serverStartMs / 1000)} s; first page load ${fmt(m.firstLoadMs / 1000)} s` +
            (m.inPlace ? `; ${m.inPlace} edits updated without a reload` : '') +
            (m.failed ? `; ${m.failed} edits timed out (${EDIT_TIMEOUT_MS / 1000} s), left out of the figures` : ''),
        ),
      ],
      data: results,
      budgets: results.flatMap((m) => [
        { figure: 'dev: save a talk → change painted (median)', n: fmtInt(m.n), value: `${fmt(m.total.medianMs, 0)} ms`, budget: `≤ ${BUDGETS.devUpdateMs} ms`, verdict: verdict(m.total.medianMs, BUDGETS.devUpdateMs) },
        { figure: 'dev: add a talk file → card painted (median)', n: fmtInt(m.n), value: `${fmt(m.added.medianMs, 0)} ms`, budget: `≤ ${BUDGETS.devUpdateMs} ms`, verdict: verdict(m.added.medianMs, BUDGETS.devUpdateMs) },
        { figure: 'dev: delete a talk file → card gone (median)', n: fmtInt(m.n), value: `${fmt(m.deleted.medianMs, 0)} ms`, budget: `≤ ${BUDGETS.devUpdateMs} ms`, verdict: verdict(m.deleted.medianMs, BUDGETS.devUpdateMs) },
      ]),
    }
  },
}
