// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { shortcodeHandlers } from '../../src/compiler/shortcode-handlers.ts'
import { parseArgs, scanShortcodes } from '../../src/compiler/shortcodes.ts'
import type { Diagnostic } from '../../src/compiler/diagnostics.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { brief, context, encode } from './helpers.ts'

/** Scans a body whose first line is file line 10, as if the front matter took lines 1–9. */
function scan(body: string, firstLine = 10) {
  const diagnostics: Diagnostic[] = []
  const result = scanShortcodes('t.md', body, firstLine, diagnostics)
  return { ...result, diagnostics, found: result.outputs.map((o) => o.output) }
}

describe('parseArgs', () => {
  it('reads named and positional arguments in Hugo quoting styles', () => {
    expect(parseArgs(' a="x \\"q\\" y" b=`raw \\n` c=bare "pos one" `pos two` three')).toEqual({
      named: { a: 'x "q" y', b: 'raw \\n', c: 'bare' },
      positional: ['pos one', 'pos two', 'three'],
    })
  })

  it('lower-cases names and allows spaces around "="', () => {
    expect(parseArgs('Name = "X"  IMG="/a.jpg"')).toEqual({ named: { name: 'X', img: '/a.jpg' }, positional: [] })
  })

  it('keeps __proto__ as a plain argument name', () => {
    const args = parseArgs('__proto__="x"')
    expect(typeof args).toBe('object')
    if (typeof args === 'string') return
    expect(Object.getOwnPropertyDescriptor(args.named, '__proto__')?.value).toBe('x')
    expect(Object.getPrototypeOf(args.named)).toBeNull()
  })

  it('returns an empty set for blank input', () => {
    expect(parseArgs('   ')).toEqual({ named: {}, positional: [] })
  })

  it('explains unreadable arguments instead of throwing', () => {
    expect(parseArgs('a="unterminated')).toMatch(/cannot read the arguments near "="unterminated"/)
    expect(parseArgs('= x')).toMatch(/check the quotes/)
  })
})

describe('scanShortcodes', () => {
  it('takes out a paired speaker shortcode and returns its data, located in the file', () => {
    const body = 'Intro.\n\n### Speakers\n\n{{< speaker name="Chris Tomkins - Developer Advocate @ Project Calico/Tigera" twitter="TomkinsDa" img="/img/c.jpg">}}\nChris is **great**.\n{{< /speaker >}}\n'
    const r = scan(body)
    expect(r.diagnostics).toEqual([])
    expect(r.body).toBe('Intro.\n\n### Speakers\n\n\n')
    expect(r.found).toEqual([
      {
        kind: 'speaker',
        speaker: {
          written: 'Chris Tomkins - Developer Advocate @ Project Calico/Tigera',
          img: '/img/c.jpg',
          github: undefined,
          twitter: 'TomkinsDa',
          linkedin: undefined,
          website: undefined,
          bio: 'Chris is **great**.',
          line: 14,
        },
      },
    ])
    expect(r.outputs[0]!.call).toMatchObject({ name: 'speaker', line: 14, column: 1, inner: '\nChris is **great**.\n' })
  })

  it('reads {{% btn %}} buttons with named or positional arguments', () => {
    const r = scan('a\n{{% btn txt="Event link" link="https://example.com/e" %}}\n  {{< button "Slides" "https://example.com/s" >}}')
    expect(r.diagnostics).toEqual([])
    expect(r.found).toEqual([
      { kind: 'button', label: 'Event link', url: 'https://example.com/e', line: 11 },
      { kind: 'button', label: 'Slides', url: 'https://example.com/s', line: 12 },
    ])
    expect(r.outputs[1]!.call.column).toBe(3)
    expect(r.body).toBe('a\n\n  ')
  })

  it('gives a button without a label the label "Link"', () => {
    expect(scan('{{< btn url="https://x.example" >}}').found).toEqual([{ kind: 'button', label: 'Link', url: 'https://x.example', line: 10 }])
  })

  it('turns a youtube id into a watch URL and keeps a full URL', () => {
    const r = scan('{{< youtube dQw4w9WgXcQ >}}\n{{< youtube id="https://youtu.be/abcdefghijk" >}}')
    expect(r.found).toEqual([
      { kind: 'video', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', line: 10 },
      { kind: 'video', url: 'https://youtu.be/abcdefghijk', line: 11 },
    ])
  })

  it('reads closing delimiters inside quoted arguments as text', () => {
    const r = scan('{{< btn txt="a >}} b" link="https://x.example" >}} after')
    expect(r.diagnostics).toEqual([])
    expect(r.found).toEqual([{ kind: 'button', label: 'a >}} b', url: 'https://x.example', line: 10 }])
    expect(r.body).toBe(' after')
  })

  it('accepts a self-closing speaker without a bio', () => {
    const r = scan('{{< speaker name="Ada" />}}')
    expect(r.diagnostics).toEqual([])
    expect(r.found).toEqual([{ kind: 'speaker', speaker: expect.objectContaining({ written: 'Ada', bio: undefined }) }])
  })

  it('leaves text without shortcodes untouched', () => {
    const body = 'Plain {{ not a shortcode }} and { braces }.'
    expect(scan(body)).toMatchObject({ body, diagnostics: [], found: [] })
  })

  describe('diagnostics', () => {
    it('unclosed-shortcode: the tag never ends', () => {
      const r = scan('line one\n  {{< speaker name="A"\nno end')
      expect(brief(r.diagnostics)).toEqual(['11:3 error unclosed-shortcode'])
      expect(r.diagnostics[0]!.message).toContain('has no closing ">}}"')
      expect(scan('{{% btn txt="x"').diagnostics[0]!.message).toContain('"%}}"')
    })

    it('unclosed-shortcode: a paired speaker without {{< /speaker >}}', () => {
      const r = scan('x\n\n{{< speaker name="A" >}}\nbio')
      expect(brief(r.diagnostics)).toEqual(['12:1 error unclosed-shortcode'])
      expect(r.diagnostics[0]!.message).toContain('never closed')
      expect(r.found).toEqual([])
    })

    it('unclosed-shortcode: a speaker opened again before it is closed', () => {
      const r = scan('{{< speaker name="A" >}}\nbio A\n{{< speaker name="B" >}}\nbio B\n{{< /speaker >}}')
      expect(brief(r.diagnostics)).toEqual(['10:1 error unclosed-shortcode'])
      expect(r.diagnostics[0]!.message).toContain('opened again')
      // The second speaker still compiles.
      expect(r.found).toEqual([{ kind: 'speaker', speaker: expect.objectContaining({ written: 'B', bio: 'bio B', line: 12 }) }])
    })

    it('nests shortcodes of one name as Hugo does: a closing tag closes the innermost open one', () => {
      const r = scan('{{< note >}}a{{< note >}}b{{< /note >}}c{{< /note >}}')
      expect(brief(r.diagnostics)).toEqual(['10:1 warning unknown-shortcode', '10:14 warning unknown-shortcode'])
      expect(r.body).toBe('abc')
    })

    it('mismatched-shortcode: a closing tag with no opening', () => {
      const r = scan('text\nmore {{< /speaker >}}')
      expect(brief(r.diagnostics)).toEqual(['11:6 error mismatched-shortcode'])
      expect(r.diagnostics[0]!.message).toContain('{{< /speaker >}}')
    })

    it('mismatched-shortcode: closing a shortcode that is not paired', () => {
      const r = scan('{{< btn txt="A" link="https://x.example" >}}{{< /btn >}}')
      expect(brief(r.diagnostics)).toEqual(['10:45 error mismatched-shortcode'])
      expect(r.found).toHaveLength(1)
    })

    it('shortcode-arguments: arguments that cannot be read', () => {
      const r = scan('\n{{< btn txt="A" = link >}}')
      expect(brief(r.diagnostics)).toEqual(['11:1 error shortcode-arguments'])
      expect(r.diagnostics[0]!.message).toMatch(/^Shortcode "btn": cannot read the arguments/)
    })

    it('unknown-shortcode: a lone one is dropped, a paired one keeps its inner text', () => {
      const lone = scan('a {{< gallery src="x.png" >}} b')
      expect(brief(lone.diagnostics)).toEqual(['10:3 warning unknown-shortcode'])
      expect(lone.body).toBe('a  b')
      const paired = scan('{{< note >}}Keep me{{< /note >}}')
      expect(brief(paired.diagnostics)).toEqual(['10:1 warning unknown-shortcode'])
      expect(paired.diagnostics[0]!.message).toContain('inner text is kept')
      expect(paired.body).toBe('Keep me')
    })

    it('unknown-shortcode: an inline shortcode is left out with its template; a tag inside it is mismatched', () => {
      const r = scan('Today is {{< date.inline ":date_medium" >}}{{ now | time.Format (.Get 0) }}{{< /date.inline >}}.')
      expect(brief(r.diagnostics)).toEqual(['10:10 warning unknown-shortcode'])
      expect(r.diagnostics[0]!.message).toContain('with its template')
      expect(r.body).toBe('Today is .')
      const nested = scan('{{< a.inline >}}\n{{< btn "x" "https://x.example" >}}\n{{< /a.inline >}}')
      expect(brief(nested.diagnostics)).toEqual(['11:1 error mismatched-shortcode', '10:1 warning unknown-shortcode'])
      expect(nested.diagnostics[0]!.message).toContain('inline shortcodes do not nest')
      expect(nested.found).toEqual([])
    })

    it('speaker-without-name', () => {
      const r = scan('\n\n{{< speaker github="x" >}}bio{{< /speaker >}}')
      expect(brief(r.diagnostics)).toEqual(['12:1 error speaker-without-name'])
      expect(r.found).toEqual([])
      expect(brief(scan('{{< speaker name="   " >}}bio{{< /speaker >}}').diagnostics)).toEqual(['10:1 error speaker-without-name'])
    })

    it('button-without-link', () => {
      const r = scan('{{% btn txt="Event link" %}}')
      expect(brief(r.diagnostics)).toEqual(['10:1 warning button-without-link'])
      expect(r.diagnostics[0]!.message).toContain('"Event link"')
      expect(r.found).toEqual([])
    })

    it('youtube-without-id', () => {
      const r = scan('x {{< youtube >}}')
      expect(brief(r.diagnostics)).toEqual(['10:3 warning youtube-without-id'])
      expect(r.found).toEqual([])
    })
  })
})

describe('scanShortcodes refuses what Hugo refuses, saying how to fix it', () => {
  const only = (body: string) => {
    const r = scan(body)
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1)
    return r.diagnostics.find((d) => d.severity === 'error')!
  }

  it('shortcode-arguments: named and positional arguments mixed', () => {
    const d = only('{{< btn "Slides" link="https://x.example" >}}')
    expect(`${d.line}:${d.column} ${d.code}`).toBe('10:1 shortcode-arguments')
    expect(d.message).toBe(
      'Shortcode "btn": it mixes named and positional arguments, which Hugo does not allow ("link" is named after positional arguments): write them all as name="value", or all by position.',
    )
    // Hugo counts "name =" with spaces as positional, so spacing one of two named arguments mixes them.
    expect(only('{{< btn txt = "Slides" link="https://x.example" >}}').message).toContain('with spaces around "="')
  })

  it('shortcode-arguments: an unquoted argument that is not letters, digits, "-", "_" or "."', () => {
    const d = only('{{< youtube https://youtu.be/dQw4w9WgXcQ >}}')
    expect(d.message).toContain('near "https://youtu.be/dQw"')
    expect(d.message).toContain('put it in quotes')
    expect(scan('{{< youtube "https://youtu.be/dQw4w9WgXcQ" >}}').diagnostics).toEqual([])
  })

  it('shortcode-arguments: an unquoted value that runs into ">}}"', () => {
    expect(only('{{< btn txt="A" link=https://x.example>}}').message).toContain('put a space before ">}}", or quote the value')
    expect(scan('{{< btn txt="A" link=https://x.example >}}').found).toEqual([{ kind: 'button', label: 'A', url: 'https://x.example', line: 10 }])
  })

  it('shortcode-arguments: a closing tag with more than its name, a "/" before more arguments', () => {
    expect(only('{{< speaker name="A" >}}bio{{< /speaker name="A" >}}').message).toBe(
      'Shortcode "/speaker": a closing tag takes nothing after the name: write "{{< /speaker >}}".',
    )
    expect(only('{{< btn / "A" >}}').message).toContain('"/" can only end a self-closing tag')
  })

  it('shortcode-arguments: a period in a name other than ".inline"', () => {
    expect(only('{{< my.note >}}').message).toContain('leave the period out')
    expect(only('{{< a.INLINE >}}').message).toContain('write "a.inline", in lower case')
  })

  it('unclosed-shortcode: says which quote never ends, or that the tag ends with the other delimiter', () => {
    expect(only('{{< btn txt="A >}}').message).toContain('(the quoted value of txt is never closed)')
    expect(only('{{< btn "A >}}').message).toContain('(the quoted argument ""A >}}" is never closed)')
    expect(only('{{< btn "A" %}}').message).toContain('(it ends with "%}}", which closes a "{{%" tag)')
  })

  it('keeps backslashes in a quoted value unless an escaped quote is in it, as Hugo does', () => {
    expect(scan('{{< x "C:\\dir" >}}').calls[0]!.positional).toEqual(['C:\\dir'])
    expect(scan('{{< x "say \\"hi\\" \\o/" >}}').calls[0]!.positional).toEqual(['say "hi" o/'])
  })
})

describe('scanShortcodes on hostile input', () => {
  // Each pattern repeated 100,000 times: a search that looks ahead from every tag would take minutes.
  it.each([
    ['unclosed quotes', '{{< a "'],
    ['unclosed escaped quotes', '{{< a \\"'],
    ['unclosed raw strings', '{{< a `'],
    ['quotes of both kinds', '{{< a "{{< b `'],
    ['values never given', '{{< a b= '],
    ['comments never closed', '{{</* a '],
    ['stray closing tags', '{{< /a >}}'],
  ])('stays linear: 100,000 %s', (_, unit) => {
    const started = performance.now()
    const r = scan(unit.repeat(100_000))
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(r.diagnostics.length).toBeGreaterThan(0)
  })
})

describe('shortcode handlers', () => {
  const call = (named: Record<string, string>, positional: string[] = [], inner?: string) => ({ name: 'x', named, positional, inner, line: 3, column: 1 })
  const noReport = () => {
    throw new Error('unexpected report')
  }

  it('speaker: reads the alternative argument names (image, photo, x, url)', () => {
    expect(shortcodeHandlers.speaker!.handle(call({ name: ' Ada ', image: '/a.jpg', x: 'ada', url: 'ada.dev' }, [], '  bio  '), noReport)).toEqual({
      kind: 'speaker',
      speaker: { written: 'Ada', img: '/a.jpg', github: undefined, twitter: 'ada', linkedin: undefined, website: 'ada.dev', bio: 'bio', line: 3 },
    })
    expect(shortcodeHandlers.speaker!.handle(call({ photo: '/p.jpg' }, ['Bob']), noReport)).toMatchObject({ speaker: { written: 'Bob', img: '/p.jpg' } })
  })

  it('btn: reads text/label and url/href', () => {
    expect(shortcodeHandlers.btn!.handle(call({ text: 'T', href: 'https://h.example' }), noReport)).toEqual({ kind: 'button', label: 'T', url: 'https://h.example', line: 3 })
    expect(shortcodeHandlers.button).toBe(shortcodeHandlers.btn)
  })

  it('is a registry without inherited names', () => {
    expect(shortcodeHandlers.toString).toBeUndefined()
    expect(shortcodeHandlers.constructor).toBeUndefined()
    expect(Object.keys(shortcodeHandlers).sort()).toEqual(['btn', 'button', 'figure', 'ref', 'relref', 'speaker', 'speakerdeck', 'vimeo', 'youtube'])
  })

  it('treats a shortcode named like an Object.prototype member as unknown', () => {
    const r = scan('{{< constructor >}}')
    expect(brief(r.diagnostics)).toEqual(['10:1 warning unknown-shortcode'])
  })
})

describe('Hugo’s own video, deck and figure shortcodes', () => {
  const compiled = (body: string, images: string[] = []) => compileFile('t.md', encode(`+++\ntitle = "T"\ndate = "2023-01-01"\n+++\n${body}`), context(images))

  it('vimeo gives the video, speakerdeck a deck, neither leaves text behind', () => {
    const c = compiled('Before.\n{{< vimeo 146022717 >}}\n{{< speakerdeck id="4e8126e72d853c0060001f97" >}}\nAfter.')
    expect(c.talk!.video).toMatchObject({ kind: 'vimeo', id: '146022717' })
    expect(c.talk!.slides).toEqual([expect.objectContaining({ kind: 'speakerdeck', embedUrl: 'https://speakerdeck.com/player/4e8126e72d853c0060001f97' })])
    expect(c.html).not.toContain('{{')
    expect(c.diagnostics).toEqual([])
  })

  it('the front matter’s video wins over a vimeo shortcode', () => {
    expect(compiled('{{< vimeo 146022717 >}}').talk!.video).toMatchObject({ kind: 'vimeo' })
    const own = compileFile('t.md', encode('+++\ntitle = "T"\ndate = "2023-01-01"\nyoutubeurl = "https://youtu.be/abcdefghijk"\n+++\n{{< vimeo 146022717 >}}'), context())
    expect(own.talk!.video).toMatchObject({ kind: 'youtube', id: 'abcdefghijk' })
  })

  it('figure puts its image and caption in the body, as text that cannot become markup or a link', () => {
    const c = compiled('{{< figure src="/img/a b.jpg" alt="A *bold* <b>x</b>" caption="Our [team](javascript:alert(1))" >}}', ['/img/a b.jpg'])
    expect(c.html).toContain('<img alt="A *bold* &lt;b&gt;x&lt;/b&gt;" src="/img/a%20b.jpg"')
    expect(c.html).toContain('<em>Our [team](javascript:alert(1))</em>')
    expect(c.html).not.toMatch(/href=|<b>/)
  })

  it('a figure whose image is missing keeps its caption, with the usual warning', () => {
    const c = compiled('{{< figure src="/img/nope.jpg" caption="Gone" >}}')
    expect(c.html).toContain('<em>Gone</em>')
    expect(c.html).not.toContain('nope.jpg')
    expect(c.diagnostics.map((d) => d.code)).toEqual(['missing-image'])
  })
})
