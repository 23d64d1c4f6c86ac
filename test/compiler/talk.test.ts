// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { decodeUtf8 } from '../../src/compiler/decode.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { diag, formatDiagnostic, hasErrors, sortDiagnostics } from '../../src/compiler/diagnostics.ts'
import { lineAt } from '../../src/compiler/positions.ts'
import { checkImage, safeHttpUrl } from '../../src/compiler/urls.ts'
import type { Diagnostic } from '../../src/compiler/diagnostics.ts'
import { MINIMAL, brief, codes, context, encode, talk } from './helpers.ts'

const compile = (text: string, images: string[] = [], includeDrafts = false, file = 'content/talks/2023_02_05_my_talk.md') =>
  compileFile(file, encode(text), context(images, includeDrafts))

describe('compileFile: a complete talk', () => {
  const text = talk(
    [
      'title = "Kubernetes networking : is there a cheetah within your Calico?"',
      '',
      'date = "2022-02-06"',
      'time_slot = "4:30pm - 5:00pm CET"',
      'type = "webinar"',
      'youtubeurl = "https://fosdem.org/2022/schedule/event/cheetah"',
      'pdfurl =  "https://fosdem.org/2022/cheetah.pdf"',
      'ppturl = "https://example.com/deck.pptx"',
      '',
      'previewimage = "/img/webinars/cheetah.jpg"',
    ],
    [
      '',
      '## Even faster kubernetes clusters',
      '',
      'Kubernetes is great, containers are lightweight & disposable.',
      '',
      '{{% btn txt="Register" link="https://example.com/register" %}}',
      '{{% btn txt="Event link" link="https://fosdem.org/2022/schedule/event/cheetah/" %}}',
      '',
      '### Speakers',
      '',
      '{{< speaker name="Chris Tomkins - Developer Advocate @ Project Calico/Tigera" twitter="TomkinsDa" img="/img/speakers/chris_tomkins.jpg">}}',
      'Chris is a developer advocate.',
      '{{< /speaker >}}',
      '',
      '{{< speaker name="Nathan Skrzypczak - Software Engineer @ Cisco" img="/img/missing.jpg">}}',
      'Nathan is a *software engineer*.',
      '{{< /speaker >}}',
    ].join('\n'),
  )
  const r = compile(text, ['/img/webinars/cheetah.jpg', '/img/speakers/chris_tomkins.jpg'])

  it('produces the talk record', () => {
    expect(r.talk).toEqual({
      slug: '2023-02-05-my-talk',
      title: 'Kubernetes networking : is there a cheetah within your Calico?',
      date: '2022-02-06',
      year: 2022,
      timeSlot: { text: '4:30pm - 5:00pm CET', start: '16:30', end: '17:00', zone: 'CET' },
      speakers: [],
      links: {
        video: 'https://fosdem.org/2022/schedule/event/cheetah',
        pdf: 'https://fosdem.org/2022/cheetah.pdf',
        ppt: 'https://example.com/deck.pptx',
        event: 'https://fosdem.org/2022/schedule/event/cheetah/',
      },
      buttons: [
        { label: 'Register', url: 'https://example.com/register' },
        { label: 'Event link', url: 'https://fosdem.org/2022/schedule/event/cheetah/' },
      ],
      video: { kind: 'external', url: 'https://fosdem.org/2022/schedule/event/cheetah' },
      slides: [
        { kind: 'pdf', url: 'https://fosdem.org/2022/cheetah.pdf' },
        { kind: 'pptx', url: 'https://example.com/deck.pptx', embedUrl: `https://view.officeapps.live.com/op/embed.aspx?src=${encodeURIComponent('https://example.com/deck.pptx')}` },
      ],
      previewImage: '/img/webinars/cheetah.jpg',
      summary: 'Kubernetes is great, containers are lightweight & disposable.',
      tags: [],
      type: 'webinar',
      aliases: [],
    })
  })

  it('renders the body without shortcodes or the emptied "Speakers" heading', () => {
    expect(r.html).toBe('<h2>Even faster kubernetes clusters</h2>\n<p>Kubernetes is great, containers are lightweight &amp; disposable.</p>')
    expect(r.text).toBe('Even faster kubernetes clusters Kubernetes is great, containers are lightweight & disposable.')
  })

  it('returns the speakers with checked photos and rendered bios', () => {
    expect(r.speakers).toEqual([
      {
        raw: expect.objectContaining({ written: 'Chris Tomkins - Developer Advocate @ Project Calico/Tigera', twitter: 'TomkinsDa', line: 23 }),
        image: '/img/speakers/chris_tomkins.jpg',
        bio: 'Chris is a developer advocate.',
        bioHtml: '<p>Chris is a developer advocate.</p>',
      },
      {
        raw: expect.objectContaining({ written: 'Nathan Skrzypczak - Software Engineer @ Cisco', line: 27 }),
        image: undefined,
        bio: 'Nathan is a software engineer.',
        bioHtml: '<p>Nathan is a <em>software engineer</em>.</p>',
      },
    ])
  })

  it('warns about the missing photo at its shortcode, and nothing else', () => {
    expect(brief(r.diagnostics)).toEqual(['27:1 warning missing-image'])
    expect(r.diagnostics[0]!.message).toBe('Image "/img/missing.jpg" does not exist under public/: a fallback is shown instead.')
  })
})

describe('compileFile: fields into the talk', () => {
  it('uses a slug field, and falls back to the file name when it slugs to nothing', () => {
    expect(compile(talk([...MINIMAL, 'slug = "My Custom Slug!"'])).talk?.slug).toBe('my-custom-slug')
    expect(compile(talk([...MINIMAL, 'slug = "!!!"'])).talk?.slug).toBe('2023-02-05-my-talk')
  })

  it('no-slug: an error when neither the slug field nor the file name gives a slug', () => {
    const r = compile(talk(MINIMAL), [], false, 'content/talks/___.md')
    expect(brief(r.diagnostics)).toEqual(['1:1 error no-slug'])
    expect(r.talk).toBeUndefined()
    expect(brief(compile(talk([...MINIMAL, 'slug = "!!!"']), [], false, 'content/talks/-.md').diagnostics)).toEqual(['4:1 error no-slug'])
    expect(compile(talk([...MINIMAL, 'slug = "ok"']), [], false, 'content/talks/___.md').talk?.slug).toBe('ok')
  })

  it('takes the summary from the front matter over the body', () => {
    expect(compile(talk([...MINIMAL, 'description = "From the field."'], 'From the body.')).talk?.summary).toBe('From the field.')
  })

  it('gives year and date from an offset date-time as written (not shifted through UTC)', () => {
    const t = compile(talk(['title = "T"', 'date = 2023-12-31T23:30:00-05:00'])).talk
    expect(t).toMatchObject({ date: '2023-12-31', year: 2023 })
  })

  it('keeps tags, event, aliases, publishDate and unknown keys', () => {
    const t = compile(talk([...MINIMAL, 'publishDate = 2023-01-01', 'tags = ["a"]', 'event = "FOSDEM"', 'aliases = ["/old/"]', 'speakernotes = "SDN"'])).talk
    expect(t).toMatchObject({ publishDate: '2023-01-01', tags: ['a'], event: 'FOSDEM', aliases: ['/old/'], extra: { speakernotes: 'SDN' } })
  })

  it('has no extra, previewImage, timeSlot or video keys when there is nothing to put there', () => {
    const t = compile(talk(MINIMAL)).talk!
    for (const key of ['extra', 'previewImage', 'timeSlot', 'video', 'publishDate', 'event', 'type']) expect(t).not.toHaveProperty(key)
  })

  it('keeps a __proto__ key as data', () => {
    const t = compile(talk([...MINIMAL, '__proto__ = { polluted = true }'])).talk!
    expect(Object.getOwnPropertyDescriptor(t.extra, '__proto__')?.value).toEqual({ polluted: true })
    expect(JSON.parse(JSON.stringify(t)).extra).toEqual(JSON.parse('{"__proto__":{"polluted":true}}'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('compileFile: media and links', () => {
  it('classifies a YouTube link with its start time', () => {
    const t = compile(talk([...MINIMAL, 'youtubeurl = "https://youtu.be/dQw4w9WgXcQ?t=1m5s"'])).talk!
    expect(t.video).toEqual({ kind: 'youtube', id: 'dQw4w9WgXcQ', start: 65, url: 'https://youtu.be/dQw4w9WgXcQ?t=1m5s' })
    expect(t.links).toEqual({ video: 'https://youtu.be/dQw4w9WgXcQ?t=1m5s' })
  })

  it('treats a PDF in youtubeurl as slides, once', () => {
    const pdf = 'https://example.com/slides.pdf'
    const t = compile(talk([...MINIMAL, `youtubeurl = "${pdf}"`, `pdfurl = "${pdf}"`])).talk!
    expect(t.video).toBeUndefined()
    expect(t.slides).toEqual([{ kind: 'pdf', url: pdf }])
    expect(t.links).toEqual({ pdf })
  })

  it('treats a PDF in ppturl as the pdf link (as in the 2023 talk)', () => {
    const t = compile(talk([...MINIMAL, 'ppturl = "https://example.com/deck.pdf"'])).talk!
    expect(t.links).toEqual({ pdf: 'https://example.com/deck.pdf' })
  })

  it('takes the video from a youtube shortcode when the front matter has none', () => {
    const t = compile(talk(MINIMAL, 'Intro\n\n{{< youtube dQw4w9WgXcQ >}}\n{{< youtube aaaaaaaaaaa >}}')).talk!
    expect(t.video).toMatchObject({ kind: 'youtube', id: 'dQw4w9WgXcQ' })
    const withField = compile(talk([...MINIMAL, 'youtubeurl = "https://youtu.be/bbbbbbbbbbb"'], '{{< youtube dQw4w9WgXcQ >}}')).talk!
    expect(withField.video).toMatchObject({ id: 'bbbbbbbbbbb' })
  })

  it('takes the video and slides a theme’s own media shortcode names, still warning that it is unknown', () => {
    const body = [
      '{{< youtube-lite id="dQw4w9WgXcQ" >}}',
      '{{< embed-pdf url="/slides/a.pdf" >}}',
      '{{< iframe "https://docs.google.com/presentation/d/1AbCdEfGhIjKlMn/edit" >}}',
      '{{< gallery src="https://e.example/page" >}}',
      '{{< vimeo-embed 76979871 >}}',
    ].join('\n')
    const r = compile(talk(MINIMAL, body), ['/slides/a.pdf'])
    expect(r.talk!.video).toMatchObject({ kind: 'youtube', id: 'dQw4w9WgXcQ' })
    expect(r.talk!.slides.map((s) => s.url)).toEqual(['/slides/a.pdf', 'https://docs.google.com/presentation/d/1AbCdEfGhIjKlMn/edit'])
    expect(codes(r.diagnostics)).toEqual(['unknown-shortcode', 'unknown-shortcode', 'unknown-shortcode', 'unknown-shortcode', 'unknown-shortcode'])
    expect(r.diagnostics[0]!.message).toBe('Unknown shortcode "youtube-lite": it is left out of the page; https://www.youtube.com/watch?v=dQw4w9WgXcQ is taken as the talk\'s video.')
    expect(r.diagnostics[3]!.message).toBe('Unknown shortcode "gallery": it is left out of the page.')
  })

  it('shows the front matter’s links as buttons after the body’s, once each, without the talk’s own video, slides or event page', () => {
    const r = compile(
      talk(
        [...MINIMAL, 'pdfurl = "https://e.example/s.pdf"', 'url_code = "https://github.com/a/b"', 'links = [{ name = "Slides again", url = "https://e.example/s.pdf" }, { name = "Same as the button", url = "https://e.example/b" }, { name = "Project", url = "https://p.example" }]'],
        '{{% btn txt="Read more" link="https://e.example/b" %}}',
      ),
    )
    expect(r.diagnostics).toEqual([])
    expect(r.talk!.buttons).toEqual([
      { label: 'Read more', url: 'https://e.example/b' },
      { label: 'Project', url: 'https://p.example/' },
      { label: 'Code', url: 'https://github.com/a/b' },
    ])
  })

  it('keeps a site link’s fragment or query out of the file looked up, and on the link (locally or on the live site)', () => {
    const local = compile(talk([...MINIMAL, 'pdfurl = "/slides/a.pdf#page=3"', 'links = [{ name = "Notes", url = "/blog/x/#resources" }]']), ['/slides/a.pdf'])
    expect(local.talk!.links.pdf).toBe('/slides/a.pdf#page=3')
    expect(brief(local.diagnostics)).toEqual(['5:1 warning missing-file'])
    const live = compileFile('content/talks/t.md', encode(talk([...MINIMAL, 'links = [{ name = "Notes", url = "/blog/x/#resources" }]'])), context([], false, { config: { ...context().config, baseUrl: 'https://live.example' } }))
    expect(live.talk!.buttons).toEqual([{ label: 'Notes', url: 'https://live.example/blog/x/#resources' }])
    expect(brief(compile(talk([...MINIMAL, 'links = [{ name = "Up", url = "/../x#y" }]'])).diagnostics)).toEqual(['4:1 error bad-url'])
  })

  it('checks each link as any other: a javascript: link is a bad-url error at its key', () => {
    const r = compile(talk([...MINIMAL, 'links = [{ name = "x", url = "javascript:alert(1)" }]']))
    expect(brief(r.diagnostics)).toEqual(['4:1 error bad-url'])
    expect(r.diagnostics[0]!.message).toBe('"links" must be an http(s) link or a site path, not "javascript:".')
  })

  it('takes the event link from eventurl first, else from an event-like button', () => {
    expect(compile(talk([...MINIMAL, 'eventurl = "https://e.example/a"'], '{{% btn txt="Event link" link="https://e.example/b" %}}')).talk!.links.event).toBe('https://e.example/a')
    expect(compile(talk(MINIMAL, '{{% btn txt="Conference schedule" link="https://e.example/b" %}}')).talk!.links.event).toBe('https://e.example/b')
    expect(compile(talk(MINIMAL, '{{% btn txt="Register" link="https://e.example/b" %}}')).talk!.links).toEqual({})
  })
})

describe('compileFile: a file with no date but a publishDate', () => {
  it('is dated by its publishDate, as Hugo dates it; a date beside it wins', () => {
    expect(compile(talk(['title = "T"', 'publishDate = 2022-03-04'])).talk).toMatchObject({ date: '2022-03-04', publishDate: '2022-03-04' })
    expect(compile(talk(['title = "T"', 'date = 2021-01-02', 'publishDate = 2022-03-04'])).talk).toMatchObject({ date: '2021-01-02' })
    // Its time of day is when the page was published, not when the talk starts.
    const stamped = compile(talk(['title = "T"', 'publishDate = 2023-01-05T10:22:31+01:00'])).talk!
    expect([stamped.date, stamped.timeSlot]).toEqual(['2023-01-05', undefined])
  })
})

describe('compileFile: JSON front matter', () => {
  it('compiles a talk whose front matter is a JSON object, problems at their lines', () => {
    const text = ['{', '  "title": "JSON talk",', '  "date": "2023-05-06",', '  "youtubeurl": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",', '  "previewImage": "/img/nope.jpg"', '}', '', 'First paragraph of the body.'].join('\n')
    const r = compile(text)
    expect(r.talk).toMatchObject({ title: 'JSON talk', date: '2023-05-06', summary: 'First paragraph of the body.' })
    expect(r.talk!.video?.url).toContain('dQw4w9WgXcQ')
    expect(brief(r.diagnostics)).toEqual(['5:1 warning missing-image'])
  })
})

describe('compileFile: diagnostics', () => {
  it('not-utf8: points at the first undecodable byte and stops', () => {
    const bytes = new Uint8Array([...encode('+++\ntitle = "Caf'), 0xe9, ...encode('"\n+++\n')])
    const r = compileFile('t.md', bytes, context())
    expect(brief(r.diagnostics)).toEqual(['2:13 error not-utf8'])
    expect(r.talk).toBeUndefined()
  })

  it('empty-file: empty, blank or BOM-only files', () => {
    for (const text of ['', '  \n\n\t', '\uFEFF']) expect(brief(compile(text).diagnostics)).toEqual(['1:1 error empty-file'])
  })

  it('missing-image: a previewImage that does not exist, at its key line whatever its case', () => {
    const r = compile(talk([...MINIMAL, 'previewImage = "/img/nope.jpg"']))
    expect(brief(r.diagnostics)).toEqual(['4:1 warning missing-image'])
    expect(r.talk).toBeDefined()
    expect(r.talk).not.toHaveProperty('previewImage')
  })

  it('missing-image: photos outside public/ or with other schemes are left out', () => {
    const r = compile(talk(MINIMAL, ['{{< speaker name="A" img="../../etc/passwd" >}}{{< /speaker >}}', '{{< speaker name="B" img="javascript:alert(1)" >}}{{< /speaker >}}', '{{< speaker name="C" img="//evil.example/x.jpg" >}}{{< /speaker >}}', '{{< speaker name="D" img="https://cdn.example/d.jpg" >}}{{< /speaker >}}', '{{< speaker name="E" img="img/e.jpg" >}}{{< /speaker >}}'].join('\n')), ['/img/e.jpg', '/etc/passwd'])
    expect(brief(r.diagnostics)).toEqual(['5:1 warning missing-image', '6:1 warning missing-image', '7:1 warning missing-image'])
    expect(r.speakers.map((s) => s.image)).toEqual([undefined, undefined, undefined, 'https://cdn.example/d.jpg', '/img/e.jpg'])
  })

  it('bad-url: a button or youtube shortcode whose link is not http(s)', () => {
    const r = compile(talk(MINIMAL, 'x\n{{% btn txt="Go" link="javascript:alert(1)" %}}\n{{< youtube id="https://" >}}\n{{< btn txt="Rel" link="/relative" >}}'))
    expect(brief(r.diagnostics)).toEqual(['6:1 error bad-url', '7:1 error bad-url', '8:1 error bad-url'])
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'Button "Go": links must be http(s), not "javascript:".',
      'youtube shortcode: "https://" is not a full URL: write it as https://….',
      'Button "Rel": "/relative" is not a full URL: write it as https://….',
    ])
    expect(r.talk).toBeUndefined()
  })

  it('collects errors from the front matter and the body together, and gives no talk', () => {
    const r = compile(talk(['title = "T"', 'date = 2023-02-30', 'pdfurl = "javascript:alert(1)"'], '\n{{< speaker >}}bio{{< /speaker >}}\n{{< /speaker >}}'))
    expect(brief(r.diagnostics)).toEqual(['3:1 error invalid-date', '4:1 error bad-url', '7:1 error speaker-without-name', '8:1 error mismatched-shortcode'])
    expect(r.talk).toBeUndefined()
    expect(r.html).toBeUndefined()
  })

  it('gives a talk when there are only warnings', () => {
    const r = compile(talk([...MINIMAL, 'odd = 1'], '{{< gallery >}}'))
    // An unknown key is reported by the collection, once per key: the file only lists it.
    expect(codes(r.diagnostics)).toEqual(['unknown-shortcode'])
    expect(r.unknownKeys).toEqual([{ key: 'odd', line: 4 }])
    expect(r.talk).toBeDefined()
  })

  it('stops at front-matter errors', () => {
    expect(brief(compile('Just text').diagnostics)).toEqual(['1:1 error no-front-matter'])
    expect(brief(compile('+++\ntitle = \n+++\n').diagnostics)).toEqual(['2:9 error toml-syntax'])
  })
})

describe('compileFile: drafts', () => {
  const draft = talk([...MINIMAL, 'draft = true'], '{{< speaker name="A" >}}{{< /speaker >}}')

  it('leaves drafts out of a build, without errors', () => {
    const r = compile(draft)
    expect(r).toMatchObject({ diagnostics: [], speakers: [] })
    expect(r.talk).toBeUndefined()
  })

  it('includes drafts in dev', () => {
    const r = compile(draft, [], true)
    expect(r.talk?.title).toBe('A talk')
    expect(r.speakers).toHaveLength(1)
  })

  it('still reports front-matter errors in a draft', () => {
    expect(codes(compile(talk(['title = "T"', 'draft = true']), [], false, 'content/talks/my_talk.md').diagnostics)).toEqual(['missing-date'])
  })

  it('dates a file without a date by the date its name starts with, as Hugo’s :filename does', () => {
    const dated = (file: string) => compile(talk(['title = "T"']), [], false, file).talk?.date
    expect(dated('content/talks/2023_02_05_my_talk.md')).toBe('2023-02-05')
    expect(dated('content/talks/2021-10-12-edge.md')).toBe('2021-10-12')
    expect(dated('content/talks/2022-06-01-graphs/index.md')).toBe('2022-06-01')
    expect(dated('content/talks/2023-02-30-no-such-day.md')).toBeUndefined()
    expect(dated('content/talks/20230205talk.md')).toBeUndefined()
    // A date in the front matter wins.
    expect(compile(talk(['title = "T"', 'date = "2024-01-01"'])).talk?.date).toBe('2024-01-01')
  })
})

describe('decodeUtf8', () => {
  it('decodes UTF-8, dropping a BOM', () => {
    const ds: Diagnostic[] = []
    expect(decodeUtf8('t.md', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), ds)).toBe('a')
    expect(ds).toEqual([])
  })

  it('reports Latin-1 bytes on a later line', () => {
    const ds: Diagnostic[] = []
    expect(decodeUtf8('t.md', new Uint8Array([0x61, 0x0a, 0x0a, 0x62, 0xe9]), ds)).toBeUndefined()
    expect(brief(ds)).toEqual(['3:2 error not-utf8'])
  })
})

describe('diagnostics helpers', () => {
  it('formats as path:line:col: severity: message [code]', () => {
    expect(formatDiagnostic(diag('content/talks/a.md', 12, 3, 'invalid-date', 'Bad date.'))).toBe('content/talks/a.md:12:3: error: Bad date. [invalid-date]')
  })

  it('clamps positions to 1', () => {
    expect(diag('a', 0, -5, 'unknown-key', 'm')).toMatchObject({ line: 1, column: 1 })
  })

  it('tells errors from warnings', () => {
    expect(hasErrors([diag('a', 1, 1, 'unknown-key', 'm')])).toBe(false)
    expect(hasErrors([diag('a', 1, 1, 'unknown-key', 'm'), diag('a', 1, 1, 'missing-title', 'm')])).toBe(true)
    expect(hasErrors([])).toBe(false)
  })

  it('sorts by file, line, then column', () => {
    const ds = [diag('b', 1, 1, 'missing-title', ''), diag('a', 10, 1, 'missing-title', ''), diag('a', 2, 5, 'missing-title', ''), diag('a', 2, 1, 'missing-title', '')]
    expect(sortDiagnostics(ds).map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['a:2:1', 'a:2:5', 'a:10:1', 'b:1:1'])
  })

  it('lineAt counts lines and columns from a first line', () => {
    const text = 'ab\ncd\n\nef'
    expect(lineAt(text, 0, 1)).toEqual({ line: 1, column: 1 })
    expect(lineAt(text, 4, 1)).toEqual({ line: 2, column: 2 })
    expect(lineAt(text, 7, 10)).toEqual({ line: 13, column: 1 })
    expect(lineAt(text, 999, 1)).toEqual({ line: 4, column: 993 })
  })
})

describe('urls', () => {
  it('safeHttpUrl normalises http(s) URLs and reports the rest', () => {
    const reports: string[] = []
    const report = (m: string) => reports.push(m)
    expect(safeHttpUrl(' HTTPS://Example.COM/a b ', report)).toBe('https://example.com/a%20b')
    expect(safeHttpUrl('ftp://example.com', report)).toBeUndefined()
    expect(safeHttpUrl('example.com', report)).toBeUndefined()
    expect(reports).toEqual(['links must be http(s), not "ftp:".', '"example.com" is not a full URL: write it as https://….'])
  })

  it('checkImage accepts existing site paths and https URLs only', () => {
    const ctx = context(['/img/a.jpg'])
    const reports: string[] = []
    const report = (m: string) => reports.push(m)
    expect(checkImage('/img/a.jpg', ctx, report)).toBe('/img/a.jpg')
    expect(checkImage('img/a.jpg', ctx, report)).toBe('/img/a.jpg')
    expect(checkImage('https://cdn.example/a.jpg', ctx, report)).toBe('https://cdn.example/a.jpg')
    expect(checkImage(undefined, ctx, report)).toBeUndefined()
    expect(reports).toEqual([])
    for (const bad of ['/img/../a.jpg', '/img/./a.jpg', '/img/a.jpg?x', '/img/a\\b.jpg', 'data:image/png;base64,AA', '//cdn.example/a.jpg', '/img/b.jpg']) {
      expect(checkImage(bad, ctx, report)).toBeUndefined()
    }
    expect(reports).toHaveLength(7)
  })
})
