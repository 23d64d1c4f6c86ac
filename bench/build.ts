// Whole-site build: `npx vite build --outDir <tmp>` with TALKS_CONTENT_DIR on the generated
// collection (wall time, peak RSS), side by side with Hugo rendering the same files with a minimal
// layout in the same run, alternating which goes first. Without Hugo the column reads n/a.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { BUDGETS, verdict } from './lib/budget.ts'
import { findHugo, HUGO_INSTALL, hugoBuild, hugoVersion, makeHugoSite, type HugoBuild } from './lib/hugo.ts'
import { hasGnuTime } from './lib/process.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { collectionFor, folderSize, registerBuild, viteBuild, type ViteBuild } from './lib/site.ts'
import { fmt, fmtInt, mb, median, sample, type Sample } from './lib/stats.ts'
import type { Table } from './lib/table.ts'

interface Side {
  wall: Sample
  peakRssBytes?: number
  cpuSeconds?: number
  output: { files: number; bytes: number }
}

export interface BuildMeasurement {
  n: number
  runs: number
  talkshelf: Side & { compileMs?: number; prerenderMs?: number; serverBundleMs?: number; pagesMs?: number }
  hugo?: Side & { pages?: number }
  /** talkshelf wall / Hugo wall (medians). */
  ratio?: number
}

const med = (values: (number | undefined)[]) => {
  const known = values.filter((v): v is number => v !== undefined)
  return known.length ? median(known) : undefined
}
const cpu = (r: { userSeconds?: number; systemSeconds?: number }) => (r.userSeconds === undefined ? undefined : r.userSeconds + (r.systemSeconds ?? 0))

async function measure(n: number, options: BenchOptions, hugo: string | undefined): Promise<BuildMeasurement> {
  const c = collectionFor(n, options)
  const site = hugo ? makeHugoSite(join(c.root, 'hugo-site'), c.dir) : undefined
  const vite: ViteBuild[] = []
  const hugoRuns: HugoBuild[] = []
  let viteOutput = { files: 0, bytes: 0 }
  let hugoOutput = { files: 0, bytes: 0 }
  for (let r = 0; r < options.runs; r++) {
    const last = r === options.runs - 1
    const runVite = async () => {
      options.log(`build: N=${fmtInt(n)} run ${r + 1}/${options.runs}: vite build`)
      const b = await viteBuild(c, 'build')
      vite.push(b)
      if (last) {
        viteOutput = folderSize(b.outDir)
        registerBuild(c, b.outDir) // the site the payload, page and search sections measure
      } else rmSync(b.outDir, { recursive: true, force: true })
    }
    const runHugo = async () => {
      if (!hugo || !site) return
      options.log(`build: N=${fmtInt(n)} run ${r + 1}/${options.runs}: hugo`)
      const h = await hugoBuild(hugo, site, join(c.root, `hugo-out-${r}`), `hugo-${r}`)
      hugoRuns.push(h)
      if (last) hugoOutput = folderSize(h.outDir)
      rmSync(h.outDir, { recursive: true, force: true })
    }
    // Alternate the order so drift in machine load does not favour one side.
    if (r % 2 === 0) {
      await runVite()
      await runHugo()
    } else {
      await runHugo()
      await runVite()
    }
  }
  const talkshelf = {
    wall: sample(vite.map((b) => b.wallMs)),
    peakRssBytes: med(vite.map((b) => b.peakRssBytes)),
    cpuSeconds: med(vite.map(cpu)),
    output: viteOutput,
    compileMs: med(vite.map((b) => b.compileMs)),
    prerenderMs: med(vite.map((b) => b.prerenderMs)),
    serverBundleMs: med(vite.map((b) => b.serverBundleMs)),
    pagesMs: med(vite.map((b) => b.pagesMs)),
  }
  const hugoSide = hugoRuns.length
    ? { wall: sample(hugoRuns.map((h) => h.wallMs)), peakRssBytes: med(hugoRuns.map((h) => h.peakRssBytes)), cpuSeconds: med(hugoRuns.map(cpu)), output: hugoOutput, pages: hugoRuns[0]!.pages }
    : undefined
  return { n, runs: options.runs, talkshelf, hugo: hugoSide, ratio: hugoSide ? talkshelf.wall.medianMs / hugoSide.wall.medianMs : undefined }
}

const s = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? 'n/a' : fmt(ms / 1000))
const secs = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? 'n/a' : `${fmt(ms / 1000)} s`)
const rss = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : mb(bytes))

function toTable(results: BuildMeasurement[]): Table {
  return {
    columns: [
      { header: 'N' },
      { header: 'talkshelf s' },
      { header: 'range s' },
      { header: 'peak RSS' },
      { header: 'Hugo s' },
      { header: 'Hugo RSS' },
      { header: 'talkshelf/Hugo' },
      { header: `budget ≤ ${BUDGETS.buildVsHugo}×`, align: 'left' },
    ],
    rows: results.map((m) => [
      fmtInt(m.n),
      s(m.talkshelf.wall.medianMs),
      `${s(m.talkshelf.wall.minMs)}–${s(m.talkshelf.wall.maxMs)}`,
      rss(m.talkshelf.peakRssBytes),
      s(m.hugo?.wall.medianMs),
      rss(m.hugo?.peakRssBytes),
      m.ratio === undefined ? 'n/a' : `${fmt(m.ratio)}×`,
      verdict(m.ratio, BUDGETS.buildVsHugo),
    ]),
  }
}

function notesFor(results: BuildMeasurement[], hugo: string | undefined): string[] {
  const notes = [
    'talkshelf s = wall time of `npx vite build --outDir <tmp>` (client bundle, prerendering of every page, feed, calendars,',
    'sitemap, talks.json); Hugo s = `hugo` with a minimal layout (title, date, body; speaker and btn shortcodes) on the same',
    'files, same run, order alternated; medians; peak RSS = largest process (GNU time); ratio of the medians.',
  ]
  if (!hasGnuTime()) notes.push('GNU time (/usr/bin/time) is missing, so peak RSS and CPU time are n/a: apt-get install time')
  if (hugo) notes.push(`Hugo: ${hugo} ${hugoVersion(hugo)}`)
  else notes.push(`Hugo is not installed, so its columns read n/a. To compare: ${HUGO_INSTALL}`)
  for (const m of results) {
    const t = m.talkshelf
    const parts = [
      `N=${fmtInt(m.n)}: talkshelf CPU ${secs((t.cpuSeconds ?? NaN) * 1000)}; compile ${secs(t.compileMs)}, prerender ${secs(t.prerenderMs)} (server bundle ${secs(t.serverBundleMs)}, pages ${secs(t.pagesMs)});`,
      `output ${fmtInt(t.output.files)} files, ${mb(t.output.bytes)}`,
    ]
    if (m.hugo) parts.push(`| Hugo CPU ${secs((m.hugo.cpuSeconds ?? NaN) * 1000)}, ${fmtInt(m.hugo.pages ?? NaN)} pages, ${fmtInt(m.hugo.output.files)} files, ${mb(m.hugo.output.bytes)}`)
    notes.push(parts.join(' '))
  }
  return notes
}

export const buildSection: Section = {
  id: 'build',
  async run(options): Promise<SectionResult> {
    const hugo = findHugo()
    if (!hugo) options.log(`build: hugo not found; Hugo columns will read n/a (install: ${HUGO_INSTALL})`)
    const results: BuildMeasurement[] = []
    for (const n of options.sizes) results.push(await measure(n, options, hugo))
    return {
      title: `Build: whole \`vite build\` vs Hugo on the same files (median of ${options.runs} runs)`,
      table: toTable(results),
      notes: notesFor(results, hugo),
      data: { hugo: hugo ? hugoVersion(hugo) : null, results },
      budgets: results.map((m) => ({
        figure: 'whole build vs Hugo, same files',
        n: fmtInt(m.n),
        value: m.ratio === undefined ? 'n/a' : `${fmt(m.ratio)}× (${s(m.talkshelf.wall.medianMs)} / ${s(m.hugo?.wall.medianMs)} s)`,
        budget: `≤ ${BUDGETS.buildVsHugo}×`,
        verdict: verdict(m.ratio, BUDGETS.buildVsHugo),
      })),
    }
  },
}
