// `npx tsx scripts/screenshots.ts [--no-build] [--only NAME]`: builds the site (or reuses dist/ with
// --no-build), serves it like a static host and writes a full-page PNG of every kind of page, at
// 390 px and 1280 px, in the light and the dark theme, to docs/screenshots/NAME-WIDTH-SCHEME.png.
// A shot over 150 KB (photos make PNGs heavy) is saved with a palette of 256 colours instead; none
// may end up over 400 KB.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32, deflateSync, inflateSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { appReady } from '../test/e2e/helpers.ts'
import { serveStatic } from '../test/e2e/static-server.ts'
import { launchChromium } from './lib/chromium.ts'

/** Every kind of page, by file name. */
export const SHOTS: { name: string; path: string }[] = [
  { name: 'home', path: '' },
  { name: 'home-filtered', path: '?year=2021&speaker=chris-tomkins' },
  { name: 'home-speaker', path: '?speaker=chris-tomkins' },
  { name: 'home-search', path: '?q=calico' },
  { name: 'home-no-results', path: '?q=quantum+teleportation' },
  { name: 'talk', path: 'talks/2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah' },
  { name: 'speaker', path: 'speakers/chris-tomkins' },
  { name: 'speakers', path: 'speakers' },
  { name: 'not-found', path: 'talks/kubernetes-cheetah-calico' },
  { name: 'list-shared', path: 'list?talks=2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah,2021-10-12-calico-vpp-low-trust-edge-network-no-problem' },
]
const WIDTHS = [390, 1280] as const
const SCHEMES = ['light', 'dark'] as const
/** Longer pages are cut here: the top of a page says what it looks like, and the PNG stays small. */
const MAX_HEIGHT = 6000
const OUT = 'docs/screenshots'
const SIZE_LIMIT = 400 * 1024
/** Shots heavier than this lose their exact colours for a palette: the repository stays light. */
const PALETTE_OVER = 150 * 1024

/** RGBA pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes). */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let width = 0
  let height = 0
  let channels = 0
  const data: Buffer[] = []
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const body = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      if (body[8] !== 8 || (body[9] !== 2 && body[9] !== 6) || body[12] !== 0) throw new Error('Unexpected PNG format')
      channels = body[9] === 6 ? 4 : 3
    } else if (type === 'IDAT') data.push(body)
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const out = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const row = y * stride
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[row + x - channels]! : 0
      const b = y > 0 ? out[row - stride + x]! : 0
      const c = x >= channels && y > 0 ? out[row - stride + x - channels]! : 0
      const p = a + b - c
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!
      out[row + x] = (line[x]! + predictor) & 255
    }
  }
  if (channels === 4) return { width, height, rgba: out }
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0, j = 0; i < out.length; i += 3, j += 4) rgba.set([out[i]!, out[i + 1]!, out[i + 2]!, 255], j)
  return { width, height, rgba }
}

/** A 256-colour palette PNG of the pixels: median cut over a 6-bit-per-channel histogram. */
function palettePng({ width, height, rgba }: { width: number; height: number; rgba: Uint8Array }): Buffer {
  const binOf = (i: number) => ((rgba[i]! >> 2) << 12) | ((rgba[i + 1]! >> 2) << 6) | (rgba[i + 2]! >> 2)
  const count = new Uint32Array(1 << 18)
  for (let i = 0; i < rgba.length; i += 4) count[binOf(i)]!++
  const channel = (bin: number, c: number) => (bin >> (12 - 6 * c)) & 63
  let boxes: number[][] = [[...count.keys()].filter((b) => count[b]! > 0)]
  while (boxes.length < 256) {
    // Split the box with the most pixels times the widest spread, at its weighted median.
    let best = -1
    let bestScore = 0
    let bestChannel = 0
    boxes.forEach((box, i) => {
      if (box.length < 2) return
      let pixels = 0
      const spread = [0, 1, 2].map((c) => {
        let lo = 63
        let hi = 0
        for (const b of box) {
          const v = channel(b, c)
          if (v < lo) lo = v
          if (v > hi) hi = v
        }
        return hi - lo
      })
      for (const b of box) pixels += count[b]!
      const widest = spread.indexOf(Math.max(...spread))
      const score = pixels * spread[widest]!
      if (score > bestScore) [best, bestScore, bestChannel] = [i, score, widest]
    })
    if (best < 0) break
    const box = boxes[best]!.sort((a, b) => channel(a, bestChannel) - channel(b, bestChannel))
    const half = box.reduce((n, b) => n + count[b]!, 0) / 2
    let cut = 0
    for (let seen = 0; cut < box.length - 1 && seen + count[box[cut]!]! <= half; cut++) seen += count[box[cut]!]!
    cut = Math.max(1, cut)
    boxes = [...boxes.slice(0, best), box.slice(0, cut), box.slice(cut), ...boxes.slice(best + 1)]
  }
  const palette = boxes.map((box) => {
    const sum = [0, 0, 0]
    let n = 0
    for (const b of box) {
      for (let c = 0; c < 3; c++) sum[c]! += (channel(b, c) * 4 + 2) * count[b]!
      n += count[b]!
    }
    return sum.map((v) => Math.round(v / n))
  })
  const indexOf = new Uint8Array(1 << 18)
  for (const [b] of count.entries()) {
    if (!count[b]) continue
    let best = 0
    let bestDistance = Infinity
    palette.forEach(([r, g, bl], i) => {
      const d = (channel(b, 0) * 4 + 2 - r!) ** 2 + (channel(b, 1) * 4 + 2 - g!) ** 2 + (channel(b, 2) * 4 + 2 - bl!) ** 2
      if (d < bestDistance) [best, bestDistance] = [i, d]
    })
    indexOf[b] = best
  }
  const lines = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) lines[y * (width + 1) + 1 + x] = indexOf[binOf((y * width + x) * 4)]!
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(body.length, 0)
    head.write(type, 4, 'latin1')
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0)
    return Buffer.concat([head, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 3, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(lines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** Scrolls through the page so lazy images load, then waits for every image and summary. */
async function settle(page: Page): Promise<void> {
  await appReady(page)
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y)
      await new Promise((ok) => setTimeout(ok, 30))
    }
    scrollTo(0, 0)
  })
  await page.waitForFunction(() => [...document.images].every((img) => img.complete) && !document.querySelector('.animate-pulse'))
  await page.waitForLoadState('networkidle')
}

async function main() {
  const only = arg('--only')
  if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) {
    process.env.NODE_ENV = 'production'
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } })
  }
  mkdirSync(OUT, { recursive: true })
  const site = await serveStatic('dist')
  const browser = await launchChromium()
  const tooBig: string[] = []
  try {
    for (const colorScheme of SCHEMES) {
      for (const width of WIDTHS) {
        // New York: the CET and PST slots also show in the reader's time, as most readers see them.
        const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce', viewport: { width, height: 900 }, deviceScaleFactor: 1, timezoneId: 'America/New_York', locale: 'en-US', serviceWorkers: 'block' })
        const page = await context.newPage()
        for (const shot of SHOTS.filter((s) => !only || s.name === only)) {
          await page.goto(site.url + shot.path)
          await settle(page)
          const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
          if (dark !== (colorScheme === 'dark')) throw new Error(`${shot.name}: the page is not in the ${colorScheme} theme`)
          const height = await page.evaluate(() => document.documentElement.scrollHeight)
          const file = join(OUT, `${shot.name}-${width}-${colorScheme}.png`)
          let png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) }, animations: 'disabled' })
          const lossless = png.length <= PALETTE_OVER
          if (!lossless) png = palettePng(decodePng(png))
          writeFileSync(file, png)
          if (png.length > SIZE_LIMIT) tooBig.push(file)
          console.log(`${file}  ${width}×${Math.min(height, MAX_HEIGHT)}  ${(png.length / 1024).toFixed(0)} KB${lossless ? '' : ' (256 colours)'}`)
          if (shot.name === 'home' && width === 1280) {
            // The README's opening picture: what a visitor sees first, without scrolling.
            const top = join(OUT, `home-1280-${colorScheme}-top.png`)
            let first = await page.screenshot({ animations: 'disabled' })
            if (first.length > PALETTE_OVER) first = palettePng(decodePng(first))
            writeFileSync(top, first)
            console.log(`${top}  ${(first.length / 1024).toFixed(0)} KB`)
          }
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await site.close()
  }
  if (tooBig.length) {
    console.error(`Over ${SIZE_LIMIT / 1024} KB: ${tooBig.join(', ')}`)
    process.exitCode = 1
  }
}

await main()
