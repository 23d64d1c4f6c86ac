// Network and CPU profiles for page loads, applied through the DevTools protocol to one page: the
// same for both sites of a comparison. The mobile and desktop figures are Lighthouse's (its
// "applied" DevTools throttling: request latency = RTT × 3.75, throughput × 0.9).
import type { BrowserContext, Page } from 'playwright-core'

export interface LoadProfile {
  id: string
  /** Said next to the figures. */
  label: string
  viewport: { width: number; height: number }
  deviceScaleFactor: number
  mobile: boolean
  /** Added to every request, ms; 0 with no network throttling. */
  latencyMs: number
  /** Bytes per second; 0: unthrottled. */
  downloadBps: number
  uploadBps: number
  /** CPU slowdown; 1: none. */
  cpuRate: number
  /** Text served gzipped, as static hosts serve it. */
  compress: boolean
}

const kbps = (k: number) => Math.round((k * 1024) / 8)

const SLOW_4G = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  mobile: true,
  latencyMs: 150 * 3.75,
  downloadBps: kbps(1.6 * 1024 * 0.9),
  uploadBps: kbps(750 * 0.9),
  cpuRate: 4,
}
const SLOW_4G_LABEL = 'phone 412×823 @1.75×, Lighthouse slow 4G (562.5 ms per request, 1.47 Mbit/s down, 675 kbit/s up), CPU 4× slower'

export const PROFILES: LoadProfile[] = [
  { id: 'mobile', label: `${SLOW_4G_LABEL}, gzip`, ...SLOW_4G, compress: true },
  { id: 'mobile-raw', label: `${SLOW_4G_LABEL}, no compression`, ...SLOW_4G, compress: false },
  {
    id: 'desktop',
    label: 'desktop 1280×900 @1×, Lighthouse desktop (40 ms per request, 9.2 Mbit/s down), CPU unthrottled, gzip',
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    mobile: false,
    latencyMs: 40,
    downloadBps: kbps(10 * 1024 * 0.9),
    uploadBps: kbps(10 * 1024 * 0.9),
    cpuRate: 1,
    compress: true,
  },
  {
    id: 'localhost',
    label: 'desktop 1280×900 @1×, localhost, no throttling, no compression',
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    mobile: false,
    latencyMs: 0,
    downloadBps: 0,
    uploadBps: 0,
    cpuRate: 1,
    compress: false,
  },
]

export interface Transfer {
  /** Bytes on the wire (headers included), all responses / images only. */
  totalBytes: number
  imageBytes: number
  requests: number
}

/** Applies the profile to a new page of `context` and counts what it transfers. */
export async function throttle(context: BrowserContext, page: Page, profile: LoadProfile): Promise<() => Transfer> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  if (profile.latencyMs || profile.downloadBps) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latencyMs, downloadThroughput: profile.downloadBps || -1, uploadThroughput: profile.uploadBps || -1 })
  }
  if (profile.cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate })
  const types = new Map<string, string>()
  const transfer: Transfer = { totalBytes: 0, imageBytes: 0, requests: 0 }
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
  cdp.on('Network.loadingFinished', (e) => {
    transfer.requests++
    transfer.totalBytes += e.encodedDataLength
    if (types.get(e.requestId) === 'Image') transfer.imageBytes += e.encodedDataLength
  })
  return () => ({ ...transfer })
}
