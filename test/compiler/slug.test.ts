// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { slugFromPath } from '../../src/compiler/slug.ts'
import { slugify } from '../../src/compiler/slug.ts'

describe('slugify', () => {
  it.each([
    ['Kubernetes networking : is there a cheetah?', 'kubernetes-networking-is-there-a-cheetah'],
    ['2022_02_06_FOSDEM_kubernetes', '2022-02-06-fosdem-kubernetes'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['Škoda Ångström Çà', 'skoda-angstrom-ca'],
    ['Straße ẞig', 'strasse-ssig'],
    ['İstanbul', 'istanbul'],
    ['ﬁnal ½', 'final-1-2'],
    ['Ελένη Παπαδοπούλου', 'ελένη-παπαδοπούλου'],
    ['Дмитрий Ёлкин', 'дмитрий-ёлкин'],
    ['हिन्दी भाषा', 'हिन्दी-भाषा'],
    ['東京 2023', '東京-2023'],
    ['Calico/VPP — “quoted” ’s', 'calico-vpp-quoted-s'],
    ['', ''],
    ['!!! ???', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('is idempotent', () => {
    for (const text of ['Škoda Ελένη', 'a_b-c  d', 'हिन्दी', 'Straße']) expect(slugify(slugify(text))).toBe(slugify(text))
  })

  it('keeps the result composed (NFC)', () => {
    const s = slugify('Ελένη')
    expect(s).toBe(s.normalize('NFC'))
  })
})

describe('slugFromPath', () => {
  it('slugs the bundled content file names', () => {
    expect(slugFromPath('content/talks/2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md')).toBe('2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah')
    expect(slugFromPath('content/talks/2021_10_15_calico_vpp_using_calico_pluggable_dataplanes.md')).toBe('2021-10-15-calico-vpp-using-calico-pluggable-dataplanes')
  })

  it('uses the folder name of a leaf bundle', () => {
    expect(slugFromPath('content/talks/my-talk/index.md')).toBe('my-talk')
    expect(slugFromPath('talks\\Other Talk\\index.markdown')).toBe('other-talk')
    expect(slugFromPath('content/talks/my-talk/index.fr.md')).toBe('my-talk')
    expect(slugFromPath('content/talks/my-talk/indexes.md')).toBe('indexes')
  })

  it('takes .markdown and upper-case extensions off', () => {
    expect(slugFromPath('a/Talk.MARKDOWN')).toBe('talk')
    expect(slugFromPath('a/b.md.md')).toBe('b-md')
  })

  it('keeps a bare index.md with no folder as "index"', () => {
    expect(slugFromPath('index.md')).toBe('index')
  })
})
