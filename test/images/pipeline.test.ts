// @vitest-environment node
// The build's image pipeline on real sharp and tiny generated images: which widths and formats it
// makes, that it never upscales, that a second build reuses the cache, and that a bad image is a
// warning rather than a failed build.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { variantPath } from '../../src/data/images.ts'
import { processImages } from '../../src/images/pipeline.ts'
import { fileOfSitePath } from '../../src/compiler/site-path-files.ts'
import { keyOf } from '../../src/images/variants.ts'

let root: string
let statics: string
let cacheDir: string

/** A solid-colour image of that size, in that format. */
function image(width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg', orientation?: number): Promise<Buffer> {
  const img = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
  return (orientation ? img.withMetadata({ orientation }) : img)[format]().toBuffer()
}

function put(sitePath: string, bytes: Buffer | string): void {
  const file = join(statics, sitePath)
  rmSync(file, { force: true })
  writeFileSync(file, bytes)
}

const run = (sitePaths: string[]) => processImages({ sitePaths, staticDirs: [statics], cacheDir, concurrency: 2 })

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'talkshelf-images-'))
  statics = join(root, 'public')
  cacheDir = join(root, 'cache')
  mkdirSync(join(statics, 'img'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('processImages', () => {
  it('makes AVIF and WebP at each width up to the original’s, never wider', async () => {
    put('/img/wide.jpg', await image(800, 450))
    const r = await run(['/img/wide.jpg'])
    const picture = r.pictures.get('/img/wide.jpg')!
    expect(picture.slice(0, 2)).toEqual([800, 450])
    const key = picture[2]
    expect(r.files).toEqual(
      [96, 192, 320, 480, 640, 720, 800].flatMap((w) => [`${key}-${w}.avif`, `${key}-${w}.webp`]).sort(),
    )
    for (const f of r.files) {
      const meta = await sharp(join(cacheDir, f)).metadata()
      const width = Number(f.match(/-(\d+)\./)![1])
      expect(meta.width, f).toBe(width)
      expect(meta.height, f).toBe(Math.round((450 * width) / 800))
      expect(meta.format, f).toBe(f.endsWith('.avif') ? 'heif' : 'webp')
    }
    expect(r.stats).toMatchObject({ images: 1, made: 1, reused: 0, failed: 0 })
    expect(r.warnings).toEqual([])
  })

  it('keeps a small image at its own width, and a large one at the largest width', async () => {
    put('/img/tiny.png', await image(64, 64, 'png'))
    put('/img/huge.webp', await image(2400, 1000, 'webp'))
    const r = await run(['/img/tiny.png', '/img/huge.webp'])
    const tiny = r.pictures.get('/img/tiny.png')!
    const huge = r.pictures.get('/img/huge.webp')!
    expect(r.files.filter((f) => f.startsWith(tiny[2]))).toEqual([`${tiny[2]}-64.avif`, `${tiny[2]}-64.webp`])
    const hugeWidths = [...new Set(r.files.filter((f) => f.startsWith(huge[2])).map((f) => Number(f.match(/-(\d+)\./)![1])))].sort((a, b) => a - b)
    expect(hugeWidths).toEqual([96, 192, 320, 480, 640, 720, 960, 1280])
  })

  it('names variants by the original’s bytes, as the views address them', async () => {
    const bytes = await image(320, 180)
    put('/img/a.jpg', bytes)
    const r = await run(['/img/a.jpg'])
    const key = keyOf(bytes)
    expect(r.pictures.get('/img/a.jpg')).toEqual([320, 180, key])
    expect(variantPath(key, 320, 'avif')).toBe(`/assets/img/${key}-320.avif`)
    expect(existsSync(join(cacheDir, `${key}-320.avif`))).toBe(true)
  })

  it('reuses the cache on the next build: nothing read or encoded again, nothing rewritten', async () => {
    put('/img/a.jpg', await image(640, 360))
    put('/img/b.jpg', await image(300, 300))
    const first = await run(['/img/a.jpg', '/img/b.jpg'])
    const mtimes = first.files.map((f) => statSync(join(cacheDir, f)).mtimeMs)
    const second = await run(['/img/a.jpg', '/img/b.jpg'])
    expect(second.stats).toMatchObject({ images: 2, made: 0, reused: 2 })
    expect(second.pictures).toEqual(first.pictures)
    expect(second.files.map((f) => statSync(join(cacheDir, f)).mtimeMs)).toEqual(mtimes)
  })

  it('makes new variants when an original changes, and again when a variant went missing', async () => {
    put('/img/a.jpg', await image(640, 360))
    const before = (await run(['/img/a.jpg'])).pictures.get('/img/a.jpg')!
    put('/img/a.jpg', await image(480, 270))
    utimesSync(join(statics, '/img/a.jpg'), new Date(), new Date(Date.now() + 5000))
    const changed = await run(['/img/a.jpg'])
    const after = changed.pictures.get('/img/a.jpg')!
    expect(changed.stats.made).toBe(1)
    expect(after).not.toEqual(before)
    expect(after.slice(0, 2)).toEqual([480, 270])
    rmSync(join(cacheDir, `${after[2]}-320.webp`))
    expect((await run(['/img/a.jpg'])).stats).toMatchObject({ made: 1, reused: 0 })
    expect(existsSync(join(cacheDir, `${after[2]}-320.webp`))).toBe(true)
  })

  it('makes one set for an image several talks share', async () => {
    put('/img/a.jpg', await image(320, 180))
    const r = await run(['/img/a.jpg', '/img/a.jpg', '/img/./a.jpg'])
    expect(r.stats.images).toBe(1)
    expect(r.pictures.get('/img/a.jpg')).toEqual(r.pictures.get('/img/./a.jpg'))
  })

  it('turns a corrupt image into a warning: no variants, no failure, the others still made', async () => {
    put('/img/broken.jpg', 'this is not a JPEG')
    put('/img/truncated.jpg', (await image(400, 300)).subarray(0, 200))
    put('/img/good.jpg', await image(200, 100))
    const r = await run(['/img/broken.jpg', '/img/truncated.jpg', '/img/good.jpg'])
    expect(r.pictures.has('/img/broken.jpg')).toBe(false)
    expect(r.pictures.has('/img/truncated.jpg')).toBe(false)
    expect(r.pictures.has('/img/good.jpg')).toBe(true)
    expect(r.stats).toMatchObject({ failed: 2, made: 1 })
    expect(r.warnings.map((w) => w.sitePath).sort()).toEqual(['/img/broken.jpg', '/img/truncated.jpg'])
    for (const w of r.warnings) expect(w.message).toMatch(/^no resized copies of \/img\/\S+ \([^\n]+\); the page links the original$/)
    // Nothing half-written is left to be taken for a variant next time.
    expect(readdirSync(cacheDir).filter((f) => f.includes('partial'))).toEqual([])
  })

  it('leaves missing images, remote images and SVGs as they are, without a warning', async () => {
    put('/img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    const r = await run(['/img/missing.jpg', 'https://example.org/a.jpg', '/img/logo.svg'])
    expect(r.pictures.size).toBe(0)
    expect(r.warnings).toEqual([])
    expect(r.stats).toMatchObject({ images: 1, skipped: 1, failed: 0 })
  })

  it('takes a photo’s size as it is shown (EXIF orientation applied)', async () => {
    put('/img/portrait.jpg', await image(200, 100, 'jpeg', 6))
    const r = await run(['/img/portrait.jpg'])
    const picture = r.pictures.get('/img/portrait.jpg')!
    expect(picture.slice(0, 2)).toEqual([100, 200])
    const meta = await sharp(join(cacheDir, `${picture[2]}-100.webp`)).metadata()
    expect([meta.width, meta.height]).toEqual([100, 200])
  })

  it('never reads a file outside the static folders', () => {
    writeFileSync(join(root, 'secret.jpg'), 'x')
    expect(fileOfSitePath({ staticDirs: [statics] }, '/../secret.jpg')).toBeUndefined()
    expect(fileOfSitePath({ staticDirs: [statics] }, '/%2e%2e/secret.jpg')).toBeUndefined()
    expect(fileOfSitePath({ staticDirs: [statics] }, '//secret.jpg')).toBeUndefined()
  })
})
