// Page load in headless Chromium: LCP, CLS and total blocking time of the home page and of a talk
// page (the middle talk of the collection), each load in a fresh context (empty cache), served by
// the tests' plain static server on localhost (no network or CPU throttling).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUDGETS, verdict } from './lib/budget.ts'
import { appReady, freshPage, readPerf, vitals, withSite, type Vitals } from './lib/chromium.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { builtSite } from './lib/site.ts'
import { fmt, fmtInt, median } from './lib/stats.ts'
import type { Table } from './lib/table.ts'
import { sleep } from './lib/workspace.ts'

export interface PageMeasurement {
  n: number
  page: 'home' | 'talk'
  path: string
  runs: Vitals[]
  median: Vitals
}

/** Median of each figure over the runs (the LCP element of the median-LCP run). */
function medianVitals(runs: Vitals[]): Vitals {
  const m = (k: keyof Omit<Vitals, 'lcpElement'>) => median(runs.map((r) => r[k]))
  const lcpMs = m('lcpMs')
  const byLcp = [...runs].sort((a, b) => Math.abs(a.lcpMs - lcpMs) - Math.abs(b.lcpMs - lcpMs))[0]
  return { fcpMs: m('fcpMs'), lcpMs, lcpElement: byLcp?.lcpElement ?? '', cls: m('cls'), tbtMs: m('tbtMs'), longestTaskMs: m('longestTaskMs') }
}

/** The talk in the middle of the collection (its detail chunk is neither the first nor the last). */
function middleTalk(outDir: string): string {
  const { talks } = JSON.parse(readFileSync(join(outDir, 'talks.json'), 'utf8')) as { talks: { slug: string }[] }
  const talk = talks[Math.floor(talks.length / 2)]
  if (!talk) throw new Error('talks.json lists no talks')
  return `talks/${talk.slug}/`
}

async function measure(n: number, options: BenchOptions): Promise<PageMeasurement[]> {
  const { outDir } = await builtSite(n, options)
  const pages: { page: 'home' | 'talk'; path: string }[] = [
    { page: 'home', path: '' },
    { page: 'talk', path: middleTalk(outDir) },
  ]
  return withSite(outDir, async (browser, url) => {
    const runs = new Map<string, Vitals[]>(pages.map((p) => [p.page, []]))
    for (let r = 0; r < options.runs; r++) {
      for (const p of pages) {
        options.log(`page: N=${fmtInt(n)} run ${r + 1}/${options.runs}: ${p.page}`)
        const { context, page } = await freshPage(browser)
        await page.goto(url + p.path, { waitUntil: 'load' })
        await appReady(page)
        await page.waitForLoadState('networkidle')
        await sleep(1000) // long tasks after hydration, late layout shifts
        runs.get(p.page)!.push(vitals(await readPerf(page)))
        await context.close()
      }
    }
    return pages.map((p) => ({ n, ...p, runs: runs.get(p.page)!, median: medianVitals(runs.get(p.page)!) }))
  })
}

function toTable(results: PageMeasurement[]): Table {
  return {
    columns: [
      { header: 'N' },
      { header: 'page', align: 'left' },
      { header: 'FCP ms' },
      { header: 'LCP ms' },
      { header: 'LCP element', align: 'left' },
      { header: 'CLS' },
      { header: 'TBT ms' },
      { header: 'longest task ms' },
      { header: `LCP ≤ ${BUDGETS.lcpMs} ms`, align: 'left' },
      { header: `tasks ≤ ${BUDGETS.longTaskMs} ms`, align: 'left' },
    ],
    rows: results.map((m, i) => [
      i > 0 && results[i - 1]!.n === m.n ? '' : fmtInt(m.n),
      m.page,
      fmt(m.median.fcpMs, 0),
      fmt(m.median.lcpMs, 0),
      m.median.lcpElement,
      fmt(m.median.cls, 3),
      fmt(m.median.tbtMs, 0),
      m.median.longestTaskMs ? fmt(m.median.longestTaskMs, 0) : 'none',
      verdict(m.median.lcpMs, BUDGETS.lcpMs),
      verdict(m.median.longestTaskMs, BUDGETS.longTaskMs),
    ]),
  }
}

export const pageSection: Section = {
  id: 'page',
  async run(options): Promise<SectionResult> {
    const results: PageMeasurement[] = []
    for (const n of options.sizes) results.push(...(await measure(n, options)))
    return {
      title: `Page load in headless Chromium, localhost, no throttling (median of ${options.runs} cold loads)`,
      table: toTable(results),
      notes: [
        'FCP/LCP from paint and largest-contentful-paint entries; CLS = largest session window of layout shifts;',
        'TBT = sum of (long task − 50 ms) after FCP until 1 s after the network went idle; longest task = "none" when no task',
        'exceeded 50 ms. Talk page = the middle talk of talks.json (its detail chunk is neither the first nor the last).',
      ],
      data: results,
      budgets: results.flatMap((m) => [
        { figure: `${m.page} page LCP, localhost (median)`, n: fmtInt(m.n), value: `${fmt(m.median.lcpMs, 0)} ms`, budget: `≤ ${BUDGETS.lcpMs} ms`, verdict: verdict(m.median.lcpMs, BUDGETS.lcpMs) },
        { figure: `${m.page} page longest task while loading (median)`, n: fmtInt(m.n), value: m.median.longestTaskMs ? `${fmt(m.median.longestTaskMs, 0)} ms` : 'none > 50 ms', budget: `≤ ${BUDGETS.longTaskMs} ms`, verdict: m.median.longestTaskMs ? verdict(m.median.longestTaskMs, BUDGETS.longTaskMs) : 'ok' },
      ]),
    }
  },
}
