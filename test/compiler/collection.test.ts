// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { normaliseAlias } from '../../src/compiler/aliases.ts'
import { collectTalks } from '../../src/compiler/collection.ts'
import { publicExport } from '../../src/compiler/exports.ts'
import { compileFile, type CompiledFile } from '../../src/compiler/talk.ts'
import { brief, context, encode, talk } from './helpers.ts'

function file(name: string, frontMatter: string[], body = 'Body.'): CompiledFile {
  return compileFile(`talks/${name}.md`, encode(talk(frontMatter, body)), context(['/img/a.jpg']))
}

const speaker = (written: string, more = '') => `{{< speaker name="${written}"${more} >}}\nBio of ${written}.\n{{< /speaker >}}`

describe('collectTalks', () => {
  it('orders talks newest first, then by slug, and keeps each body by slug', () => {
    const c = collectTalks([
      file('b', ['title = "B"', 'date = "2022-01-01"']),
      file('c', ['title = "C"', 'date = "2023-06-01"']),
      file('a', ['title = "A"', 'date = "2022-01-01"']),
    ])
    expect(c.diagnostics).toEqual([])
    expect(c.index.talks.map((t) => t.slug)).toEqual(['c', 'a', 'b'])
    expect([...c.bodies]).toEqual([
      ['c', '<p>Body.</p>'],
      ['a', '<p>Body.</p>'],
      ['b', '<p>Body.</p>'],
    ])
    // And its plain text, for the full-text search.
    expect([...c.texts]).toEqual([
      ['c', 'Body.'],
      ['a', 'Body.'],
      ['b', 'Body.'],
    ])
  })

  it('skips files that did not compile', () => {
    const c = collectTalks([file('ok', ['title = "OK"', 'date = "2022-01-01"']), file('bad', ['title = "Bad"'])])
    expect(c.index.talks.map((t) => t.slug)).toEqual(['ok'])
    // The file's own errors stay with the file; the collection adds none.
    expect(c.diagnostics).toEqual([])
  })

  it('duplicate-slug: the first file (by path) keeps the slug; the later one is published under its file name, with a warning', () => {
    const c = collectTalks([
      file('z-second', ['title = "Z"', 'date = "2023-01-01"', 'slug = "same"']),
      file('a-first', ['title = "A"', 'date = "2022-01-01"', 'slug = "Same"']),
    ])
    expect(c.index.talks.map((t) => [t.title, t.slug])).toEqual([['Z', 'z-second'], ['A', 'same']])
    expect(c.bodies.has('z-second')).toBe(true)
    expect(brief(c.diagnostics)).toEqual(['1:1 warning duplicate-slug'])
    expect(c.diagnostics[0]).toMatchObject({ file: 'talks/z-second.md' })
    expect(c.diagnostics[0]!.message).toBe('Two talks have the slug "same": this file and talks/a-first.md. This one is published as "z-second"; rename one file or set a different slug = "…".')
  })

  it('duplicate-slug: a file whose own name is taken too gets the slug numbered', () => {
    const c = collectTalks([
      file('a', ['title = "A"', 'date = "2022-01-01"']),
      file('b', ['title = "B"', 'date = "2022-01-02"', 'slug = "a"']),
      file('c', ['title = "C"', 'date = "2022-01-03"', 'slug = "b"']),
      file('d', ['title = "D"', 'date = "2022-01-04"', 'slug = "a"']),
    ])
    expect(Object.fromEntries(c.index.talks.map((t) => [t.title, t.slug]))).toEqual({ A: 'a', B: 'b', C: 'c', D: 'd' })
    const again = collectTalks([file('x', ['title = "X"', 'date = "2022-01-01"', 'slug = "x"']), file('x/index', ['title = "Y"', 'date = "2022-01-02"', 'slug = "x"'])])
    expect(again.index.talks.map((t) => t.slug).sort()).toEqual(['x', 'x-2'])
  })

  it('links talks and merged speakers both ways', () => {
    const c = collectTalks([
      file('old', ['title = "Old"', 'date = "2021-10-12"'], [speaker('Chris Tomkins - Network Engineer @ Old Co', ' github="ctomkins" img="/img/a.jpg"'), speaker('Nathan Skrzypczak - Software Engineer @ Cisco')].join('\n\n')),
      file('new', ['title = "New"', 'date = "2022-02-06"'], [speaker('Chris Tomkins - Developer Advocate @ Project Calico/Tigera'), speaker('Chris Tomkins')].join('\n\n')),
    ])
    expect(c.index.talks.map((t) => [t.slug, t.speakers])).toEqual([
      ['new', ['chris-tomkins']],
      ['old', ['chris-tomkins', 'nathan-skrzypczak']],
    ])
    expect(c.index.speakers.map((s) => [s.slug, s.talks])).toEqual([
      ['chris-tomkins', ['new', 'old']],
      ['nathan-skrzypczak', ['old']],
    ])
    expect(c.index.speakers[0]).toMatchObject({
      role: 'Developer Advocate',
      org: 'Project Calico/Tigera',
      image: '/img/a.jpg',
      bio: 'Bio of Chris Tomkins - Developer Advocate @ Project Calico/Tigera.',
      links: { github: 'https://github.com/ctomkins' },
      variants: ['Chris Tomkins - Developer Advocate @ Project Calico/Tigera', 'Chris Tomkins', 'Chris Tomkins - Network Engineer @ Old Co'],
    })
  })

  it('maps normalised aliases to slugs; the newest talk wins a shared alias', () => {
    const c = collectTalks([
      file('a', ['title = "A"', 'date = "2022-01-01"', 'aliases = ["/webinars/Old-Name/", "https://old.example.com/x/", "/", "/__proto__/"]']),
      file('b', ['title = "B"', 'date = "2023-01-01"', 'aliases = ["webinars/old-name"]']),
    ])
    // Expected built with JSON.parse: an object literal's __proto__ would set the prototype instead.
    expect({ ...c.index.aliases }).toEqual(JSON.parse('{"webinars/old-name":"b","x":"a","__proto__":"a"}'))
    expect(Object.getOwnPropertyDescriptor(c.index.aliases, '__proto__')?.value).toBe('a')
    // Talks keep their aliases as written.
    expect(c.index.talks[1]!.aliases).toEqual(['/webinars/Old-Name/', 'https://old.example.com/x/', '/', '/__proto__/'])
  })

  it('keeps each body with its own talk when slugs clash, and none for failed files', () => {
    const c = collectTalks([
      file('b', ['title = "B"', 'date = "2023-01-01"', 'slug = "x"'], 'Second body.'),
      file('a', ['title = "A"', 'date = "2022-01-01"', 'slug = "x"'], 'First body.'),
      file('c', ['title = "C"'], 'Failed body.'),
    ])
    expect(Object.fromEntries(c.bodies)).toEqual({ x: '<p>First body.</p>', b: '<p>Second body.</p>' })
  })

  it('orders many talks by date, newest first', () => {
    const files = Array.from({ length: 120 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + ((i * 37) % 120))).toISOString().slice(0, 10)
      return file(`t${String(i).padStart(3, '0')}`, ['title = "T"', `date = "${day}"`])
    })
    const dates = collectTalks(files).index.talks.map((t) => t.date)
    expect(dates).toHaveLength(120)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('gives an empty index for no files', () => {
    const c = collectTalks([])
    expect(c).toEqual({ index: { talks: [], speakers: [], aliases: {} }, bodies: new Map(), texts: new Map(), diagnostics: [] })
  })
})

describe('normaliseAlias', () => {
  it.each([
    ['/webinars/old-name/', 'webinars/old-name'],
    ['  /Webinars/Old/  ', 'webinars/old'],
    ['https://www.example.com/a/b/', 'a/b'],
    ['HTTP://example.com', ''],
    ['///x///', 'x'],
    ['/', ''],
  ])('%j → %j', (input, key) => {
    expect(normaliseAlias(input)).toBe(key)
  })
})

describe('publicExport (dist/talks.json)', () => {
  it('has the documented shape, with null for absent optional fields', () => {
    const c = collectTalks([
      file('full', ['title = "Full"', 'date = "2023-02-05"', 'time_slot = "4:15pm - 4:45pm CET"', 'previewimage = "/img/a.jpg"', 'tags = ["k8s"]', 'event = "FOSDEM"', 'youtubeurl = "https://youtu.be/dQw4w9WgXcQ"', 'odd = 1'], `Summary.\n\n{{% btn txt="Event link" link="https://e.example/" %}}\n\n${speaker('Ada Lovelace - Analyst @ Babbage', ' github="ada"')}`),
      file('bare', ['title = "Bare"', 'date = "2022-01-01"'], `${speaker('Bob')}`),
    ])
    expect(publicExport(c.index)).toEqual({
      talks: [
        {
          slug: 'full',
          title: 'Full',
          date: '2023-02-05',
          year: 2023,
          timeSlot: '4:15pm - 4:45pm CET',
          speakers: ['ada-lovelace'],
          links: { video: 'https://youtu.be/dQw4w9WgXcQ', event: 'https://e.example/' },
          buttons: [{ label: 'Event link', url: 'https://e.example/' }],
          previewImage: '/img/a.jpg',
          summary: 'Summary.',
          tags: ['k8s'],
          event: 'FOSDEM',
        },
        { slug: 'bare', title: 'Bare', date: '2022-01-01', year: 2022, timeSlot: null, speakers: ['bob'], links: {}, buttons: [], previewImage: null, summary: '', tags: [], event: null },
      ],
      speakers: [
        { slug: 'ada-lovelace', name: 'Ada Lovelace', role: 'Analyst', org: 'Babbage', image: null, bio: 'Bio of Ada Lovelace - Analyst @ Babbage.', links: { github: 'https://github.com/ada' }, talks: ['full'] },
        { slug: 'bob', name: 'Bob', role: null, org: null, image: null, bio: 'Bio of Bob.', links: {}, talks: ['bare'] },
      ],
    })
  })

  it('leaves out internal fields (bodies, extra, video kinds, variants)', () => {
    const c = collectTalks([file('x', ['title = "X"', 'date = "2023-01-01"', 'odd = 1', 'youtubeurl = "https://youtu.be/dQw4w9WgXcQ"'], speaker('Ada'))])
    const json = JSON.parse(JSON.stringify(publicExport(c.index))) as { talks: Record<string, unknown>[]; speakers: Record<string, unknown>[] }
    expect(Object.keys(json.talks[0]!).sort()).toEqual(['buttons', 'date', 'event', 'links', 'previewImage', 'slug', 'speakers', 'summary', 'tags', 'timeSlot', 'title', 'year'])
    expect(Object.keys(json.speakers[0]!).sort()).toEqual(['bio', 'image', 'links', 'name', 'org', 'role', 'slug', 'talks'])
  })
})

describe('publicExport keeps plain text plain', () => {
  it('gives a bio ending in a tag-shaped string without it, and no text from removed tags', () => {
    const bio = "Builds things. <svg onload=alert('svg')>\n\n<script>alert('x')</script>Still here."
    const c = collectTalks([file('t', ['title = "T"', 'date = "2023-02-05"'], `{{< speaker name="Eve" >}}\n${bio}\n{{< /speaker >}}`)])
    const exported = publicExport(c.index) as { speakers: { bio: string }[] }
    expect(exported.speakers[0]!.bio).toBe('Builds things. Still here.')
    expect(JSON.stringify(exported)).not.toMatch(/<svg|alert/)
  })
})
