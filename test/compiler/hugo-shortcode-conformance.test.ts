// @vitest-environment node
// Shortcodes as Hugo reads them: every case of Hugo's own shortcode lexer table
// (gohugoio/hugo, parser/pageparser/pageparser_shortcode_test.go, `shortCodeLexerTests`, as of
// commit 04650ce77 "all: Run modernize -fix ./..." of 2025-11-05: 65 cases), run through the
// Talkshelf scanner.
//
// Hugo's table lists lexer tokens; Talkshelf has no tokens to compare, so each case is mapped to
// what can be observed here:
//   - where Hugo lexes shortcodes, Talkshelf gives no error and reads the same shortcode names,
//     named and positional arguments, in the same order (an unknown name is only a warning), and
//     leaves the same text around them (a comment `{{</* x */>}}` leaves the literal `{{< x >}}`);
//   - where Hugo's lexer stops with an error (tError), Talkshelf gives a located error there.
//     Hugo stops at its first error; Talkshelf reads on, so a case may list more than one.
// Token details without a Talkshelf counterpart are mapped to the nearest behaviour, noted per case.
import { describe, expect, it } from 'vitest'
import { compileFile } from '../../src/compiler/talk.ts'
import { scanShortcodes } from '../../src/compiler/shortcodes.ts'
import type { Diagnostic } from '../../src/compiler/diagnostics.ts'
import { context, encode, MINIMAL, talk } from './helpers.ts'

/** A shortcode call as Talkshelf reads it. */
interface Read {
  name: string
  named?: Record<string, string>
  positional?: string[]
}

interface OkCase {
  name: string
  input: string
  hugo: 'ok'
  /** The calls Talkshelf must read, in order. */
  reads: Read[]
  /** The body left once the shortcodes are taken out (a paired unknown one keeps its inner text). */
  body: string
  note?: string
}

interface ErrorCase {
  name: string
  input: string
  hugo: 'error'
  /** Hugo's tError message. */
  hugoSays: string
  /** The errors Talkshelf must give, as "line:column code"; the first is where Hugo stops. */
  errors: string[]
  note?: string
}

type Case = OkCase | ErrorCase

const sc = (name: string, args: Omit<Read, 'name'> = {}): Read => ({ name, ...args })
const sc1 = sc('sc1')
const BT = '`'

const HUGO_SHORTCODE_LEXER_CASES: Case[] = [
  { name: 'empty', input: '', hugo: 'ok', reads: [], body: '' },
  { name: 'spaces', input: ' \t\n', hugo: 'ok', reads: [], body: ' \t\n' },
  { name: 'text', input: 'to be or not', hugo: 'ok', reads: [], body: 'to be or not' },
  { name: 'no markup', input: '{{< sc1 >}}', hugo: 'ok', reads: [sc1], body: '' },
  { name: 'with EOL', input: '{{< sc1 \n >}}', hugo: 'ok', reads: [sc1], body: '' },
  { name: 'forward slash inside name', input: '{{< sc/sub >}}', hugo: 'ok', reads: [sc('sc/sub')], body: '' },
  { name: 'simple with markup', input: '{{% sc1 %}}', hugo: 'ok', reads: [sc1], body: '' },
  { name: 'with spaces', input: '{{<     sc1     >}}', hugo: 'ok', reads: [sc1], body: '' },
  {
    name: 'indented on new line',
    input: 'Hello\n    {{% sc1 %}}',
    hugo: 'ok',
    reads: [sc1],
    body: 'Hello\n    ',
    note: 'Hugo emits the indentation as its own token (for .InnerDeindent); Talkshelf keeps it as text.',
  },
  { name: 'indented on new line tab', input: 'Hello\n\t{{% sc1 %}}', hugo: 'ok', reads: [sc1], body: 'Hello\n\t', note: 'As above.' },
  { name: 'indented on first line', input: '    {{% sc1 %}}', hugo: 'ok', reads: [sc1], body: '    ', note: 'As above.' },
  {
    name: 'mismatched rightDelim',
    input: '{{< sc1 %}}',
    hugo: 'error',
    hugoSays: "unrecognized character in shortcode action: U+0025 '%'. Note: Parameters with non-alphanumeric args must be quoted",
    errors: ['1:1 unclosed-shortcode'],
    note: 'A "{{<" tag ends only at ">}}": this one never ends.',
  },
  { name: 'inner, markup', input: '{{% sc1 %}} inner {{% /sc1 %}}', hugo: 'ok', reads: [sc1], body: ' inner ' },
  { name: 'close, but no open', input: '{{< /sc1 >}}', hugo: 'error', hugoSays: 'got closing shortcode, but none is open', errors: ['1:1 mismatched-shortcode'] },
  {
    name: 'close wrong',
    input: '{{< sc1 >}}{{< /another >}}',
    hugo: 'error',
    hugoSays: "closing tag for shortcode 'another' does not match start tag",
    errors: ['1:12 mismatched-shortcode'],
  },
  {
    name: 'close, but no open, more',
    input: '{{< sc1 >}}{{< /sc1 >}}{{< /another >}}',
    hugo: 'error',
    hugoSays: "closing tag for shortcode 'another' does not match start tag",
    errors: ['1:24 mismatched-shortcode'],
  },
  {
    name: 'close with extra keyword',
    input: '{{< sc1 >}}{{< /sc1 keyword>}}',
    hugo: 'error',
    hugoSays: 'unclosed shortcode',
    errors: ['1:12 shortcode-arguments'],
    note: 'A closing tag takes no arguments.',
  },
  { name: 'float param, positional', input: '{{< sc1 3.14 >}}', hugo: 'ok', reads: [sc('sc1', { positional: ['3.14'] })], body: '' },
  { name: 'float param, named', input: '{{< sc1 param1=3.14 >}}', hugo: 'ok', reads: [sc('sc1', { named: { param1: '3.14' } })], body: '' },
  {
    name: 'named param, raw string',
    input: `{{< sc1 param1=${BT}Hello World${BT} >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { named: { param1: 'Hello World' } })],
    body: '',
  },
  { name: 'float param, named, space before', input: '{{< sc1 param1= 3.14 >}}', hugo: 'ok', reads: [sc('sc1', { named: { param1: '3.14' } })], body: '' },
  { name: 'Youtube id', input: '{{< sc1 -ziL-Q_456igdO-4 >}}', hugo: 'ok', reads: [sc('sc1', { positional: ['-ziL-Q_456igdO-4'] })], body: '' },
  { name: 'non-alphanumerics param quoted', input: '{{< sc1 "-ziL-.%QigdO-4" >}}', hugo: 'ok', reads: [sc('sc1', { positional: ['-ziL-.%QigdO-4'] })], body: '' },
  { name: 'raw string', input: `{{< sc1${BT}Hello World${BT} >}}`, hugo: 'ok', reads: [sc('sc1', { positional: ['Hello World'] })], body: '' },
  {
    name: 'raw string with newline',
    input: `{{< sc1${BT}Hello \n\tWorld${BT} >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['Hello \n\tWorld'] })],
    body: '',
  },
  {
    name: 'raw string with escape character',
    input: `{{< sc1${BT}Hello \\b World${BT} >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['Hello \\b World'] })],
    body: '',
  },
  { name: 'two params', input: '{{< sc1 param1   param2 >}}', hugo: 'ok', reads: [sc('sc1', { positional: ['param1', 'param2'] })], body: '' },
  { name: 'self-closing', input: '{{< sc1 />}}', hugo: 'ok', reads: [sc1], body: '' },
  { name: 'multiple self-closing', input: '{{< sc1 />}}{{< sc1 />}}', hugo: 'ok', reads: [sc1, sc1], body: '' },
  { name: 'self-closing with param', input: '{{< sc1 param1 />}}', hugo: 'ok', reads: [sc('sc1', { positional: ['param1'] })], body: '' },
  {
    name: 'self-closing with extra keyword',
    input: '{{< sc1 / keyword>}}',
    hugo: 'error',
    hugoSays: "closing tag for shortcode 'keyword' does not match start tag",
    errors: ['1:1 shortcode-arguments'],
    note: 'A "/" after the name can only end the tag (self-closing).',
  },
  {
    name: 'multiple self-closing with param',
    input: '{{< sc1 param1 />}}{{< sc1 param1 />}}',
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['param1'] }), sc('sc1', { positional: ['param1'] })],
    body: '',
  },
  {
    name: 'multiple different self-closing with param',
    input: '{{< sc1 param1 />}}{{< sc2 param1 />}}',
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['param1'] }), sc('sc2', { positional: ['param1'] })],
    body: '',
  },
  { name: 'nested simple', input: '{{< sc1 >}}{{< sc2 >}}{{< /sc1 >}}', hugo: 'ok', reads: [sc1, sc('sc2')], body: '' },
  {
    name: 'nested same',
    input: '{{< sc1 >}}{{< sc1 >}}{{< /sc1 >}}{{< /sc1 >}}',
    hugo: 'ok',
    reads: [sc1, sc1],
    body: '',
    note: 'The inner pair nests in the outer one, as brackets do.',
  },
  {
    name: 'nested complex',
    input: '{{< sc1 >}}ab{{% sc2 param1 %}}cd{{< sc3 >}}ef{{< /sc3 >}}gh{{% /sc2 %}}ij{{< /sc1 >}}kl',
    hugo: 'ok',
    reads: [sc1, sc('sc2', { positional: ['param1'] }), sc('sc3')],
    body: 'abcdefghijkl',
  },
  {
    name: 'two quoted params',
    input: '{{< sc1 "param nr. 1" "param nr. 2" >}}',
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['param nr. 1', 'param nr. 2'] })],
    body: '',
  },
  {
    name: 'two named params',
    input: '{{< sc1 param1="Hello World" param2="p2Val">}}',
    hugo: 'ok',
    reads: [sc('sc1', { named: { param1: 'Hello World', param2: 'p2Val' } })],
    body: '',
  },
  {
    name: 'escaped quotes',
    input: String.raw`{{< sc1 param1=\"Hello World\"  >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { named: { param1: 'Hello World' } })],
    body: '',
    note: 'Hugo reads \\"…\\" as quotes (as written inside a Go template string).',
  },
  {
    name: 'escaped quotes, positional param',
    input: String.raw`{{< sc1 \"param1\"  >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['param1'] })],
    body: '',
  },
  {
    name: 'escaped quotes inside escaped quotes',
    input: String.raw`{{< sc1 param1=\"Hello \"escaped\" World\"  >}}`,
    hugo: 'error',
    hugoSays: "got positional parameter 'escaped'. Cannot mix named and positional parameters",
    errors: ['1:1 shortcode-arguments'],
    note: 'The value \\"Hello \\" ends at the second \\", so "escaped" is a positional argument after a named one.',
  },
  {
    name: 'escaped quotes inside nonescaped quotes',
    input: String.raw`{{< sc1 param1="Hello \"escaped\" World"  >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { named: { param1: 'Hello "escaped" World' } })],
    body: '',
  },
  {
    name: 'escaped quotes inside nonescaped quotes in positional param',
    input: String.raw`{{< sc1 "Hello \"escaped\" World"  >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['Hello "escaped" World'] })],
    body: '',
  },
  {
    name: 'escaped raw string, named param',
    input: `{{< sc1 param1=\\${BT}Hello World\\${BT} >}}`,
    hugo: 'error',
    hugoSays: 'unrecognized escape character',
    errors: ['1:1 shortcode-arguments'],
  },
  {
    name: 'escaped raw string, positional param',
    input: `{{< sc1 param1 \\${BT}Hello World\\${BT} >}}`,
    hugo: 'error',
    hugoSays: 'unrecognized escape character',
    errors: ['1:1 shortcode-arguments'],
  },
  {
    name: 'two raw string params',
    input: `{{< sc1${BT}Hello World${BT}${BT}Second Param${BT} >}}`,
    hugo: 'ok',
    reads: [sc('sc1', { positional: ['Hello World', 'Second Param'] })],
    body: '',
  },
  {
    name: 'unterminated quote',
    input: '{{< sc1 param2="Hello World>}}',
    hugo: 'error',
    hugoSays: "unterminated quoted string in shortcode parameter-argument: 'Hello World>}}'",
    errors: ['1:1 unclosed-shortcode'],
  },
  {
    name: 'unterminated raw string',
    input: `{{< sc1${BT}Hello World >}}`,
    hugo: 'error',
    hugoSays: "unterminated raw string in shortcode parameter-argument: 'Hello World >}}'",
    errors: ['1:1 unclosed-shortcode'],
  },
  {
    name: 'unterminated raw string in second argument',
    input: `{{< sc1${BT}Hello World${BT}${BT}Second Param >}}`,
    hugo: 'error',
    hugoSays: "unterminated raw string in shortcode parameter-argument: 'Second Param >}}'",
    errors: ['1:1 unclosed-shortcode'],
  },
  {
    name: 'one named param, one not',
    input: '{{< sc1 param1="Hello World" p2 >}}',
    hugo: 'error',
    hugoSays: "got positional parameter 'p2'. Cannot mix named and positional parameters",
    errors: ['1:1 shortcode-arguments'],
  },
  {
    name: 'one named param, one quoted positional param, both raw strings',
    input: `{{< sc1 param1=${BT}Hello World${BT}${BT}Second Param${BT} >}}`,
    hugo: 'error',
    hugoSays: 'got quoted positional parameter. Cannot mix named and positional parameters',
    errors: ['1:1 shortcode-arguments'],
  },
  {
    name: 'one named param, one quoted positional param',
    input: '{{< sc1 param1="Hello World" "And Universe" >}}',
    hugo: 'error',
    hugoSays: 'got quoted positional parameter. Cannot mix named and positional parameters',
    errors: ['1:1 shortcode-arguments'],
  },
  {
    name: 'one quoted positional param, one named param',
    input: '{{< sc1 "param1" param2="And Universe" >}}',
    hugo: 'error',
    hugoSays: "got named parameter 'param2'. Cannot mix named and positional parameters",
    errors: ['1:1 shortcode-arguments'],
  },
  {
    name: 'ono positional param, one not',
    input: '{{< sc1 param1 param2="Hello World">}}',
    hugo: 'error',
    hugoSays: "got named parameter 'param2'. Cannot mix named and positional parameters",
    errors: ['1:1 shortcode-arguments'],
  },
  {
    name: 'commented out',
    input: '{{</* sc1 */>}}',
    hugo: 'ok',
    reads: [],
    body: '{{< sc1 >}}',
    note: 'A comment is not a call: it leaves the shortcode as text.',
  },
  {
    name: 'commented out, with asterisk inside',
    input: '{{</* sc1 "**/*.pdf" */>}}',
    hugo: 'ok',
    reads: [],
    body: '{{< sc1 "**/*.pdf" >}}',
  },
  { name: 'commented out, missing close', input: '{{</* sc1 >}}', hugo: 'error', hugoSays: 'comment must be closed', errors: ['1:1 unclosed-shortcode'] },
  { name: 'commented out, misplaced close', input: '{{</* sc1 >}}*/', hugo: 'error', hugoSays: 'comment must be closed', errors: ['1:1 unclosed-shortcode'] },
  {
    name: 'basic inline',
    input: '{{< sc1.inline >}}Hello World{{< /sc1.inline >}}',
    hugo: 'ok',
    reads: [sc('sc1.inline')],
    body: '',
    note: "An inline shortcode's inner text is a template, which Hugo shows only by running it (and by default not at all): Talkshelf leaves it out.",
  },
  { name: 'basic inline with space', input: '{{< sc1.inline >}}Hello World{{< / sc1.inline >}}', hugo: 'ok', reads: [sc('sc1.inline')], body: '' },
  {
    name: 'inline self closing',
    input: '{{< sc1.inline >}}Hello World{{< /sc1.inline >}}Hello World{{< sc1.inline />}}',
    hugo: 'ok',
    reads: [sc('sc1.inline'), sc('sc1.inline')],
    body: 'Hello World',
  },
  {
    name: 'inline self closing, then a new inline',
    input: '{{< sc1.inline >}}Hello World{{< /sc1.inline >}}Hello World{{< sc1.inline />}}{{< sc2.inline >}}Hello World{{< /sc2.inline >}}',
    hugo: 'ok',
    reads: [sc('sc1.inline'), sc('sc1.inline'), sc('sc2.inline')],
    body: 'Hello World',
  },
  {
    name: 'inline with template syntax',
    input: '{{< sc1.inline >}}{{ .Get 0 }}{{ .Get 1 }}{{< /sc1.inline >}}',
    hugo: 'ok',
    reads: [sc('sc1.inline')],
    body: '',
  },
  {
    name: 'inline with nested shortcode (not supported)',
    input: '{{< sc1.inline >}}Hello World{{< sc1 >}}{{< /sc1.inline >}}',
    hugo: 'error',
    hugoSays: 'inline shortcodes do not support nesting',
    errors: ['1:30 mismatched-shortcode'],
    note: 'Inside an inline shortcode the only tag Hugo allows is its closing one.',
  },
  {
    name: 'inline case mismatch',
    input: '{{< sc1.Inline >}}Hello World{{< /sc1.Inline >}}',
    hugo: 'error',
    hugoSays: 'period in shortcode name only allowed for inline identifiers',
    errors: ['1:1 shortcode-arguments', '1:30 shortcode-arguments'],
    note: 'Only ".inline" in lower case makes an inline shortcode; the closing tag has the same wrong name.',
  },
]

function scan(input: string) {
  const diagnostics: Diagnostic[] = []
  const result = scanShortcodes('t.md', input, 1, diagnostics)
  return { ...result, diagnostics }
}

const located = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code}`)

/** The calls as the table writes them: arguments left out when there are none. */
const reads = (calls: { name: string; named: Record<string, string>; positional: string[] }[]): Read[] =>
  calls.map((c) => ({
    name: c.name,
    ...(Object.keys(c.named).length ? { named: { ...c.named } } : {}),
    ...(c.positional.length ? { positional: c.positional } : {}),
  }))

describe("Hugo's shortcode lexer table", () => {
  it('has every case of the table (65), each named once', () => {
    expect(HUGO_SHORTCODE_LEXER_CASES).toHaveLength(65)
    expect(new Set(HUGO_SHORTCODE_LEXER_CASES.map((c) => c.name)).size).toBe(65)
  })

  describe.each(HUGO_SHORTCODE_LEXER_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    if (c.hugo === 'ok') {
      it('reads the same shortcodes and arguments as Hugo, without an error', () => {
        const r = scan(c.input)
        expect(located(r.diagnostics)).toEqual([])
        // Unknown shortcodes are only warnings; nothing else may be said about a case Hugo reads.
        expect(r.diagnostics.map((d) => d.code).filter((code) => code !== 'unknown-shortcode')).toEqual([])
        expect(reads(r.calls)).toEqual(c.reads)
        expect(r.body).toBe(c.body)
      })
    } else {
      it(`gives a located error where Hugo says "${c.hugoSays}"`, () => {
        const r = scan(c.input)
        expect(located(r.diagnostics)).toEqual(c.errors)
        for (const d of r.diagnostics) expect(d.message.length).toBeGreaterThan(0)
      })
    }
  })
})

describe('a Hugo comment on a page', () => {
  // Hugo's documented way to show shortcode syntax: "{{</* name */>}}" is shown as "{{< name >}}".
  const compile = (body: string) => compileFile('t.md', encode(talk(MINIMAL, body)), context())

  it('shows the shortcode as text in a paragraph, inline code and a code block, and calls nothing', () => {
    const r = compile(
      ['Embed with {{</* youtube dQw4w9WgXcQ */>}}, `{{</* btn txt="Slides" */>}}` or {{%/* btn "a" */%}}.', '', '```md', '{{</* speaker name="Ada" */>}}', 'Bio', '{{</* /speaker */>}}', '```'].join('\n'),
    )
    expect(r.diagnostics).toEqual([])
    expect(r.html).toBe(
      [
        '<p>Embed with {{&lt; youtube dQw4w9WgXcQ &gt;}}, <code>{{&lt; btn txt="Slides" &gt;}}</code> or {{% btn "a" %}}.</p>',
        '<pre><code class="language-md">{{&lt; speaker name="Ada" &gt;}}',
        'Bio',
        '{{&lt; /speaker &gt;}}',
        '</code></pre>',
      ].join('\n'),
    )
    expect(r.talk!.video).toBeUndefined()
    expect(r.talk!.buttons).toEqual([])
    expect(r.speakers).toEqual([])
    expect(r.text).toContain('Embed with {{< youtube dQw4w9WgXcQ >}}')
  })

  it('shows it as text in a speaker bio too', () => {
    const r = compile('{{< speaker name="Ada" >}}Writes {{</* note */>}} a lot.{{< /speaker >}}')
    expect(r.diagnostics).toEqual([])
    expect(r.speakers[0]!.bioHtml).toBe('<p>Writes {{&lt; note &gt;}} a lot.</p>')
  })

  it('is read once: the text it leaves is not read as a shortcode again', () => {
    const r = scan('{{</* speaker name="Ada" */>}}{{</* /speaker */>}}')
    expect(r.diagnostics).toEqual([])
    expect(r.calls).toEqual([])
    expect(r.body).toBe('{{< speaker name="Ada" >}}{{< /speaker >}}')
  })

  it('runs to the first "*/>}}", over other tags, as in Hugo', () => {
    const r = scan('{{</* a >}} {{< b >}} */>}} {{< c >}}')
    expect(r.body).toBe('{{< a >}} {{< b >}} >}} ')
    expect(reads(r.calls)).toEqual([{ name: 'c' }])
  })

  it('stays linear with 100,000 comments that never close', () => {
    const started = performance.now()
    const r = scan('{{</* x '.repeat(100_000))
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(r.diagnostics).toHaveLength(100_000)
    expect(new Set(r.diagnostics.map((d) => d.code))).toEqual(new Set(['unclosed-shortcode']))
  })
})
