// @vitest-environment node
import { parse as parseToml } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from '../../src/compiler/front-matter.ts'
import { calendarDate } from '../../src/compiler/dates.ts'
import { readFields } from '../../src/compiler/fields.ts'
import { clockOf, parseTimeSlot } from '../../src/compiler/time-slot.ts'
import type { Diagnostic } from '../../src/compiler/diagnostics.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { brief, context, encode } from './helpers.ts'

const CONFIG = context().config

/** Front-matter lines → fields, through the real TOML split, as compileFile does it. */
function fieldsOf(...lines: string[]) {
  const diagnostics: Diagnostic[] = []
  const fm = splitFrontMatter('t.md', ['+++', ...lines, '+++', ''].join('\n'), diagnostics)
  if (!fm) throw new Error(`front matter did not parse: ${JSON.stringify(diagnostics)}`)
  const fields = readFields('t.md', fm.data, fm.keyLines, diagnostics, CONFIG)
  return { fields, diagnostics }
}

/** The diagnostics of a whole talk file with these front-matter lines (checks that run after mapping). */
function compiled(...lines: string[]): Diagnostic[] {
  return compileFile('t.md', encode(['+++', ...lines, '+++', 'Body.'].join('\n')), context()).diagnostics
}

const tomlDate = (literal: string): unknown => parseToml(`d = ${literal}`).d

describe('calendarDate', () => {
  it('reads date strings as written, padding month and day', () => {
    expect(calendarDate('2023-02-05')).toBe('2023-02-05')
    expect(calendarDate(' 2023-2-5 ')).toBe('2023-02-05')
    expect(calendarDate('2024-02-29')).toBe('2024-02-29')
    expect(calendarDate('2023-02-05T10:00:00Z')).toBe('2023-02-05')
    expect(calendarDate('2023-02-05 10:00')).toBe('2023-02-05')
  })

  it('never shifts a date through UTC', () => {
    expect(calendarDate('2023-12-31T23:30:00-05:00')).toBe('2023-12-31')
    expect(calendarDate('2024-01-01T00:30:00+14:00')).toBe('2024-01-01')
    expect(calendarDate(tomlDate('2023-12-31T23:30:00-05:00'))).toBe('2023-12-31')
    expect(calendarDate(tomlDate('2024-01-01T00:30:00+14:00'))).toBe('2024-01-01')
    expect(calendarDate(tomlDate('2023-12-31'))).toBe('2023-12-31')
    expect(calendarDate(tomlDate('2023-12-31T23:30:00'))).toBe('2023-12-31')
    expect(calendarDate(tomlDate('2023-12-31 23:30:00Z'))).toBe('2023-12-31')
  })

  it.each(['2023-02-30', '2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1', '05/02/2023', '2023-02-05x', '', 'soon'])('rejects %j', (text) => {
    expect(calendarDate(text)).toBe('invalid')
  })

  it('rejects values that are not dates or strings, invalid Dates and TOML times', () => {
    expect(calendarDate(20230205)).toBe('invalid')
    expect(calendarDate(true)).toBe('invalid')
    expect(calendarDate(null)).toBe('invalid')
    expect(calendarDate(['2023-02-05'])).toBe('invalid')
    expect(calendarDate(new Date(Number.NaN))).toBe('invalid')
    expect(calendarDate(tomlDate('10:30:00'))).toBe('invalid')
  })
})

describe('clockOf: one time of day, as data files and time keys write it', () => {
  it.each([
    ['10:00', '10:00'],
    ['9:30 AM', '09:30'],
    ['2pm', '14:00'],
    ['12am', '00:00'],
    ['16h30', '16:30'],
    ['10:00:00', '10:00'],
    ['9.05', '09:05'],
  ])('%j → %j', (text, time) => expect(clockOf(text)).toBe(time))

  it.each(['10', '25:00', '10:75', 'noon', '10:00 - 11:00', ''])('%j is no time of day', (text) => expect(clockOf(text)).toBeUndefined())
})

describe('parseTimeSlot', () => {
  it.each([
    ['4:05pm - 4:40pm CET', { start: '16:05', end: '16:40', zone: 'CET' }],
    ['11:20am - 11:50am PST', { start: '11:20', end: '11:50', zone: 'PST' }],
    // As written in the bundled content: the end really is 00:30 (the health report flags it).
    ['11:55am - 12:30am PST', { start: '11:55', end: '00:30', zone: 'PST' }],
    ['4:30 - 5:00pm CET', { start: '16:30', end: '17:00', zone: 'CET' }],
    ['10am - 2pm (UTC+2)', { start: '10:00', end: '14:00', zone: 'UTC+2' }],
    ['16h30 - 17h00 cest', { start: '16:30', end: '17:00', zone: 'CEST' }],
    ['16.30–17.15', { start: '16:30', end: '17:15' }],
    ['4:30 p.m. - 5 p.m. ET', { start: '16:30', end: '17:00', zone: 'ET' }],
    ['9 to 10:30 AM', { start: '09:00', end: '10:30' }],
    ['1pm until 2pm +01:00', { start: '13:00', end: '14:00', zone: '+01:00' }],
    ['12pm - 1pm', { start: '12:00', end: '13:00' }],
    ['12am - 1am', { start: '00:00', end: '01:00' }],
    ['13:05pm - 14:00', { start: '13:05', end: '14:00' }],
    ['4:30pm-5:00pm', { start: '16:30', end: '17:00' }],
  ])('%j', (text, parsed) => {
    expect(parseTimeSlot(text)).toEqual({ text, ...parsed })
  })

  it.each([
    // The start borrows the end's "pm" only when it is earlier on the 12-hour dial.
    ['11:30 - 12:30pm', { start: '11:30', end: '12:30' }],
    ['9 - 12pm', { start: '09:00', end: '12:00' }],
    ['11 - 1pm', { start: '11:00', end: '13:00' }],
    ['12:00 - 1:00pm', { start: '12:00', end: '13:00' }],
    ['12:30 - 12:45pm', { start: '12:30', end: '12:45' }],
    ['11:30 - 11:45pm', { start: '23:30', end: '23:45' }],
    ['10 - 11am', { start: '10:00', end: '11:00' }],
  ])('borrows a missing suffix sensibly: %j', (text, parsed) => {
    expect(parseTimeSlot(text)).toEqual({ text, ...parsed })
  })

  it('keeps the text but no times when they are out of range or unreadable', () => {
    expect(parseTimeSlot('25:00 - 26:00')).toEqual({ text: '25:00 - 26:00' })
    expect(parseTimeSlot('10:75 - 11:00')).toEqual({ text: '10:75 - 11:00', end: '11:00' })
    expect(parseTimeSlot('TBD')).toEqual({ text: 'TBD' })
    expect(parseTimeSlot('')).toEqual({ text: '' })
  })

  it('reads a slot with runs of spaces, quickly', () => {
    expect(parseTimeSlot('4:30pm   -\t 5:00pm    CET')).toMatchObject({ start: '16:30', end: '17:00', zone: 'CET' })
    const t0 = performance.now()
    parseTimeSlot(`1 - 2${' '.repeat(5000)}!`)
    parseTimeSlot(`1${' '.repeat(5000)}- 2${' '.repeat(5000)}pm${' '.repeat(5000)}!`)
    expect(performance.now() - t0).toBeLessThan(500)
  })
})

describe('readFields', () => {
  it('maps a complete talk, noting the line of each key', () => {
    const { fields, diagnostics } = fieldsOf(
      'Title = "  Kubernetes   networking "',
      'date = 2022-02-06',
      'publishDate = "2022-01-01"',
      'time_slot = "4:30pm - 5:00pm CET"',
      'type = "webinar"',
      'youtubeurl = "https://fosdem.org/2022/x"',
      'pdfurl = "https://fosdem.org/2022/x.pdf"',
      'ppturl = "HTTPS://Example.com/a b.pptx"',
      'eventurl = "https://fosdem.org/2022/"',
      'previewimage = "/img/x.jpg"',
      'slug = "Custom Slug"',
      'aliases = ["/webinars/old/", "/x"]',
      'tags = ["k8s", "calico"]',
      'categories = ["calico", "networking"]',
      'event = "FOSDEM"',
      'draft = false',
      'description = "Short."',
      'weight = 3',
    )
    expect(diagnostics).toEqual([])
    expect(fields.talk).toEqual({
      title: 'Kubernetes networking',
      date: '2022-02-06',
      start: undefined,
      end: undefined,
      zone: undefined,
      publishDate: '2022-01-01',
      timeSlot: '4:30pm - 5:00pm CET',
      video: 'https://fosdem.org/2022/x',
      slides: ['https://fosdem.org/2022/x.pdf', 'HTTPS://Example.com/a b.pptx'],
      event: 'https://fosdem.org/2022/',
      image: '/img/x.jpg',
      slug: 'Custom Slug',
      aliases: ['/webinars/old/', '/x'],
      tags: ['k8s', 'calico', 'networking'],
      eventName: 'FOSDEM',
      type: 'webinar',
      draft: false,
      summary: 'Short.',
      abstract: undefined,
      registration: undefined,
      speakers: [],
      links: [],
    })
    expect(fields.lines).toMatchObject({ title: 2, date: 3, video: 7, slides: 8, event: 10, image: 11, slug: 12 })
    expect(fields.unknownKeys).toEqual([])
  })

  it('reads a number as a time slot quietly as the slot’s place in a schedule (ApacheCon’s timeslot = 3), not a time', () => {
    const { fields, diagnostics } = fieldsOf('title = "T"', 'date = "2023-01-01T10:00:00Z"', 'timeslot = 3')
    expect(diagnostics).toEqual([])
    expect(fields.talk.timeSlot).toBeUndefined()
    expect(fields.talk.start).toBe('10:00')
  })

  it('accepts "timeslot", a single tag string and a draft flag', () => {
    const { fields } = fieldsOf('title = "T"', 'date = "2023-01-01"', 'timeslot = "9 - 10am"', 'tags = " solo "', 'draft = true', 'summary = "S"', 'description = "D"')
    expect(fields.talk).toMatchObject({ timeSlot: '9 - 10am', tags: ['solo'], draft: true, summary: 'S' })
  })

  it('reads a video given as a list of tables of its id', () => {
    const { fields, diagnostics } = fieldsOf('title = "T"', 'date = "2023-01-01"', '[[vimeo]]', 'id = "378010209"')
    expect(diagnostics).toEqual([])
    expect(fields.talk.video).toBe('https://vimeo.com/378010209')
    expect(fieldsOf('title = "T"', 'date = "2023-01-01"', 'youtube = { id = "dQw4w9WgXcQ" }').fields.talk.video).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
  })

  it('reads labelled links: [{ name, url }] lists, Hugo resources with an address, a { label = url } table and url_* keys', () => {
    const { fields, diagnostics } = fieldsOf(
      'title = "T"', 'date = "2023-01-01"', 'url_code = "https://github.com/a/b"',
      'links = [{ name = "Project", url = "https://p.example" }, { icon = "x" }]',
      'resources = [{ src = "images/*.jpg", title = "A Hugo resource" }, { url = "/pdfs/a.pdf", name = "Slides (PDF)", details = "book" }, { link = "https://book.example" }]',
    )
    expect(diagnostics).toEqual([])
    expect(fields.talk.links).toEqual([
      { label: 'Project', url: 'https://p.example' },
      { label: 'Slides (PDF)', url: '/pdfs/a.pdf' },
      { label: 'https://book.example', url: 'https://book.example' },
      { label: 'Code', url: 'https://github.com/a/b' },
    ])
    expect(fieldsOf('title = "T"', 'date = "2023-01-01"', '[links]', 'Code = "https://c.example"', 'n = 3').fields.talk.links).toEqual([{ label: 'Code', url: 'https://c.example' }])
  })

  it('reads an image from a cover table, Ananke’s featured_image or Hugo’s images list', () => {
    const image = (...lines: string[]) => fieldsOf('title = "T"', 'date = "2023-01-01"', ...lines).fields.talk.image
    expect(image('[cover]', 'image = "/img/c.jpg"', 'alt = "A cover"')).toBe('/img/c.jpg')
    expect(image('featured_image = "/img/f.jpg"')).toBe('/img/f.jpg')
    expect(image('images = ["/img/og.jpg", "/img/other.jpg"]')).toBe('/img/og.jpg')
    expect(image('images = ["/img/og.jpg"]', 'image = "/img/own.jpg"')).toBe('/img/own.jpg')
  })

  it('reads tags written as one comma-separated text as each tag', () => {
    const { fields } = fieldsOf('title = "T"', 'date = "2023-01-01"', 'tags = "kubernetes, networking ,, eBPF"')
    expect(fields.talk.tags).toEqual(['kubernetes', 'networking', 'eBPF'])
  })

  it('reads a title written as a number or a date as Hugo prints it, without an error', () => {
    expect(fieldsOf('title = 2024', 'date = "2023-01-01"')).toMatchObject({ fields: { talk: { title: '2024' } }, diagnostics: [] })
    expect(fieldsOf('title = 2023-05-04', 'date = "2023-01-01"').fields.talk.title).toBe('2023-05-04')
    expect(brief(fieldsOf('title = true', 'date = "2023-01-01"').diagnostics)).toEqual(['2:1 error wrong-type'])
  })

  it('reads an event written as a table: its name, and its page when no event page key gives one', () => {
    const table = fieldsOf('title = "T"', 'date = "2023-01-01"', '[event]', 'name = "KubeCon EU"', 'url = "https://e.example/kubecon"')
    expect(table.diagnostics).toEqual([])
    expect(table.fields.talk).toMatchObject({ eventName: 'KubeCon EU', event: 'https://e.example/kubecon' })
    const both = fieldsOf('title = "T"', 'date = "2023-01-01"', 'eventurl = "https://e.example/own"', '[event]', 'title = "FOSDEM"', 'link = "https://e.example/other"')
    expect(both.fields.talk).toMatchObject({ eventName: 'FOSDEM', event: 'https://e.example/own' })
    // A link where the name goes is the page, not a name.
    expect(fieldsOf('title = "T"', 'date = "2023-01-01"', 'event = "https://e.example/x"').fields.talk).toMatchObject({ eventName: undefined, event: 'https://e.example/x' })
    expect(brief(fieldsOf('title = "T"', 'date = "2023-01-01"', 'event = 7').diagnostics)).toEqual(['4:1 warning ignored-value'])
  })

  describe('the date traps', () => {
    it('reports invalid-date for 2023-02-30, which smol-toml would roll over to March 2', () => {
      const { fields, diagnostics } = fieldsOf('title = "T"', '', 'date = 2023-02-30')
      expect(brief(diagnostics)).toEqual(['4:1 error invalid-date'])
      expect(diagnostics[0]!.message).toContain('(2023-02-30)')
      expect(fields.talk.date).toBeUndefined()
    })

    it('reports invalid-date for a rolled-over offset date-time too', () => {
      const { diagnostics } = fieldsOf('title = "T"', 'date = 2023-02-29T10:00:00-05:00')
      expect(brief(diagnostics)).toEqual(['3:1 error invalid-date'])
    })

    it('reads 2023-12-31T23:30:00-05:00 as 2023-12-31, not the UTC day after, with its time and zone', () => {
      const { fields, diagnostics } = fieldsOf('title = "T"', 'date = 2023-12-31T23:30:00-05:00')
      expect(diagnostics).toEqual([])
      expect(fields.talk).toMatchObject({ date: '2023-12-31', start: '23:30', zone: '-05:00' })
    })

    it('reports a quoted impossible date and an impossible publishDate (a warning: it is only ignored)', () => {
      const { fields, diagnostics } = fieldsOf('title = "T"', 'date = "2023-02-30"', 'publishDate = 2023-04-31')
      expect(brief(diagnostics)).toEqual(['3:1 error invalid-date', '4:1 warning invalid-publish-date'])
      expect(fields.talk.publishDate).toBeUndefined()
    })

    it('reports invalid-date for a TOML time without a date, and for a number', () => {
      expect(brief(fieldsOf('title = "T"', 'date = 10:30:00').diagnostics)).toEqual(['3:1 error invalid-date'])
      expect(brief(fieldsOf('title = "T"', 'date = 20230205').diagnostics)).toEqual(['3:1 error invalid-date'])
    })

    it('does not throw on an invalid Date given directly', () => {
      const diagnostics: Diagnostic[] = []
      readFields('t.md', { title: 'T', date: new Date(Number.NaN) }, new Map([['date', 3]]), diagnostics, CONFIG)
      expect(brief(diagnostics)).toEqual(['3:1 error invalid-date'])
      expect(diagnostics[0]!.message).toContain('Invalid Date')
    })
  })

  describe('diagnostics', () => {
    it('missing-title and missing-date at line 1 when the keys are absent', () => {
      expect(brief(compiled('type = "webinar"'))).toEqual(['1:1 error missing-title', '1:1 error missing-date'])
    })

    it('missing-title and missing-date at the key line when they are blank', () => {
      expect(brief(compiled('title = "   "', 'date = ""'))).toEqual(['2:1 error missing-title', '3:1 error missing-date'])
    })

    it('wrong-type for the title and the draft flag; other fields of the wrong type are left out with a warning', () => {
      const { fields, diagnostics } = fieldsOf('title = true', 'date = "2023-01-01"', 'tags = ["a", 1]', 'draft = "yes"', 'event = ["x"]', 'time_slot = 1630', 'aliases = { a = 1 }', 'type = 3')
      expect(brief(diagnostics)).toEqual([
        '2:1 error wrong-type', '7:1 warning ignored-value', '8:1 warning ignored-value', '4:1 warning ignored-value', '6:1 warning ignored-value', '9:1 warning ignored-value',
        '5:1 error wrong-type',
      ])
      expect(diagnostics.map((d) => d.message)).toEqual([
        '"title" must be a text string in quotes, not a boolean.',
        '"time_slot" must be a text string in quotes, not a number: it is left out.',
        '"aliases" must be a list of strings, like ["a", "b"]: what is not text is left out.',
        '"tags" must be a list of strings, like ["a", "b"]: what is not text is left out.',
        '"event" must be a text string in quotes, not a list: it is left out.',
        '"type" must be a text string in quotes, not a number: it is left out.',
        '"draft" must be true or false (without quotes).',
      ])
      // The strings of a mixed list are kept; the fields left out are absent, not errors.
      expect(fields.talk.tags).toEqual(['a'])
      expect(fields.talk.aliases).toEqual([])
      expect(fields.talk.timeSlot).toBeUndefined()
      expect(fields.talk.type).toBeUndefined()
    })

    it('wrong-type names lists and tables', () => {
      const { diagnostics } = fieldsOf('title = ["a", "b"]', 'date = "2023-01-01"', 'type = { a = 1 }')
      expect(diagnostics.map((d) => d.message)).toEqual(['"title" must be a text string in quotes, not a list.', '"type" must be a text string in quotes, not a table: it is left out.'])
    })

    it('bad-url for links that are neither http(s) nor a site path; empty values are absent; a missing site file is a warning', () => {
      const ds = compiled('title = "T"', 'date = "2023-01-01"', 'youtubeurl = "youtube.com/watch?v=x"', 'pdfurl = "javascript:alert(1)"', 'ppturl = "  "', 'eventurl = "/events/x"', 'slides = "talk.html"')
      expect(brief(ds)).toEqual(['4:1 warning repaired-url', '5:1 error bad-url', '7:1 warning missing-file', '8:1 error bad-url'])
      expect(ds[1]!.message).toBe('"pdfurl" must be an http(s) link or a site path, not "javascript:".')
    })

    it('reads a link written without its https:// as https, with a warning; a file name is no host', () => {
      const linked = (value: string) => {
        const c = compileFile('talks/t.md', encode(['+++', 'title = "T"', 'date = "2023-01-01"', `youtubeurl = "${value}"`, '+++', 'Body.'].join('\n')), context())
        return { video: c.talk?.video?.url, codes: brief(c.diagnostics) }
      }
      expect(linked('www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({ video: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', codes: ['4:1 warning repaired-url'] })
      expect(linked('vimeo.com/123456789')).toEqual({ video: 'https://vimeo.com/123456789', codes: ['4:1 warning repaired-url'] })
      expect(linked('talk.html')).toEqual({ video: undefined, codes: ['4:1 error bad-url'] })
      // A bare word links nothing (a theme's page name, Wowchemy's slides = "example"): left out, the talk kept.
      expect(linked('example')).toEqual({ video: undefined, codes: ['4:1 warning ignored-value'] })
      expect(linked('//evil.example/x')).toEqual({ video: undefined, codes: ['4:1 error bad-url'] })
    })

    it('unknown keys: kept (as written) in extra, as JSON, each with its line for the collection to report once', () => {
      const { fields, diagnostics } = fieldsOf('title = "T"', 'date = "2023-01-01"', 'speakerNotes = "hi"', 'recorded = 2023-01-01T10:00:00Z', '[params]', 'x = [1, 2]')
      expect(diagnostics).toEqual([])
      expect(fields.unknownKeys).toEqual([{ key: 'speakerNotes', line: 4 }, { key: 'recorded', line: 5 }, { key: 'params.x', line: 6 }])
      expect(JSON.parse(JSON.stringify(fields.extra))).toEqual({ speakerNotes: 'hi', recorded: '2023-01-01T10:00:00.000Z', 'params.x': [1, 2] })
    })

    it('reads a page’s own fields under params (Hugo 0.123 on) as top-level ones, which win; Hugo’s page keys only at the top', () => {
      const { fields, diagnostics } = fieldsOf('title = "T"', 'date = "2023-01-01"', 'youtube = "https://youtu.be/dQw4w9WgXcQ"', '[params]', 'speakers = ["Ada Lovelace"]', 'youtube = "https://youtu.be/other000000"', 'title = "Not the title"', 'slides = "https://a.example/s.pdf"', 'tagline = "x"')
      expect(diagnostics).toEqual([])
      expect(fields.talk).toMatchObject({ title: 'T', video: 'https://youtu.be/dQw4w9WgXcQ', speakers: ['Ada Lovelace'], slides: ['https://a.example/s.pdf'] })
      // A key no field reads is named as written there, at the table's line (TOML keys under a table have none of their own).
      expect(fields.unknownKeys).toEqual([{ key: 'params.tagline', line: 5 }])
      expect(fieldsOf('title = "T"', 'date = "2023-01-01"', 'params = "not a table"').fields.unknownKeys).toEqual([{ key: 'params', line: 4 }])
    })

    it('accepts Hugo keys quietly and treats keys case-insensitively', () => {
      const { fields, diagnostics } = fieldsOf('TITLE = "T"', 'Date = "2023-01-01"', 'weight = 1', 'lastmod = 2023-01-01', 'Layout = "x"', 'url = "/x"', 'EventURL = "https://e.example"')
      expect(diagnostics).toEqual([])
      expect(fields.unknownKeys).toEqual([])
      expect(fields.talk).toMatchObject({ title: 'T', date: '2023-01-01', event: 'https://e.example' })
    })
  })

  describe('__proto__ keys stay data', () => {
    it('keeps __proto__ and constructor as ordinary unknown keys without touching prototypes', () => {
      const { fields } = fieldsOf('title = "T"', 'date = "2023-01-01"', '__proto__ = { polluted = true }', '[constructor]', 'prototype = 1')
      expect(fields.unknownKeys.map((k) => `${k.line} ${k.key}`)).toEqual(['4 __proto__', '5 constructor'])
      expect(Object.keys(fields.extra)).toEqual(['__proto__', 'constructor'])
      expect(Object.getOwnPropertyDescriptor(fields.extra, '__proto__')?.value).toEqual({ polluted: true })
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(JSON.stringify(fields.extra)).toBe('{"__proto__":{"polluted":true},"constructor":{"prototype":1}}')
    })

    it('does not read a "title" inherited from a prototype', () => {
      const raw = Object.create({ title: 'inherited', date: '2023-01-01' }) as Record<string, unknown>
      const { talk } = readFields('t.md', raw, new Map(), [], CONFIG)
      expect(talk.title).toBeUndefined()
      expect(talk.date).toBeUndefined()
    })
  })
})
