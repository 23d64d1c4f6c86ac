// Where the main thread's time goes: a Chromium CPU profile of one action on a built site,
// summarised as the functions with the most total (inclusive) and self time.
//
//   tsx bench/profile.ts DIST ACTION [--out file.cpuprofile] [--trace]
//
// ACTION is one of
//   home                 loading the home page (navigation → quiet)
//   type:QUERY           typing QUERY into the search box, a character at a time (abstracts loaded first)
//   jump:YEAR|oldest     clicking a year in the year bar of a freshly loaded home page
//
// Build DIST with `--minify false` to read function names:
//   TALKS_CONTENT_DIR=/tmp/c/talks npx vite build --minify false --outDir /tmp/dist-nomin
// The .cpuprofile written by --out opens in Chromium DevTools (Performance → Load profile).
// --trace records a Chromium trace instead and splits the main thread's time by kind of work
// (script, style, layout, paint…), which the CPU profile lumps together as "(program)".
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { appReady, freshPage, waitFor, withSite } from './lib/chromium.ts'
import { argValue, isMain } from './lib/main.ts'
import { fmt } from './lib/stats.ts'
import { formatTable } from './lib/table.ts'
import { sleep } from './lib/workspace.ts'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

const settle = (page: Page, ms = 300) =>
  page.evaluate(`new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))`).then(() => page.waitForLoadState('networkidle')).then(() => sleep(ms))

function frameName(f: ProfileNode['callFrame']): string {
  const file = f.url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') || ''
  if (!f.url && !f.functionName) return '(anonymous)'
  if (!f.url) return f.functionName // (program), (garbage collector), (idle), natives
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let busy = 0
  let all = 0
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    all += dt
    const node = byId.get(id)!
    const name = frameName(node.callFrame)
    self.set(name, (self.get(name) ?? 0) + dt)
    if (name === '(idle)') return
    busy += dt
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = frameName(byId.get(cur)!.callFrame)
      if (key === '(root)' || seen.has(key)) continue
      seen.add(key)
      total.set(key, (total.get(key) ?? 0) + dt)
    }
  })
  const rows = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [fmt(v, 0), fmt((100 * v) / busy, 1), k])
  const columns = [{ header: 'ms' }, { header: '% busy' }, { header: 'function', align: 'left' as const }]
  return [
    `profiled ${fmt(all, 0)} ms, main thread busy ${fmt(busy, 0)} ms (idle ${fmt(self.get('(idle)') ?? 0, 0)} ms)`,
    '',
    'total (inclusive) time',
    formatTable({ columns, rows: rows(total) }),
    '',
    'self time',
    formatTable({ columns, rows: rows(self) }),
  ].join('\n')
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

/** Main-thread time by trace event, counting only events not nested in another counted one. */
export function summariseTrace(events: TraceEvent[]): string {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) return 'no renderer main thread in the trace'
  const KINDS: Record<string, string> = {
    FunctionCall: 'script', EventDispatch: 'script', TimerFire: 'script', FireAnimationFrame: 'script', RunMicrotasks: 'script',
    EvaluateScript: 'script', 'v8.evaluateModule': 'script', 'v8.compile': 'script', 'v8.compileModule': 'script', V8Execute: 'script',
    MajorGC: 'gc', MinorGC: 'gc', 'V8.GC_MARK_COMPACTOR': 'gc', 'V8.GC_SCAVENGER': 'gc',
    UpdateLayoutTree: 'style', ParseAuthorStyleSheet: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint',
    UpdateLayer: 'paint', CompositeLayers: 'paint', ParseHTML: 'parse HTML', IntersectionObserverController: 'other',
  }
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && KINDS[e.name])
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const byKind = new Map<string, number>()
  const byName = new Map<string, number>()
  let coveredUntil = -Infinity
  for (const e of spans) {
    if (e.ts < coveredUntil) continue // nested inside an event already counted
    coveredUntil = e.ts + e.dur!
    byKind.set(KINDS[e.name]!, (byKind.get(KINDS[e.name]!) ?? 0) + e.dur! / 1000)
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000)
  }
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
  const long = tasks.filter((t) => t.dur! > 50_000)
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [fmt(v, 0), k])
  const columns = [{ header: 'ms' }, { header: 'work', align: 'left' as const }]
  return [
    `main thread: ${tasks.length} tasks, ${long.length} over 50 ms (longest ${fmt(Math.max(0, ...tasks.map((t) => t.dur!)) / 1000, 0)} ms)`,
    '',
    formatTable({ columns, rows: rows(byKind) }),
    '',
    formatTable({ columns, rows: rows(byName) }),
  ].join('\n')
}

async function main() {
  const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'))
  const [dist, action] = positional
  if (!dist || !action || !/^(home|type:.+|jump:.+)$/.test(action)) {
    console.error('usage: tsx bench/profile.ts DIST home|type:QUERY|jump:YEAR|jump:oldest [--out FILE] [--trace]')
    process.exit(2)
  }
  const out = argValue(process.argv, '--out')
  const tracing = process.argv.includes('--trace')
  let trace: Buffer | undefined
  const profile = await withSite(resolve(dist), async (browser, url) => {
    const { context, page } = await freshPage(browser)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    const start = async () => {
      if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc'] })
      else await cdp.send('Profiler.start')
    }
    if (action === 'home') {
      await start()
      await page.goto(url, { waitUntil: 'load' })
      await appReady(page)
      await settle(page, 1000)
    } else {
      await page.goto(url, { waitUntil: 'load' })
      await appReady(page)
      await settle(page, 500)
      if (action.startsWith('type:')) {
        const query = action.slice(5)
        await page.click('#talk-search')
        await settle(page, 1500) // every summary chunk loaded and indexed
        await start()
        for (const ch of query) {
          await page.keyboard.type(ch)
          await settle(page, 150)
        }
      } else {
        const year = action.slice(5)
        const links = page.locator('nav[aria-label="Jump to year"] a')
        const link = year === 'oldest' ? links.last() : links.filter({ hasText: year }).first()
        await start()
        await link.click({ noWaitAfter: true, timeout: 600_000 })
        await waitFor(page, 'true', { timeout: 600_000 })
        await settle(page, 500)
      }
    }
    if (tracing) {
      trace = await browser.stopTracing()
      await context.close()
      return undefined
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
    await context.close()
    return profile
  })
  if (out) {
    writeFileSync(resolve(out), trace ?? JSON.stringify(profile))
    console.error(`wrote ${resolve(out)}`)
  }
  console.log(`${action} on ${dist}${tracing ? ' (trace)' : ''}`)
  if (trace) {
    const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
    console.log(summariseTrace(parsed.traceEvents))
  } else if (profile) console.log(summarise(profile))
}

if (isMain(import.meta.url)) await main()
