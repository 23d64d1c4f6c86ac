// The browser tests' Chromium helpers. Which Chromium runs, and with which flags, is decided in one place
// for the tests, the screenshots script and the benchmark: scripts/lib/chromium.ts (CHROMIUM_PATH, else
// /usr/bin/chromium, else the one that the npm package @sparticuz/chromium ships). A missing browser is a
// failure, never a skip.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from '../../scripts/lib/chromium.ts'

export function launch(): Promise<Browser> {
  return launchChromium()
}

/** A page that records console errors, page errors, dialogs and every request's URL. */
export async function openPage(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; width?: number; height?: number; timezoneId?: string; locale?: string; serviceWorkers?: boolean } = {},
) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    // Only the offline tests run the service worker: elsewhere it would answer requests that a test
    // holds back or watches with page.route (Playwright does not see what a worker serves).
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  })
  const page: Page = await context.newPage()
  const errors: string[] = []
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('request', (r) => requests.push(r.url()))
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  return { page, errors, requests, dialogs, close: () => context.close() }
}

/** One Chromium per test file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; call this inside a test')
    return browser
  }
}
