// @vitest-environment jsdom
// Images as the views draw them: a <picture> of the build's AVIF and WebP variants with srcset and
// sizes, width and height set (no layout shift), lazy except on the first screen; the original when
// the build made none (dev, remote images).
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Picture } from '../../src/data/images.ts'
import { Avatar } from '../../src/components/ui/Avatar.tsx'
import { Cover } from '../../src/components/ui/Cover.tsx'
import { cardImageSizes, wideCardImageSizes } from '../../src/components/ui/layout.ts'

const PICTURE: Picture = [1275, 717, 'e31b1fde62e9']
const talk = { title: 'Cheetah', image: '/img/webinars/cheetah.jpg', picture: PICTURE, event: 'FOSDEM', year: 2022 }

const sources = (c: HTMLElement) => [...c.querySelectorAll('picture > source')].map((s) => ({ type: s.getAttribute('type'), srcset: s.getAttribute('srcset'), sizes: s.getAttribute('sizes') }))

describe('Cover', () => {
  it('offers AVIF, then WebP, in the widths a card can use, with the card grid’s sizes', () => {
    const { container } = render(<Cover talk={talk} />)
    const [avif, webp] = sources(container)
    expect(avif!.type).toBe('image/avif')
    expect(webp!.type).toBe('image/webp')
    expect(avif!.srcset).toBe([320, 480, 640, 720, 960, 1275].map((w) => `/assets/img/e31b1fde62e9-${w}.avif ${w}w`).join(', '))
    expect(webp!.srcset).toContain('/assets/img/e31b1fde62e9-1275.webp 1275w')
    expect(avif!.sizes).toBe(cardImageSizes)
    expect(webp!.sizes).toBe(cardImageSizes)
  })

  it('falls back to the original, sized as the variants are, lazily', () => {
    const { container } = render(<Cover talk={talk} />)
    const img = container.querySelector('picture > img')!
    expect(img).toHaveAttribute('src', '/img/webinars/cheetah.jpg')
    expect(img).toHaveAttribute('width', '1275')
    expect(img).toHaveAttribute('height', '717')
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img).not.toHaveAttribute('fetchpriority')
    expect(img).toHaveAttribute('alt', '')
  })

  it('loads the first screen’s covers eagerly, and the largest first, ahead of the others', () => {
    // Eager but not the page's largest image: its bytes must not slow the one that is.
    const eager = render(<Cover talk={talk} eager />).container.querySelector('img')!
    expect(eager).toHaveAttribute('loading', 'eager')
    expect(eager).toHaveAttribute('fetchpriority', 'low')
    const first = render(<Cover talk={talk} priority sizes={wideCardImageSizes} />).container
    expect(first.querySelector('img')).toHaveAttribute('fetchpriority', 'high')
    expect(first.querySelector('img')).toHaveAttribute('loading', 'eager')
    expect(sources(first)[0]!.sizes).toBe(wideCardImageSizes)
  })

  it('shows the original as it is when the build made no variants (dev)', () => {
    const { container } = render(<Cover talk={{ ...talk, picture: undefined }} />)
    expect(container.querySelector('picture')).toBeNull()
    const img = container.querySelector('img')!
    expect(img).toHaveAttribute('src', '/img/webinars/cheetah.jpg')
    expect(img).toHaveAttribute('width', '640')
    expect(img).toHaveAttribute('height', '360')
    expect(img).not.toHaveAttribute('srcset')
  })

  it('draws a cover from the title when there is no image', () => {
    const { container } = render(<Cover talk={{ ...talk, image: undefined, picture: undefined }} />)
    expect(container.querySelector('img')).toBeNull()
    expect(container).toHaveTextContent('Cheetah')
  })
})

describe('Avatar', () => {
  it('lists only the small widths a photo is drawn at, sized by its box', () => {
    const { container } = render(<Avatar name="Chris Tomkins" image="/img/speakers/chris.jpg" picture={[400, 400, 'abcdef012345']} size="lg" />)
    const [avif] = sources(container)
    expect(avif!.srcset).toBe('/assets/img/abcdef012345-96.avif 96w, /assets/img/abcdef012345-192.avif 192w')
    expect(avif!.sizes).toBe('64px')
    const img = container.querySelector('img')!
    expect(img).toHaveAttribute('width', '64')
    expect(img).toHaveAttribute('height', '64')
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img).toHaveAttribute('src', '/img/speakers/chris.jpg')
  })

  it('shows initials when the photo failed before the app took the prerendered page over', () => {
    // A broken image is complete with no natural size; its error event fired before React listened.
    const complete = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'complete')
    Object.defineProperty(HTMLImageElement.prototype, 'complete', { configurable: true, get: () => true })
    try {
      const { container } = render(<Avatar name="Chris Tomkins" image="https://gone.example/chris.jpg" size="sm" />)
      expect(container.querySelector('img')).toBeNull()
      expect(container).toHaveTextContent('CT')
      // An SVG may have no natural size and still be drawn.
      const svg = render(<Avatar name="Ada Lovelace" image="/img/ada.svg" size="sm" />)
      expect(svg.container.querySelector('img')).not.toBeNull()
    } finally {
      if (complete) Object.defineProperty(HTMLImageElement.prototype, 'complete', complete)
      else delete (HTMLImageElement.prototype as { complete?: boolean }).complete
    }
  })

  it('shows initials without a photo', () => {
    const { container } = render(<Avatar name="Chris Tomkins" size="sm" />)
    expect(container.querySelector('img')).toBeNull()
    expect(container).toHaveTextContent('CT')
  })

  it('makes initials of the name’s words, not of its punctuation', () => {
    expect(render(<Avatar name="Horacio Gonzalez (LostInBrittany)" size="sm" />).container).toHaveTextContent('HL')
    expect(render(<Avatar name="Ελένη Παπαδοπούλου" size="sm" />).container).toHaveTextContent('ΕΠ')
    expect(render(<Avatar name="(—)" size="sm" />).container).toHaveTextContent('?')
  })
})
