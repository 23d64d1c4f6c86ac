// Chromium helpers for the browser sections: the launcher shared with the tests and the screenshots
// (scripts/lib/chromium.ts), the tests' static server, an init script recording web-vitals entries from
// the first byte on, and their summary (LCP, CLS, TBT).
//
// In-page code is passed as strings: tsx compiles this file with esbuild's keepNames, whose
// `__name(…)` helper does not exist in the page, so functions with inner named closures break there.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium as launch } from '../../scripts/lib/chromium.ts'
import { serveStatic } from '../../test/e2e/static-server.ts'

export { launch, serveStatic }

/** Registers PerformanceObservers before any page script runs; entries land in window.__perf. */
export const PERF_INIT = `(() => {
  if (window.__perf) return;
  const perf = (window.__perf = { lcp: [], shifts: [], longtasks: [], fcp: undefined, unsupported: [] });
  const observe = (type, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
    } catch (e) {
      perf.unsupported.push(type);
    }
  };
  const describe = (el) => (el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 24) + '"' : '');
  observe('largest-contentful-paint', (e) => perf.lcp.push({ t: e.startTime, size: e.size, element: describe(e.element) || e.url || '', url: e.url || '' }));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) perf.shifts.push({ t: e.startTime, value: e.value }); });
  observe('longtask', (e) => perf.longtasks.push({ t: e.startTime, d: e.duration }));
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') perf.fcp = e.startTime; });
})();`

export interface PerfData {
  /** `url`: the image's, for an image ('' for text). */
  lcp: { t: number; size: number; element: string; url?: string }[]
  shifts: { t: number; value: number }[]
  longtasks: { t: number; d: number }[]
  fcp?: number
  unsupported: string[]
}

export function readPerf(page: Page): Promise<PerfData> {
  return page.evaluate('JSON.parse(JSON.stringify(window.__perf))') as Promise<PerfData>
}

/** performance.now() of the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate('performance.now()') as Promise<number>
}

export interface LongTaskSummary {
  /** Long tasks (> 50 ms, Chromium's definition) in the window. */
  count: number
  longestMs: number
  /** Sum of each long task's time beyond 50 ms (total blocking time). */
  blockingMs: number
}

export function longTasksBetween(perf: PerfData, from: number, to = Infinity): LongTaskSummary {
  const tasks = perf.longtasks.filter((t) => t.t >= from && t.t < to)
  return {
    count: tasks.length,
    longestMs: tasks.reduce((m, t) => Math.max(m, t.d), 0),
    blockingMs: tasks.reduce((s, t) => s + Math.max(0, t.d - 50), 0),
  }
}

export interface Vitals {
  fcpMs: number
  lcpMs: number
  lcpElement: string
  /** Largest session window of layout shifts (gaps < 1 s, windows ≤ 5 s), as CLS is defined. */
  cls: number
  /** Blocking time of long tasks after first contentful paint, until the page went quiet. */
  tbtMs: number
  longestTaskMs: number
}

export function vitals(perf: PerfData): Vitals {
  const last = perf.lcp[perf.lcp.length - 1]
  let cls = 0
  let windowSum = 0
  let windowStart = -Infinity
  let previous = -Infinity
  for (const s of perf.shifts) {
    if (s.t - previous > 1000 || s.t - windowStart > 5000) {
      windowSum = 0
      windowStart = s.t
    }
    windowSum += s.value
    previous = s.t
    cls = Math.max(cls, windowSum)
  }
  const fcp = perf.fcp ?? NaN
  const after = longTasksBetween(perf, Number.isFinite(fcp) ? fcp : 0)
  return {
    fcpMs: fcp,
    lcpMs: last?.t ?? NaN,
    lcpElement: last?.element ?? '',
    cls,
    tbtMs: after.blockingMs,
    longestTaskMs: longTasksBetween(perf, 0).longestMs,
  }
}

/**
 * Polls a JavaScript expression in the page until it is truthy. (page.waitForFunction evaluates
 * string predicates with eval, which the site's Content-Security-Policy rightly forbids;
 * page.evaluate goes through the DevTools protocol and is not subject to it.)
 */
export async function waitFor(page: Page, expression: string, options: { timeout?: number; interval?: number; what?: string } = {}): Promise<void> {
  const timeout = options.timeout ?? 60_000
  const deadline = Date.now() + timeout
  for (;;) {
    if (await page.evaluate(expression)) return
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${options.what ?? expression}`)
    await new Promise((ok) => setTimeout(ok, options.interval ?? 20))
  }
}

/** Resolves when React owns the page (prerendered HTML looks the same but is replaced on mount). */
export async function appReady(page: Page, timeout = 60_000): Promise<void> {
  await waitFor(page, `(() => { const m = document.querySelector('main'); return !!m && Object.keys(m).some((k) => k.startsWith('__reactFiber$')); })()`, { timeout, interval: 50, what: 'the app to mount' })
}

/** A fresh context (empty cache) with the web-vitals recorder, desktop-sized. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })
  await context.addInitScript({ content: PERF_INIT })
  const page = await context.newPage()
  return { context, page }
}

/** Runs `fn` with a browser and the site served statically; both are closed afterwards. */
export async function withSite<T>(outDir: string, fn: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const server = await serveStatic(outDir)
  const browser = await launch()
  try {
    return await fn(browser, server.url)
  } finally {
    await browser.close()
    await server.close()
  }
}
