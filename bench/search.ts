// Search in Chromium on the built site, and the home page's long tasks.
//
// Latency: a fixed list of queries (typos included) is typed one character at a time into the
// search box. In the page, the keydown (capture phase) starts the clock; every DOM mutation that
// follows schedules requestAnimationFrame + setTimeout (the frame after the change has been
// painted). The next key is pressed once the page has been quiet for 150 ms with the URL holding
// the query and no stale results; the keystroke's latency is its keydown → the paint after the last
// mutation (or the paint of the keystroke itself when nothing changed). Every body is indexed first
// (focusing the box starts that), so every keystroke searches the full text.
//
// Quality: for each query, the talks a reader expects (title holds the intended words, the
// speaker's talks, or for the queries beyond titles, the body, organisation or tag that holds the
// words) found in the app's top 10 results, next to plain fuse.js over every field of every talk
// (title, speakers with organisations, event and tags, body text) with ignoreLocation, run in Node on
// the same compiled collection.
//
// Scrolling: long tasks while scrolling the home page (cards mount as the list end nears), while
// jumping through every year with the year bar, and on a jump from the top straight to the oldest
// year.
import Fuse from 'fuse.js'
import type { Browser, Page } from 'playwright-core'
import { words } from '../src/data/search/text.ts'
import type { Talk } from '../src/data/types.ts'
import { BUDGETS, percentile, verdict } from './lib/budget.ts'
import { appReady, freshPage, longTasksBetween, pageNow, readPerf, waitFor, withSite, type LongTaskSummary } from './lib/chromium.ts'
import type { BenchOptions, Section, SectionResult } from './lib/section.ts'
import { builtSite, compiledFor, type CompiledCollection } from './lib/site.ts'
import { fmt, fmtInt, median } from './lib/stats.ts'
import type { Table } from './lib/table.ts'
import { sleep } from './lib/workspace.ts'

// ---- queries -----------------------------------------------------------------------------------

interface Query {
  /** What is typed. */
  text: string
  label: string
  expected: (talk: Talk, titleWords: string[]) => boolean
}

/** Whether `phrase` (as words) occurs contiguously in `hay`. */
function hasPhrase(hay: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= hay.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (hay[i + j] !== phrase[j]) continue outer
    return true
  }
  return false
}

const inTitle = (intended: string) => {
  const phrase = words(intended)
  return (_: Talk, title: string[]) => hasPhrase(title, phrase)
}

/** Queries for every collection; typos mean the intended word's talks are expected. */
export const FIXED: Query[] = [
  { text: 'kubernetes', label: 'kubernetes', expected: inTitle('kubernetes') },
  { text: 'kubernetse', label: 'kubernetse (typo)', expected: inTitle('kubernetes') },
  { text: 'obervability', label: 'obervability (typo)', expected: inTitle('observability') },
  { text: 'wiregard', label: 'wiregard (typo)', expected: inTitle('wireguard') },
  { text: 'calcio', label: 'calcio (typo)', expected: inTitle('calico') },
  { text: 'service mesh', label: 'service mesh', expected: inTitle('service mesh') },
  { text: 'honey badger', label: 'honey badger', expected: inTitle('honey badger') },
  { text: 'io_uring', label: 'io_uring', expected: inTitle('io_uring') },
  { text: 'argo cd', label: 'argo cd', expected: inTitle('argo cd') },
]

/** Plus two drawn from the data: the busiest speaker's name, and five words of the middle talk's title. */
function queriesFor(c: CompiledCollection): Query[] {
  const busiest = [...c.index.speakers].sort((a, b) => b.talks.length - a.talks.length || (a.slug < b.slug ? -1 : 1))[0]
  const middle = c.index.talks[Math.floor(c.index.talks.length / 2)]
  const out = [...FIXED]
  if (busiest) {
    const text = words(busiest.name).join(' ')
    out.push({ text, label: `speaker "${text}"`, expected: (t) => t.speakers.includes(busiest.slug) })
  }
  if (middle) {
    const text = words(middle.title).slice(0, 5).join(' ')
    out.push({ text, label: `title "${text}"`, expected: inTitle(text) })
  }
  return [...out, ...beyondTitles(c)]
}

/**
 * Queries whose words are outside the title, speaker names and summary of the talks expected:
 * eight from bodies, four organisations, four tag + organisation pairs. Drawn from the data, so
 * every collection has them; a search over titles and summaries alone cannot find them.
 */
function beyondTitles(c: CompiledCollection): Query[] {
  const talks = c.index.talks
  if (!talks.length) return []
  const names = new Map(c.index.speakers.map((s) => [s.slug, s]))
  // Every field but the body: title, abstract, speakers with their organisations, tags and event.
  const short = (t: Talk) => new Set(words([t.title, t.summary ?? '', t.event ?? '', ...t.tags, ...t.speakers.flatMap((s) => [names.get(s)?.name ?? '', names.get(s)?.org ?? ''])].join(' ')))
  const shortWords = new Map(talks.map((t) => [t.slug, short(t)]))
  const bodyWords = new Map(talks.map((t) => [t.slug, new Set(words(c.texts.get(t.slug) ?? ''))]))
  const holds = (t: Talk, w: string) => shortWords.get(t.slug)!.has(w) || bodyWords.get(t.slug)!.has(w)
  // How many bodies hold each word: the rarer two words of a talk's body make a query that means it.
  const df = new Map<string, number>()
  for (const set of bodyWords.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1)
  const out: Query[] = []
  for (let k = 0; k < 8; k++) {
    const t = talks[Math.floor(((k + 0.5) * talks.length) / 8)]!
    const own = shortWords.get(t.slug)!
    const pick = [...bodyWords.get(t.slug)!].filter((w) => w.length >= 5 && !own.has(w) && !/\d/.test(w)).sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).slice(0, 2)
    if (pick.length < 2) continue
    const text = pick.join(' ')
    // Expected: every talk that holds both words anywhere (a title match is as right as a body match).
    out.push({ text, label: `body "${text}"`, expected: (x) => pick.every((w) => holds(x, w)) })
  }
  const orgOf = (t: Talk) => new Set(t.speakers.map((s) => names.get(s)?.org).filter((o): o is string => !!o))
  const orgCount = new Map<string, number>()
  for (const t of talks) for (const o of orgOf(t)) orgCount.set(o, (orgCount.get(o) ?? 0) + 1)
  // Organisations whose words are in no title, abstract or speaker's name: only the organisation field holds them.
  const titled = new Set(talks.flatMap((t) => words([t.title, t.summary ?? '', ...t.speakers.map((s) => names.get(s)?.name ?? '')].join(' '))))
  const orgs = [...orgCount].filter(([o]) => words(o).length > 0 && words(o).every((w) => !titled.has(w))).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
  for (const [org] of orgs.slice(0, 4)) {
    const text = words(org).join(' ')
    out.push({ text, label: `org "${text}"`, expected: (t) => orgOf(t).has(org) })
  }
  const tagCount = new Map<string, number>()
  for (const t of talks) for (const g of t.tags) tagCount.set(g, (tagCount.get(g) ?? 0) + 1)
  const tags = [...tagCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([g]) => g)
  const eligible = new Set(orgs.map(([o]) => o))
  for (const tag of tags.slice(0, 4)) {
    // The organisation most often on this tag's talks, among those only the organisation field names.
    const onTag = new Map<string, number>()
    for (const t of talks) if (t.tags.includes(tag)) for (const o of orgOf(t)) if (eligible.has(o)) onTag.set(o, (onTag.get(o) ?? 0) + 1)
    const org = [...onTag].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]
    if (!org) continue
    const text = `${words(tag).join(' ')} ${words(org).join(' ')}`
    // Expected: every talk holding both (the tag's word in a title is as right as in the tags).
    const want = words(text)
    out.push({ text, label: `tag + org "${text}"`, expected: (t) => want.every((w) => holds(t, w)) })
  }
  return out
}

// ---- reference ---------------------------------------------------------------------------------

interface Reference {
  top10: string[]
  ms: number
}

/** Plain fuse.js over every field of every talk, bodies included: what the engine is measured against. */
function referenceSearch(c: CompiledCollection, queries: Query[]): { buildMs: number; results: Reference[] } {
  const names = new Map(c.index.speakers.map((s) => [s.slug, s]))
  const docs = c.index.talks.map((t) => ({
    slug: t.slug,
    title: t.title,
    speakers: t.speakers.map((s) => [names.get(s)?.name, names.get(s)?.org].filter(Boolean).join(' ')).join(', '),
    meta: [t.event ?? '', ...t.tags].join(' '),
    body: c.texts.get(t.slug) ?? t.summary ?? '',
  }))
  const started = performance.now()
  const fuse = new Fuse(docs, { keys: ['title', 'speakers', 'meta', 'body'], ignoreLocation: true, includeScore: true })
  const buildMs = performance.now() - started
  const results = queries.map((q) => {
    const t0 = performance.now()
    const top10 = fuse.search(q.text, { limit: 10 }).map((r) => r.item.slug)
    return { top10, ms: performance.now() - t0 }
  })
  return { buildMs, results }
}

// ---- typing in the page ------------------------------------------------------------------------

const TYPING_PROBE = `(() => {
  const s = (window.__typing = { keyAt: 0, keyPaint: 0, lastMutation: 0, lastPaint: 0, pending: 0 });
  const afterPaint = (set) => {
    s.pending++;
    requestAnimationFrame(() => setTimeout(() => { set(performance.now()); s.pending--; }, 0));
  };
  window.addEventListener('keydown', () => {
    s.keyAt = performance.now(); s.keyPaint = 0; s.lastMutation = 0; s.lastPaint = 0;
    afterPaint((t) => { s.keyPaint = t; });
  }, true);
  // Results are what a keystroke waits for: the router's own bookkeeping attributes (data-status,
  // data-transitioning on links) change when the query reaches the URL later, and are not results.
  new MutationObserver((records) => {
    if (!s.keyAt) return;
    // React also re-sets an input's name and type on each render: a "change" to the same value (or
    // from empty to absent, which shows the same).
    const unchanged = (r) => r.type === 'attributes' && r.attributeName && (r.attributeName.startsWith('data-') || (r.oldValue ?? '') === (r.target.getAttribute(r.attributeName) ?? ''));
    if (records.every(unchanged)) return;
    s.lastMutation = performance.now();
    afterPaint((t) => { s.lastPaint = Math.max(s.lastPaint, t); });
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true });
})()`

/** True once the page shows settled results for `query` and has been quiet for 150 ms. */
function settled(query: string): string {
  const want = JSON.stringify(query.replace(/\s+/g, ' ').trim())
  return `(() => {
    const s = window.__typing;
    const q = (new URLSearchParams(location.search).get('q') || '').replace(/^"|"$/g, '').replace(/\\s+/g, ' ').trim();
    return s.pending === 0 && performance.now() - Math.max(s.keyAt, s.lastMutation) > 150 && q === ${want} && !document.querySelector('main .opacity-70');
  })()`
}

interface Keystroke {
  query: string
  typed: string
  ms: number
}

interface TypingRun {
  keystrokes: Keystroke[]
  longTasks: LongTaskSummary
  /** Slugs of the first 10 results after each full query. */
  top10: string[][]
}

const TOP10 = `[...document.querySelectorAll('main section[aria-labelledby="results-h"] article h3 a')].slice(0, 10).map((a) => a.getAttribute('href'))`

export async function typingRun(browser: Browser, url: string, queries: Query[]): Promise<TypingRun> {
  const { context, page } = await freshPage(browser)
  try {
    await page.goto(url, { waitUntil: 'load' })
    await appReady(page)
    await page.waitForLoadState('networkidle')
    // Focusing the box loads every body into the search worker; the status says when all are in.
    await page.click('#talk-search')
    await waitFor(page, `!!document.querySelector('[data-full-text="ready"]')`, { timeout: 300_000, interval: 100, what: 'the full text indexed' })
    await sleep(500)
    await page.evaluate(TYPING_PROBE)
    const start = await pageNow(page)
    const keystrokes: Keystroke[] = []
    const top10: string[][] = []
    for (const q of queries) {
      for (let i = 1; i <= q.text.length; i++) {
        const typed = q.text.slice(0, i)
        await page.keyboard.type(q.text[i - 1]!)
        await waitFor(page, settled(typed), { what: `results for "${typed}"` })
        const s = (await page.evaluate('({ ...window.__typing })')) as { keyAt: number; keyPaint: number; lastPaint: number }
        keystrokes.push({ query: q.label, typed, ms: Math.max(s.keyPaint, s.lastPaint) - s.keyAt })
      }
      const hrefs = (await page.evaluate(TOP10)) as string[]
      top10.push(hrefs.map((h) => h.replace(/\/+$/, '').split('/').pop() ?? h))
      await page.fill('#talk-search', '')
      await waitFor(page, settled(''), { what: 'the cleared search' })
    }
    const end = await pageNow(page)
    return { keystrokes, longTasks: longTasksBetween(await readPerf(page), start, end), top10 }
  } finally {
    await context.close()
  }
}

// ---- scrolling and year jumps ------------------------------------------------------------------

interface ScrollRun {
  scroll: LongTaskSummary & { cards: number }
  /** Every year in turn; slowestMs = the slowest jump (click → year painted in view). */
  jumps: LongTaskSummary & { years: number; slowestMs: number; perYear: { year: string; ms: number; longestMs: number }[] }
  /** From the top of a fresh page straight to the oldest year. */
  oldest: LongTaskSummary & { year: string; ms: number }
}

/** Waits until the page has painted after whatever it is doing, then a little more. */
async function quiet(page: Page, ms = 300): Promise<void> {
  await page.evaluate('new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))')
  await page.waitForLoadState('networkidle')
  await sleep(ms)
  await page.evaluate('new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))')
}

async function openHome(browser: Browser, url: string) {
  const opened = await freshPage(browser)
  await opened.page.goto(url, { waitUntil: 'load' })
  await appReady(opened.page)
  await quiet(opened.page, 500)
  return opened
}

const YEAR_LINKS = 'nav[aria-label="Jump to year"] a'

/**
 * Resolves, in the page, with the time from the next click to the first paint where the year's
 * section heading is in view (the jump done). Started before the click; awaited after it.
 */
function jumpProbe(year: string): string {
  return `new Promise((ok) => {
    window.addEventListener('click', () => {
      const t0 = performance.now();
      const check = () => {
        const h = document.getElementById(${JSON.stringify(`year-${year}-h`)});
        const top = h ? h.getBoundingClientRect().top : Infinity;
        if (top >= 0 && top < innerHeight) setTimeout(() => ok(performance.now() - t0), 0);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { capture: true, once: true });
  })`
}

/** Clicks a year in the year bar; the jump's time and long tasks. */
async function jump(page: Page, index: number): Promise<{ year: string; ms: number; tasks: LongTaskSummary }> {
  const link = page.locator(YEAR_LINKS).nth(index)
  const year = ((await link.textContent()) ?? '').trim()
  const t0 = await pageNow(page)
  const done = page.evaluate(jumpProbe(year)) as Promise<number>
  await link.click({ noWaitAfter: true, timeout: 300_000 })
  const ms = await done
  await quiet(page)
  return { year, ms, tasks: longTasksBetween(await readPerf(page), t0, await pageNow(page)) }
}

async function scrollRun(browser: Browser, url: string): Promise<ScrollRun> {
  let { context, page } = await openHome(browser, url)
  try {
    await page.mouse.move(640, 450)
    let t0 = await pageNow(page)
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 900)
      await sleep(120)
    }
    await quiet(page, 500)
    const cards = (await page.evaluate(`document.querySelectorAll('main article').length`)) as number
    const scroll = { ...longTasksBetween(await readPerf(page), t0, await pageNow(page)), cards }

    await page.evaluate('window.scrollTo(0, 0)')
    await quiet(page)
    const count = await page.locator(YEAR_LINKS).count()
    const perYear: ScrollRun['jumps']['perYear'] = []
    t0 = await pageNow(page)
    for (let i = 1; i < count; i++) {
      const j = await jump(page, i)
      perYear.push({ year: j.year, ms: j.ms, longestMs: j.tasks.longestMs })
    }
    const jumps = { ...longTasksBetween(await readPerf(page), t0, await pageNow(page)), years: perYear.length, slowestMs: Math.max(0, ...perYear.map((j) => j.ms)), perYear }
    await context.close()

    ;({ context, page } = await openHome(browser, url))
    const j = await jump(page, count - 1)
    const oldest = { ...j.tasks, year: j.year, ms: j.ms }
    return { scroll, jumps, oldest }
  } finally {
    await context.close()
  }
}

// ---- the section -------------------------------------------------------------------------------

export interface SearchMeasurement {
  n: number
  runs: number
  keystrokes: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** p95 of each run, to show the spread. */
  runP95Ms: number[]
  slowest: Keystroke[]
  typingLongTasks: LongTaskSummary[]
  quality: { query: string; typed: string; expected: number; possible: number; app: number; reference: number; referenceMs: number; appTop10: string[]; referenceTop10: string[] }[]
  referenceBuildMs: number
  scroll: ScrollRun[]
}

async function measure(n: number, options: BenchOptions): Promise<SearchMeasurement> {
  const { outDir } = await builtSite(n, options)
  const c = compiledFor(n, options)
  const queries = queriesFor(c)
  const reference = referenceSearch(c, queries)
  const { typing, scroll } = await withSite(outDir, async (browser, url) => {
    const typing: TypingRun[] = []
    const scroll: ScrollRun[] = []
    for (let r = 0; r < options.runs; r++) {
      options.log(`search: N=${fmtInt(n)} run ${r + 1}/${options.runs}: typing ${queries.length} queries`)
      typing.push(await typingRun(browser, url, queries))
      options.log(`search: N=${fmtInt(n)} run ${r + 1}/${options.runs}: scrolling and year jumps`)
      scroll.push(await scrollRun(browser, url))
    }
    return { typing, scroll }
  })
  const all = typing.flatMap((t) => t.keystrokes)
  const ms = all.map((k) => k.ms)
  const bySlug = new Map(c.index.talks.map((t) => [t.slug, t]))
  const titleWords = new Map(c.index.talks.map((t) => [t.slug, words(t.title)]))
  const quality = queries.map((q, i) => {
    const expected = new Set(c.index.talks.filter((t) => q.expected(t, titleWords.get(t.slug)!)).map((t) => t.slug))
    const appTop10 = typing[0]!.top10[i] ?? []
    const referenceTop10 = reference.results[i]!.top10
    const found = (slugs: string[]) => slugs.filter((s) => expected.has(s) && bySlug.has(s)).length
    return {
      query: q.label,
      typed: q.text,
      expected: expected.size,
      possible: Math.min(10, expected.size),
      app: found(appTop10),
      reference: found(referenceTop10),
      referenceMs: reference.results[i]!.ms,
      appTop10,
      referenceTop10,
    }
  })
  return {
    n,
    runs: options.runs,
    keystrokes: all.length,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    maxMs: Math.max(...ms),
    runP95Ms: typing.map((t) => percentile(t.keystrokes.map((k) => k.ms), 95)),
    slowest: [...all].sort((a, b) => b.ms - a.ms).slice(0, 5),
    typingLongTasks: typing.map((t) => t.longTasks),
    quality,
    referenceBuildMs: reference.buildMs,
    scroll,
  }
}

function latencyTable(results: SearchMeasurement[]): Table {
  return {
    columns: [
      { header: 'N' },
      { header: 'keystrokes' },
      { header: 'p50 ms' },
      { header: 'p95 ms' },
      { header: 'p95 per run' },
      { header: 'max ms' },
      { header: 'longest task ms' },
      { header: `p95 ≤ ${BUDGETS.searchP95Ms} ms`, align: 'left' },
      { header: `tasks ≤ ${BUDGETS.longTaskMs} ms`, align: 'left' },
    ],
    rows: results.map((m) => {
      const longest = median(m.typingLongTasks.map((t) => t.longestMs))
      return [
        fmtInt(m.n),
        fmtInt(m.keystrokes),
        fmt(m.p50Ms),
        fmt(m.p95Ms),
        m.runP95Ms.map((v) => fmt(v, 0)).join(' / '),
        fmt(m.maxMs, 0),
        longest ? fmt(longest, 0) : 'none',
        verdict(m.p95Ms, BUDGETS.searchP95Ms),
        verdict(longest, BUDGETS.longTaskMs),
      ]
    }),
  }
}

function qualityTable(results: SearchMeasurement[]): Table {
  const rows: string[][] = []
  for (const m of results) {
    m.quality.forEach((q, i) => rows.push([i ? '' : fmtInt(m.n), q.query, fmtInt(q.expected), `${q.app}/${q.possible}`, `${q.reference}/${q.possible}`, fmt(q.referenceMs, 0)]))
    const sum = (k: 'app' | 'reference' | 'possible') => m.quality.reduce((s, q) => s + q[k], 0)
    rows.push(['', 'all queries', '', `${sum('app')}/${sum('possible')}`, `${sum('reference')}/${sum('possible')}`, fmt(median(m.quality.map((q) => q.referenceMs)), 0) + ' (median)'])
  }
  return {
    columns: [
      { header: 'N' },
      { header: 'query', align: 'left' },
      { header: 'expected' },
      { header: 'app top 10' },
      { header: 'reference top 10' },
      { header: 'reference ms (Node)' },
    ],
    rows,
  }
}

function scrollTable(results: SearchMeasurement[]): Table {
  const rows: string[][] = []
  for (const m of results) {
    const med = (pick: (r: ScrollRun) => LongTaskSummary & { ms?: number }) => ({
      count: median(m.scroll.map((r) => pick(r).count)),
      longestMs: median(m.scroll.map((r) => pick(r).longestMs)),
      blockingMs: median(m.scroll.map((r) => pick(r).blockingMs)),
      ms: median(m.scroll.map((r) => pick(r).ms ?? NaN)),
    })
    const first = m.scroll[0]
    const actions: [string, ReturnType<typeof med>][] = [
      [`scroll 30 × 900 px (${fmtInt(median(m.scroll.map((r) => r.scroll.cards)))} cards mounted)`, med((r) => r.scroll)],
      [`jump through ${first?.jumps.years ?? 0} years, newest → oldest`, med((r) => ({ ...r.jumps, ms: r.jumps.slowestMs }))],
      [`jump from the top to ${first?.oldest.year ?? 'the oldest year'}`, med((r) => r.oldest)],
    ]
    actions.forEach(([name, s], i) =>
      rows.push([
        i ? '' : fmtInt(m.n),
        name,
        Number.isFinite(s.ms) ? fmt(s.ms, 0) : '',
        fmtInt(s.count),
        s.longestMs ? fmt(s.longestMs, 0) : 'none',
        fmt(s.blockingMs, 0),
        verdict(s.longestMs, BUDGETS.longTaskMs),
      ]),
    )
  }
  return {
    columns: [
      { header: 'N' },
      { header: 'home page action', align: 'left' },
      { header: 'jump ms' },
      { header: 'long tasks' },
      { header: 'longest ms' },
      { header: 'blocking ms' },
      { header: `tasks ≤ ${BUDGETS.longTaskMs} ms`, align: 'left' },
    ],
    rows,
  }
}

export const searchSection: Section = {
  id: 'search',
  async run(options): Promise<SectionResult> {
    const results: SearchMeasurement[] = []
    for (const n of options.sizes) results.push(await measure(n, options))
    const slowest = results.map((m) => `N=${fmtInt(m.n)}: slowest keystrokes ${m.slowest.map((k) => `"${k.typed}" ${fmt(k.ms, 0)} ms`).join(', ')}`)
    return {
      title: `Search latency per keystroke in Chromium (keydown → results painted; ${options.runs} runs pooled)`,
      table: latencyTable(results),
      notes: [
        'Each query typed a character at a time, the next key once the page is settled; p50/p95/max over every keystroke of every',
        'run; longest task = median over runs of the longest task while typing ("none": no task over 50 ms).',
        ...slowest,
      ],
      more: [
        {
          title: 'Search quality: expected talks in the top 10 (app in Chromium vs reference fuse.js in Node)',
          table: qualityTable(results),
          notes: [
            'expected = talks whose title holds the intended words (typos: the correct word), for the speaker query their talks, for',
            'body, org and tag + org queries every talk holding all the words in any field. x/y = expected talks among the first 10',
            'results, of y = min(10, expected). Reference = plain fuse.js over title, speakers with organisations, tags and event, and',
            'body text, ignoreLocation, default threshold, every talk (no word index), timed per full query in Node.',
          ],
        },
        {
          title: `Long tasks on the home page while scrolling and jumping years (median of ${options.runs} runs)`,
          table: scrollTable(results),
          notes: [
            'jump ms = click on a year → first paint with that year\'s heading in view (for the sequence: the slowest jump);',
            'blocking ms = sum of (task − 50 ms) over the action. Scrolling, then the jumps, run in one page; the direct jump in a fresh one.',
          ],
        },
      ],
      data: results,
    }
  },
}
