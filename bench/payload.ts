// What the home page costs to download. From the build output: gzip bytes of the HTML and the
// scripts, module preloads and stylesheets it references (and their static imports), the first page
// of talks with its abstracts included — everything needed before it shows the list; and the total
// of every asset. Then what Chromium actually fetches when loading the home page (cold
// cache), each response gzipped to estimate what a compressing host would send.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BUDGETS, kb, verdict } from './lib/budget.ts'
import { freshPage, withSite } from './lib/chromium.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { builtSite, siteAssets } from './lib/site.ts'
import { fmtInt } from './lib/stats.ts'
import type { Table } from './lib/table.ts'

const gz = (data: Buffer | string) => gzipSync(data, { level: 6 }).length

export interface PayloadMeasurement {
  n: number
  /** Gzip bytes, level 6 (a typical server setting). */
  htmlGz: number
  jsGz: number
  cssGz: number
  /** The talk data in the first load (the first page, facets). */
  dataGz: number
  beforeListGz: number
  beforeListRaw: number
  /** What the home page references, with gzip sizes. */
  files: { path: string; raw: number; gz: number }[]
  assets: { files: number; raw: number; gz: number; largest: { path: string; raw: number; gz: number }[] }
  chromium: { requests: number; raw: number; gz: number; responses: { url: string; status: number; raw: number; gz: number }[] }
}

async function chromiumTransfer(outDir: string): Promise<PayloadMeasurement['chromium']> {
  return withSite(outDir, async (browser, url) => {
    const { context, page } = await freshPage(browser)
    const pending: Promise<void>[] = []
    const responses: PayloadMeasurement['chromium']['responses'] = []
    page.on('response', (r) => {
      pending.push(
        r.body().then(
          (body) => void responses.push({ url: r.url().replace(url, '/'), status: r.status(), raw: body.length, gz: gz(body) }),
          () => void responses.push({ url: r.url().replace(url, '/'), status: r.status(), raw: 0, gz: 0 }),
        ),
      )
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    await Promise.all(pending)
    await context.close()
    return { requests: responses.length, raw: responses.reduce((s, r) => s + r.raw, 0), gz: responses.reduce((s, r) => s + r.gz, 0), responses }
  })
}

async function measure(n: number, options: BenchOptions): Promise<PayloadMeasurement> {
  const { outDir } = await builtSite(n, options)
  const assets = siteAssets(outDir)
  const sized = (path: string) => {
    const data = readFileSync(join(outDir, path))
    return { path, raw: data.length, gz: gz(data) }
  }
  const html = sized('/index.html')
  const refs = assets.homeReferences.map(sized)
  const data = refs.find((f) => f.path === assets.talkList)!
  const files = [html, ...refs]
  const sum = (items: { gz: number }[]) => items.reduce((s, f) => s + f.gz, 0)

  // Every file under assets/, data files and resized images included.
  const all = (readdirSync(join(outDir, 'assets'), { recursive: true }) as string[]).filter((f) => statSync(join(outDir, 'assets', f)).isFile()).map((f) => sized(`/assets/${f}`))
  options.log(`payload: N=${fmtInt(n)}: loading the home page in Chromium`)
  const chromium = await chromiumTransfer(outDir)
  return {
    n,
    htmlGz: html.gz,
    jsGz: sum(refs.filter((f) => f.path.endsWith('.js'))),
    cssGz: sum(refs.filter((f) => f.path.endsWith('.css'))),
    dataGz: data.gz,
    beforeListGz: sum(files),
    beforeListRaw: files.reduce((s, f) => s + f.raw, 0),
    files,
    assets: { files: all.length, raw: all.reduce((s, f) => s + f.raw, 0), gz: sum(all), largest: [...all].sort((a, b) => b.gz - a.gz).slice(0, 5) },
    chromium,
  }
}

function toTable(results: PayloadMeasurement[]): Table {
  return {
    columns: [
      { header: 'N' },
      { header: 'HTML' },
      { header: 'JS' },
      { header: 'CSS' },
      { header: 'of which talk data' },
      { header: 'before list' },
      { header: `budget ≤ ${kb(BUDGETS.homeBytes)}`, align: 'left' },
      { header: 'all assets' },
      { header: 'Chromium: requests' },
      { header: 'raw' },
      { header: 'gzip est.' },
    ],
    rows: results.map((m) => [
      fmtInt(m.n),
      kb(m.htmlGz),
      kb(m.jsGz),
      kb(m.cssGz),
      kb(m.dataGz),
      kb(m.beforeListGz),
      verdict(m.beforeListGz, BUDGETS.homeBytes),
      `${kb(m.assets.gz)} (${fmtInt(m.assets.files)} files)`,
      fmtInt(m.chromium.requests),
      kb(m.chromium.raw),
      kb(m.chromium.gz),
    ]),
  }
}

function notesFor(results: PayloadMeasurement[]): string[] {
  const notes = [
    'Sizes are gzip -6 of each file (1 KB = 1,000 bytes). HTML holds its share of the stylesheet inline; CSS = the whole sheet,',
    'which the app fetches at start. before list = HTML + every script, module preload and stylesheet it references or names',
    '(the first page of talks, abstracts included, comes in talk-list.js); all assets = every file in dist/assets (lazy chunks included, gzip sum).',
    'Chromium = responses on loading the home page with an empty cache until the network is idle (the static server does not',
    'compress, so raw is what went over the wire; gzip est. is each response gzipped).',
  ]
  for (const m of results) {
    const top = m.files
      .filter((f) => f.gz > 2000)
      .sort((a, b) => b.gz - a.gz)
      .map((f) => `${f.path.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1')} ${kb(f.gz)}`)
    notes.push(`N=${fmtInt(m.n)}: before list = ${top.join(', ')} (raw ${kb(m.beforeListRaw)})`)
  }
  return notes
}

export const payloadSection: Section = {
  id: 'payload',
  async run(options): Promise<SectionResult> {
    const results: PayloadMeasurement[] = []
    for (const n of options.sizes) results.push(await measure(n, options))
    const budgets = results.map((m) => ({ figure: 'home page gzip before the list', n: fmtInt(m.n), value: kb(m.beforeListGz), budget: `≤ ${kb(BUDGETS.homeBytes)}`, verdict: verdict(m.beforeListGz, BUDGETS.homeBytes) }))
    return { title: 'Payload: what the home page downloads (gzip)', table: toTable(results), notes: notesFor(results), data: results, budgets }
  },
}
