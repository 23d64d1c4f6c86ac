// Small helpers shared by the browser tests: waiting for the app, reading the page, watching the network.
import type { Locator, Page } from 'playwright-core'

export const CHEETAH = 'Kubernetes networking : is there a cheetah within your Calico?'
export const CHEETAH_SLUG = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'

/**
 * Waits until React owns the page. The prerendered HTML looks the same, but until the app has taken
 * it over (main.tsx: hydrated in place, or rendered afresh where the address differs from the one it
 * was rendered at), its controls do nothing and a test acting earlier loses its input. React tags
 * the DOM nodes it owns with a `__reactFiber$…` key; prerendered nodes have none.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main')
    return !!main && Object.keys(main).some((k) => k.startsWith('__reactFiber$'))
  })
}

/** Waits until a locator's text content matches (Playwright's own `expect` is not used here). */
export async function waitForText(locator: Locator, expected: string | RegExp, timeout = 5_000): Promise<void> {
  const test = (text: string) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text))
  const deadline = Date.now() + timeout
  let last = ''
  while (Date.now() < deadline) {
    last = (await locator.first().textContent({ timeout: 1_000 }).catch(() => null)) ?? ''
    if (test(last)) return
    await new Promise((ok) => setTimeout(ok, 50))
  }
  throw new Error(`Timed out waiting for ${String(expected)}; last text: ${JSON.stringify(last)}`)
}

/** Titles of the talk cards on the page, in order (cards are the only <article>s with an <h3>). */
export function cardTitles(page: Page): Promise<string[]> {
  return page.locator('main article h3').allTextContents()
}

/** Every response with an error status and every request that failed outright, as "status url". */
export function watchFailures(page: Page): string[] {
  const failures: string[] = []
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`)
  })
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()} (${r.failure()?.errorText ?? '?'})`))
  return failures
}

/** http(s) requests that left for another origin than the test server. */
export function thirdParty(requests: string[], siteUrl: string): string[] {
  const own = new URL(siteUrl).origin
  return requests.filter((u) => /^https?:/i.test(u) && new URL(u).origin !== own)
}

/**
 * Answers every request to another origin with an empty page, so clicking an embed proves it would
 * load (the request is recorded) without this machine needing the network.
 */
export async function stubThirdParty(page: Page, siteUrl: string): Promise<void> {
  const own = new URL(siteUrl).origin
  await page.route(
    (url) => /^https?:$/.test(url.protocol) && url.origin !== own,
    (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: '' }),
  )
}

/** The search params of the page's current URL, as a plain object. */
export function searchOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams)
}
