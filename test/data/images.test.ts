// @vitest-environment node
// The names and widths of image variants, shared by the build and the views.
import { describe, expect, it } from 'vitest'
import { isPicture, listedWidths, srcsetOf, variantPath, variantWidths, type Picture } from '../../src/data/images.ts'

describe('variantWidths', () => {
  it('never goes wider than the original, and includes its own width when under the largest', () => {
    expect(variantWidths(1275)).toEqual([96, 192, 320, 480, 640, 720, 960, 1275])
    expect(variantWidths(640)).toEqual([96, 192, 320, 480, 640])
    expect(variantWidths(148)).toEqual([96, 148])
    expect(variantWidths(50)).toEqual([50])
    expect(variantWidths(4000)).toEqual([96, 192, 320, 480, 640, 720, 960, 1280])
  })
})

describe('srcsetOf', () => {
  const picture: Picture = [1275, 717, 'e31b1fde62e9']
  it('lists each width of one format under the base path', () => {
    expect(srcsetOf([400, 400, 'abcdef012345'], 'avif', (p) => `/base${p}`)).toBe(
      '/base/assets/img/abcdef012345-96.avif 96w, /base/assets/img/abcdef012345-192.avif 192w, /base/assets/img/abcdef012345-320.avif 320w, /base/assets/img/abcdef012345-400.avif 400w',
    )
  })
  it('lists only the widths that can be chosen for the size it is drawn at (1× to 3×)', () => {
    expect(listedWidths(picture, { min: 288 })).toEqual([320, 480, 640, 720, 960, 1275])
    expect(listedWidths([400, 400, 'k'], { max: 64 })).toEqual([96, 192])
    expect(listedWidths([400, 400, 'k'], { max: 36 })).toEqual([96])
    // Always one candidate, however small the range.
    expect(listedWidths([90, 90, 'k'], { min: 288 })).toEqual([90])
  })
  it('names files as the pipeline writes them', () => {
    expect(variantPath('e31b1fde62e9', 640, 'webp')).toBe('/assets/img/e31b1fde62e9-640.webp')
  })
})

describe('isPicture', () => {
  it('takes only a well-formed tuple', () => {
    expect(isPicture([10, 20, 'abcdef01'])).toBe(true)
    for (const bad of [[10, 20], [0, 20, 'abcdef01'], [10, 20, '../../x'], [1.5, 2, 'abcdef01'], '10,20,abc', null]) expect(isPicture(bad)).toBe(false)
  })
})
