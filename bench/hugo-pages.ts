// Page loads next to Hugo's on the same content: the talk list and every talk page of the bundled
// talks (content/talks/ and public/img/, or TALKS_CONTENT_DIR / TALKSHELF_SITE / a config's folders),
// built by `vite build` and by Hugo with a layout that renders what FD.io's webinar pages render
// (bench/lib/hugo-pages-site.ts). Both sites are served by the same static server; every load is a
// fresh browser context (cold cache), under each profile of bench/lib/throttle.ts, the two sites
// alternating which goes first. Reports median LCP of each, and their ratio. Without Hugo: n/a.
import { rmSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Browser } from 'playwright-core'
import { compileCollection, compileTalkFile, FileCache, type CompileOptions } from '../src/compiler/compile.ts'
import { loadSiteConfig } from '../src/compiler/config/resolve.ts'
import { launch, PERF_INIT, readPerf, serveStatic, vitals } from './lib/chromium.ts'
import { findHugo, HUGO_INSTALL, hugoBuild, hugoVersion } from './lib/hugo.ts'
import { hugoPagesBySource, makeHugoPagesSite } from './lib/hugo-pages-site.ts'
import { tail, timedRun } from './lib/process.ts'
import type { BenchOptions, BudgetRow, Section, SectionResult } from './lib/section.ts'
import { fmt, fmtInt, median } from './lib/stats.ts'
import type { Table } from './lib/table.ts'
import { PROFILES, throttle, type LoadProfile, type Transfer } from './lib/throttle.ts'
import { REPO, sleep, tempDir } from './lib/workspace.ts'

/** The budget: Talkshelf's LCP no later than Hugo's, page for page. */
export const HUGO_PAGES_BUDGET = 1

type Side = 'talkshelf' | 'hugo'

interface PagePair {
  /** "list", or the talk's slug. */
  name: string
  talkshelf: string
  hugo: string
}

export interface Load extends Transfer {
  lcpMs: number
  fcpMs: number
  cls: number
  lcpElement: string
}

export interface PageComparison {
  profile: string
  page: string
  talkshelf: Load[]
  hugo: Load[]
  /** Median LCP of Talkshelf / median LCP of Hugo. */
  ratio: number
}

const noNodeEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.NODE_ENV // production, as `npm run build`
  return env
}

/** Builds both sites from the same folders; returns their folders and the pages to compare. */
async function buildBoth(hugo: string, root: string, log: (m: string) => void): Promise<{ talkshelfOut: string; hugoOut: string; pages: PagePair[]; contentDir: string }> {
  const config = await loadSiteConfig({ root: REPO, env: process.env })
  const talkshelfOut = join(root, 'talkshelf')
  log(`hugo-pages: vite build of ${relative(REPO, config.contentDir) || config.contentDir}`)
  const built = await timedRun('npx', ['vite', 'build', '--outDir', talkshelfOut, '--emptyOutDir'], { cwd: REPO, env: noNodeEnv(), logFile: join(root, 'vite.log'), statsFile: join(root, 'vite.time') })
  if (built.exitCode !== 0) throw new Error(`vite build failed; ${join(root, 'vite.log')}:\n${tail(join(root, 'vite.log'))}`)
  log('hugo-pages: hugo build')
  const site = makeHugoPagesSite(join(root, 'hugo-site'), config.contentDir, config.staticDirs)
  const hugoOut = join(root, 'hugo-out')
  await hugoBuild(hugo, site, hugoOut, 'hugo')
  const bySource = hugoPagesBySource(hugoOut)
  const options: CompileOptions = { config, includeDrafts: false, root: REPO, cache: new FileCache() }
  const { index, files } = compileCollection(options)
  const fileOf = new Map<string, string>()
  for (const f of files) {
    const slug = compileTalkFile(f, options).talk?.slug
    if (slug) fileOf.set(slug, relative(config.contentDir, f).split(sep).join('/'))
  }
  const pages: PagePair[] = [{ name: 'list', talkshelf: '', hugo: 'talks/' }]
  for (const t of index.talks) {
    const hugoPath = bySource.get(fileOf.get(t.slug) ?? '')
    if (hugoPath) pages.push({ name: t.slug, talkshelf: `talks/${t.slug}`, hugo: hugoPath.slice(1) })
  }
  return { talkshelfOut, hugoOut, pages, contentDir: config.contentDir }
}

async function load(browser: Browser, url: string, profile: LoadProfile): Promise<Load> {
  const context = await browser.newContext({ viewport: profile.viewport, deviceScaleFactor: profile.deviceScaleFactor, isMobile: profile.mobile, hasTouch: profile.mobile, colorScheme: 'light' })
  try {
    await context.addInitScript({ content: PERF_INIT })
    const page = await context.newPage()
    const transfer = await throttle(context, page, profile)
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForLoadState('networkidle', { timeout: 120_000 })
    await sleep(500) // a late re-render or image
    const perf = await readPerf(page)
    const v = vitals(perf)
    const last = perf.lcp[perf.lcp.length - 1]
    const element = last?.url ? `img ${last.url.replace(/^https?:\/\/[^/]+/, '').split('/').pop()}` : v.lcpElement
    return { lcpMs: v.lcpMs, fcpMs: v.fcpMs, cls: v.cls, lcpElement: element, ...transfer() }
  } finally {
    await context.close()
  }
}

/** Each site served plain and gzipped, by the same server code. */
type Urls = Record<'plain' | 'gzip', Record<Side, string>>

async function compare(pages: PagePair[], served: Urls, options: BenchOptions): Promise<PageComparison[]> {
  const browser = await launch()
  const out: PageComparison[] = []
  try {
    for (const profile of PROFILES) {
      const urls = served[profile.compress ? 'gzip' : 'plain']
      const runs = new Map(pages.map((p) => [p.name, { talkshelf: [] as Load[], hugo: [] as Load[] }]))
      for (let r = 0; r < options.runs; r++) {
        options.log(`hugo-pages: ${profile.id} run ${r + 1}/${options.runs}`)
        for (const [i, p] of pages.entries()) {
          // Alternate which site goes first, so drift in the machine's load favours neither.
          const order: Side[] = (r + i) % 2 === 0 ? ['talkshelf', 'hugo'] : ['hugo', 'talkshelf']
          for (const side of order) runs.get(p.name)![side].push(await load(browser, urls[side] + p[side], profile))
        }
      }
      for (const p of pages) {
        const { talkshelf, hugo } = runs.get(p.name)!
        out.push({ profile: profile.id, page: p.name, talkshelf, hugo, ratio: median(talkshelf.map((l) => l.lcpMs)) / median(hugo.map((l) => l.lcpMs)) })
      }
    }
  } finally {
    await browser.close()
  }
  return out
}

const kbOf = (loads: Load[], key: 'totalBytes' | 'imageBytes') => fmt(median(loads.map((l) => l[key])) / 1000, 0)
const range = (loads: Load[]) => `${fmtInt(Math.min(...loads.map((l) => l.lcpMs)))}–${fmtInt(Math.max(...loads.map((l) => l.lcpMs)))}`
/** The LCP element of the run closest to the median. */
const elementOf = (loads: Load[]) => {
  const m = median(loads.map((l) => l.lcpMs))
  return ([...loads].sort((a, b) => Math.abs(a.lcpMs - m) - Math.abs(b.lcpMs - m))[0]?.lcpElement ?? '').slice(0, 30)
}
const shortName = (page: string) => (page.length > 34 ? `${page.slice(0, 33)}…` : page)

function toTable(results: PageComparison[]): Table {
  return {
    columns: [
      { header: 'profile', align: 'left' },
      { header: 'page', align: 'left' },
      { header: 'Talkshelf LCP ms' },
      { header: 'range' },
      { header: 'Hugo LCP ms' },
      { header: 'range' },
      { header: 'ratio' },
      { header: `≤ ${fmt(HUGO_PAGES_BUDGET)}×`, align: 'left' },
      { header: 'KB (images)' },
      { header: 'Hugo KB (images)' },
      { header: 'Talkshelf LCP element', align: 'left' },
      { header: 'Hugo LCP element', align: 'left' },
    ],
    rows: results.map((c, i) => [
      i > 0 && results[i - 1]!.profile === c.profile ? '' : c.profile,
      shortName(c.page),
      fmtInt(median(c.talkshelf.map((l) => l.lcpMs))),
      range(c.talkshelf),
      fmtInt(median(c.hugo.map((l) => l.lcpMs))),
      range(c.hugo),
      `${fmt(c.ratio, 2)}×`,
      c.ratio <= HUGO_PAGES_BUDGET ? 'ok' : 'OVER',
      `${kbOf(c.talkshelf, 'totalBytes')} (${kbOf(c.talkshelf, 'imageBytes')})`,
      `${kbOf(c.hugo, 'totalBytes')} (${kbOf(c.hugo, 'imageBytes')})`,
      elementOf(c.talkshelf),
      elementOf(c.hugo),
    ]),
  }
}

/** Per profile: the list page's ratio and the median ratio over the talk pages. */
function summary(results: PageComparison[]): string[] {
  return PROFILES.map((p) => {
    const mine = results.filter((r) => r.profile === p.id)
    const list = mine.find((r) => r.page === 'list')
    const talks = mine.filter((r) => r.page !== 'list').map((r) => r.ratio)
    const worst = Math.max(...talks)
    return `${p.id}: list ${list ? fmt(list.ratio, 2) : 'n/a'}×, talk pages median ${fmt(median(talks), 2)}× (worst ${fmt(worst, 2)}×) — ${p.label}`
  })
}

/** Per profile, for the summary: the list page's ratio and the worst talk page's. */
function budgetRows(results: PageComparison[]): BudgetRow[] {
  return PROFILES.flatMap((p) => {
    const mine = results.filter((r) => r.profile === p.id)
    const list = mine.find((r) => r.page === 'list')
    const talks = mine.filter((r) => r.page !== 'list').map((r) => r.ratio)
    const row = (figure: string, ratio: number | undefined): BudgetRow => ({
      figure: `${figure} LCP vs Hugo, ${p.id}`,
      n: `${mine.length - 1} talks`,
      value: ratio === undefined || !Number.isFinite(ratio) ? 'n/a' : `${fmt(ratio, 2)}×`,
      budget: `≤ ${HUGO_PAGES_BUDGET}×`,
      verdict: ratio === undefined || !Number.isFinite(ratio) ? 'n/a' : ratio <= HUGO_PAGES_BUDGET ? 'ok' : 'OVER',
    })
    return [row('list page', list?.ratio), row('worst talk page', talks.length ? Math.max(...talks) : undefined)]
  })
}

export const hugoPagesSection: Section = {
  id: 'hugo-pages',
  async run(options): Promise<SectionResult> {
    const title = `Pages next to Hugo's: LCP of the talk list and each talk page, same files and images (median of ${options.runs} cold loads per profile)`
    const hugo = findHugo()
    if (!hugo) {
      options.log(`hugo-pages: hugo not found (install: ${HUGO_INSTALL})`)
      return { title, table: { columns: [{ header: 'profile', align: 'left' }, { header: 'ratio' }], rows: PROFILES.map((p) => [p.id, 'n/a']) }, notes: [`Hugo is not installed, so there is nothing to compare with: n/a. To compare: ${HUGO_INSTALL}`], data: null }
    }
    if (options.sizes.join() !== '1000,10000') options.log('hugo-pages: --sizes does not apply (the section measures the talk folder the site is configured with)')
    const root = tempDir('hugo-pages')
    const { talkshelfOut, hugoOut, pages, contentDir } = await buildBoth(hugo, root, options.log)
    const servers = await Promise.all([serveStatic(talkshelfOut), serveStatic(hugoOut), serveStatic(talkshelfOut, '/', { compress: true }), serveStatic(hugoOut, '/', { compress: true })])
    const [plainT, plainH, gzipT, gzipH] = servers.map((s) => s.url) as [string, string, string, string]
    let results: PageComparison[]
    try {
      results = await compare(pages, { plain: { talkshelf: plainT, hugo: plainH }, gzip: { talkshelf: gzipT, hugo: gzipH } }, options)
    } finally {
      await Promise.all(servers.map((s) => s.close()))
      if (!options.keep) rmSync(root, { recursive: true, force: true })
    }
    return {
      title,
      table: toTable(results),
      notes: [
        ...summary(results),
        `Content: ${relative(REPO, contentDir) || contentDir} (${pages.length - 1} talks). Hugo ${hugoVersion(hugo)} with bench/lib/hugo-pages-site.ts (FD.io's webinar list and page: thumbnails and photos as the original files).`,
        'Both served by test/e2e/static-server.ts (HTTP/1.1; text gzipped at level 6 where the profile says gzip), each load a fresh context; throttling by the DevTools protocol',
        '(Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate); LCP = the last largest-contentful-paint entry 0.5 s after the network went',
        'idle; ratio = Talkshelf median / Hugo median; KB = bytes on the wire per load (median), images in brackets.',
      ],
      data: results,
      budgets: budgetRows(results),
    }
  },
}
