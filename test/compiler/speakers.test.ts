// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { namesIn } from '../../src/compiler/speaker-refs.ts'
import type { RawSpeaker } from '../../src/compiler/shortcode-handlers.ts'
import { mergeSpeakers, socialUrl, speakerSlug, splitSpeakerName, type SpeakerAppearance } from '../../src/compiler/speakers.ts'

describe('splitSpeakerName', () => {
  it.each([
    ['Chris Tomkins - Developer Advocate @ Project Calico/Tigera', { name: 'Chris Tomkins', role: 'Developer Advocate', org: 'Project Calico/Tigera' }],
    ['Casey Davenport @ Project Calico/Tigera', { name: 'Casey Davenport', org: 'Project Calico/Tigera' }],
    ['Aloys Augustin - Software Engineer', { name: 'Aloys Augustin', role: 'Software Engineer', org: undefined }],
    ['Ada Lovelace', { name: 'Ada Lovelace', org: undefined }],
    ['Ada Lovelace – Analyst @ Babbage & Co', { name: 'Ada Lovelace', role: 'Analyst', org: 'Babbage & Co' }],
    ['Ada Lovelace — Analyst', { name: 'Ada Lovelace', role: 'Analyst', org: undefined }],
    ['Ada Lovelace | Analyst', { name: 'Ada Lovelace', role: 'Analyst', org: undefined }],
    ['Ada Lovelace, Analyst @ Org', { name: 'Ada Lovelace', role: 'Analyst', org: 'Org' }],
    ['Jean-Luc Picard - Captain @ Starfleet', { name: 'Jean-Luc Picard', role: 'Captain', org: 'Starfleet' }],
    ['  Grace   Hopper  -  Admiral  @  US Navy ', { name: 'Grace Hopper', role: 'Admiral', org: 'US Navy' }],
    ['Bob - Dev @ A @ B', { name: 'Bob', role: 'Dev @ A', org: 'B' }],
    ['Bob @ ', { name: 'Bob @', org: undefined }],
    ['Jane Doe (Google)', { name: 'Jane Doe', org: 'Google' }],
    ['Jane Doe - Engineer (Google)', { name: 'Jane Doe', role: 'Engineer', org: 'Google' }],
    ['Jane Doe (Google) @ Acme', { name: 'Jane Doe (Google)', org: 'Acme' }],
    ['Martin Luther King, Jr.', { name: 'Martin Luther King, Jr.', org: undefined }],
  ])('%j', (written, expected) => {
    expect(splitSpeakerName(written)).toEqual(expected)
  })
})

describe('namesIn: several speakers written in one text', () => {
  it.each([
    ['Jane Doe, John Smith and Ada Lovelace', ['Jane Doe', 'John Smith', 'Ada Lovelace']],
    ['Jane Doe & John Smith', ['Jane Doe', 'John Smith']],
    ['Jane Doe; Bob', ['Jane Doe', 'Bob']],
    ['Martin Luther King, Jr.', ['Martin Luther King, Jr.']],
    ['Jane Doe - Engineer @ Acme, Inc', ['Jane Doe - Engineer @ Acme, Inc']],
    ['people/jane-doe.md', ['people/jane-doe.md']],
    ['Alexandra Anderson', ['Alexandra Anderson']],
  ])('%j → %j', (text, names) => expect(namesIn(text)).toEqual(names))
})

describe('socialUrl', () => {
  it('builds full URLs from handles', () => {
    expect(socialUrl('github', 'AloysAugustin')).toBe('https://github.com/AloysAugustin')
    expect(socialUrl('twitter', '@skrnat')).toBe('https://x.com/skrnat')
    expect(socialUrl('linkedin', 'cdtomkins')).toBe('https://www.linkedin.com/in/cdtomkins')
    expect(socialUrl('linkedin', 'company/tigera')).toBe('https://www.linkedin.com/company/tigera')
    expect(socialUrl('website', 'example.com')).toBe('https://example.com')
    expect(socialUrl('github', '/sknat/')).toBe('https://github.com/sknat')
  })

  it('keeps http(s) URLs as written', () => {
    expect(socialUrl('github', ' https://github.com/sknat ')).toBe('https://github.com/sknat')
    expect(socialUrl('website', 'HTTP://example.com/x')).toBe('HTTP://example.com/x')
  })

  it('drops other schemes and handles that are not handles', () => {
    expect(socialUrl('website', 'javascript:alert(1)')).toBeUndefined()
    expect(socialUrl('github', 'data:text/html,x')).toBeUndefined()
    expect(socialUrl('twitter', 'two words')).toBeUndefined()
    expect(socialUrl('github', 'a/b/c')).toBeUndefined()
    expect(socialUrl('github', '"><script>')).toBeUndefined()
    expect(socialUrl('github', '')).toBeUndefined()
    expect(socialUrl('github', undefined)).toBeUndefined()
  })
})

describe('speakerSlug', () => {
  it('slugs the name only, so the same person keeps one slug across roles', () => {
    expect(speakerSlug('Chris Tomkins - Developer Advocate @ Project Calico/Tigera')).toBe('chris-tomkins')
    expect(speakerSlug('Chris Tomkins @ Tigera')).toBe('chris-tomkins')
    expect(speakerSlug('Nathan Skrzypczak')).toBe('nathan-skrzypczak')
    expect(speakerSlug('Zoë Ça')).toBe('zoe-ca')
  })

  it('falls back to "speaker" when the name has no letters', () => {
    expect(speakerSlug('!!! - Role')).toBe('speaker')
  })
})

describe('mergeSpeakers', () => {
  const raw = (written: string, extra: Partial<RawSpeaker> = {}): RawSpeaker => ({ written, line: 1, ...extra })
  const appear = (written: string, talkSlug: string, more: Partial<Omit<SpeakerAppearance, 'raw'>> & { raw?: Partial<RawSpeaker> } = {}): SpeakerAppearance => {
    const { raw: r, ...rest } = more
    return { raw: raw(written, r), talkSlug, talkDate: talkSlug.slice(0, 10), ...rest }
  }

  it('merges one person across talks: newest role and bio, union of links, first existing photo', () => {
    const speakers = mergeSpeakers([
      appear('Chris Tomkins - Developer Advocate @ Project Calico/Tigera', '2022-02-06-b', { raw: { twitter: 'TomkinsDa' }, bio: 'New bio', bioHtml: '<p>New bio</p>' }),
      appear('Chris Tomkins - Network Engineer @ Old Co', '2021-10-15-a', { raw: { github: 'ctomkins', twitter: 'old' }, image: '/img/c.jpg', bio: 'Old bio', bioHtml: '<p>Old bio</p>' }),
      appear('Chris Tomkins - Developer Advocate @ Project Calico/Tigera', '2021-10-12-z'),
    ])
    expect(speakers).toHaveLength(1)
    expect(speakers[0]).toMatchObject({
      slug: 'chris-tomkins',
      name: 'Chris Tomkins',
      role: 'Developer Advocate',
      org: 'Project Calico/Tigera',
      image: '/img/c.jpg',
      bio: 'New bio',
      bioHtml: '<p>New bio</p>',
      links: { twitter: 'https://x.com/TomkinsDa', github: 'https://github.com/ctomkins' },
      talks: ['2022-02-06-b', '2021-10-15-a', '2021-10-12-z'],
      variants: ['Chris Tomkins - Developer Advocate @ Project Calico/Tigera', 'Chris Tomkins - Network Engineer @ Old Co'],
    })
  })

  it('fills a missing role or org from an older appearance', () => {
    const [s] = mergeSpeakers([appear('Casey Davenport', 't2'), appear('Casey Davenport - Maintainer @ Tigera', 't1')])
    expect(s).toMatchObject({ role: 'Maintainer', org: 'Tigera' })
  })

  it('lists a talk once even when the speaker appears twice in it', () => {
    const [s] = mergeSpeakers([appear('Ada', 't1'), appear('Ada', 't1')])
    expect(s!.talks).toEqual(['t1'])
    expect(s!.variants).toEqual(['Ada'])
  })

  it('sorts speakers by name', () => {
    const names = mergeSpeakers([appear('Zed', 't'), appear('Ärne', 't'), appear('Bo', 't'), appear('ada', 't')]).map((s) => s.name)
    expect(names).toEqual(['ada', 'Ärne', 'Bo', 'Zed'])
  })

  it('returns nothing for no appearances', () => {
    expect(mergeSpeakers([])).toEqual([])
  })
})
