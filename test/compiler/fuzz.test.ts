// @vitest-environment node
// Property tests: whatever a talk file holds, compileFile answers (a talk or located diagnostics),
// never throws, and stays fast.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileFile, type CompiledFile } from '../../src/compiler/talk.ts'
import { context, encode } from './helpers.ts'

const FILE_CODES = new Set([
  'not-utf8', 'empty-file', 'repaired-text', 'no-front-matter', 'unclosed-front-matter', 'yaml-syntax', 'toml-syntax', 'json-syntax',
  'missing-title', 'missing-date', 'invalid-date', 'invalid-publish-date', 'wrong-type', 'ignored-value', 'bad-url', 'bad-handle', 'missing-file', 'transform-failed', 'transform-shape', 'data-file', 'speaker-not-found', 'speaker-outside-site', 'lenient-yaml',
  'unclosed-shortcode', 'mismatched-shortcode', 'shortcode-arguments', 'unknown-shortcode',
  'speaker-without-name', 'button-without-link', 'youtube-without-id', 'missing-image', 'empty-slug', 'no-slug', 'repaired-url', 'unresolved-ref',
])

/** Budget per file; typical files take about a millisecond. */
const MAX_MS = 1000
const ctx = context(['/img/a.jpg'], true)

function check(bytes: Uint8Array): CompiledFile {
  const t0 = performance.now()
  const r = compileFile('fuzz.md', bytes, ctx)
  const ms = performance.now() - t0
  expect(ms).toBeLessThan(MAX_MS)

  const lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length
  const errors = r.diagnostics.filter((d) => d.severity === 'error')
  // With drafts included, a file gives a talk exactly when it has no errors.
  expect(r.talk === undefined).toBe(errors.length > 0)
  for (const d of r.diagnostics) {
    expect(FILE_CODES.has(d.code), d.code).toBe(true)
    expect(d.file).toBe('fuzz.md')
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `line ${d.line} of ${lines}`).toBe(true)
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true)
    expect(d.message.length).toBeGreaterThan(0)
  }
  if (r.talk) {
    expect(r.talk.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(r.talk.year).toBe(Number(r.talk.date.slice(0, 4)))
    expect(r.talk.slug).not.toMatch(/[A-Z\s/]/)
    expect(JSON.parse(JSON.stringify(r.talk))).toBeTypeOf('object')
    // Text is escaped, so every "<" left in the HTML opens a real tag: check the tags themselves.
    for (const tag of r.html?.match(/<[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<\/?(p|br|hr|h[2-6]|blockquote|pre|code|em|strong|del|s|sub|sup|ul|ol|li|a|img|table|thead|tbody|tr|th|td|kbd|abbr|dl|dt|dd)[\s/>]/)
      expect(tag).not.toMatch(/javascript:|\son\w+\s*=|\sstyle\s*=/i)
    }
  }
  return r
}

// Pieces that reach the interesting paths: fences, TOML values, shortcodes, mojibake, odd keys.
const FRAGMENTS = [
  '+++', '---', '\n', '\r\n', ' ', '"', "'", '`', '"""', '=', '[', ']', '{', '}', '#', '\\', '\uFEFF',
  'title = "T"', 'title = 5', 'title = ""', 'date = 2023-02-30', 'date = 2023-12-31T23:30:00-05:00', 'date = "2023-02-05"', 'date = 10:30:00',
  'publishDate = 2023-02-29', 'time_slot = "11:30 - 12:30pm CET"', 'draft = true', 'draft = "no"', 'tags = ["a", 1]', 'aliases = "/x/"',
  'youtubeurl = "https://youtu.be/dQw4w9WgXcQ?t=1m"', 'pdfurl = "javascript:alert(1)"', 'ppturl = ""', 'previewImage = "/img/../x.jpg"',
  '__proto__ = { polluted = true }', '[constructor]', 'slug = "!!!"', 'odd = 1979-05-27T07:32:00Z',
  '{{<', '{{%', '>}}', '%}}', '{{< /speaker >}}', '{{< speaker name="Ada - Role @ Org" img="/img/a.jpg" >}}', '{{< speaker >}}',
  '{{% btn txt="Event link" link="https://e.example" %}}', '{{< btn link="data:x" >}}', '{{< youtube >}}', '{{< youtube "https://" >}}',
  '{{< note >}}', '{{< /note >}}', '{{< x a="b\\"c" >}}', '/>}}', 'weâ€™ve', 'Ã', 'ðŸ˜€', 'â€', '<script>alert(1)</script>',
  '<a href="javascript:x">y</a>', '<!--more-->', '# H', '### Speakers', '[l](javascript:x)', '    code', '* item',
]

const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) })
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

const value = fc.oneof(
  fc.constantFrom('"x"', '""', '5', 'true', '2023-02-30', '2024-02-29', '2023-12-31T23:30:00-05:00', '10:00:00', '[]', '["a", "b"]', '{ a = 1 }', '"https://example.com/a.pdf"', '"/img/a.jpg"', '"4pm - 5pm"', '"""\n[x](y)\n"""'),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
)
const key = fc.oneof(
  fc.constantFrom('title', 'Title', 'date', 'publishDate', 'time_slot', 'youtubeurl', 'pdfurl', 'ppturl', 'eventurl', 'previewimage', 'slug', 'aliases', 'tags', 'categories', 'draft', 'summary', 'type', 'event', '__proto__', 'constructor', 'toString'),
  fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/),
)
const frontMatter = fc.uniqueArray(fc.tuple(key, value), { maxLength: 12, selector: ([k]) => k.toLowerCase() }).map((pairs) => pairs.map(([k, v]) => `${k} = ${v}`))

describe('compileFile on arbitrary input', () => {
  it('answers for random text built from tricky pieces', () => {
    fc.assert(
      fc.property(text, (t) => {
        check(encode(t))
      }),
      { numRuns: 400 },
    )
  })

  it('answers for random text after a real front-matter fence', () => {
    fc.assert(
      fc.property(text, text, (fm, body) => {
        check(encode(`+++\n${fm}\n+++\n${body}`))
      }),
      { numRuns: 300 },
    )
  })

  it('answers for random well-formed front matter with random bodies, and keeps valid talks valid', () => {
    fc.assert(
      fc.property(frontMatter, text, (lines, body) => {
        const r = check(encode(['+++', 'title = "Fuzz"', 'date = "2023-02-05"', ...lines.filter((l) => !/^(title|date)\s/i.test(l)), '+++', body].join('\n')))
        if (r.talk) expect(r.talk.title).toBe('Fuzz')
      }),
      { numRuns: 300 },
    )
  })

  it('answers for random bytes, including invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        check(bytes)
      }),
      { numRuns: 300 },
    )
  })

  it('stays fast on long runs of the characters its patterns repeat', () => {
    // Sizes far beyond a real talk; a cubic pattern (as the time-slot one was) blows the budget.
    const n = 20_000
    for (const body of [' '.repeat(n), '{{< '.repeat(1000), '{{< x >}}\n'.repeat(500), '"'.repeat(n), 'Ã'.repeat(n), 'â€'.repeat(n / 2), '-'.repeat(n), '{{< x a="'.repeat(50)]) {
      check(encode(`+++\ntitle = "T"\ndate = "2023-01-01"\ntime_slot = "1 - 2${' '.repeat(3000)}x"\n+++\n${body}`))
    }
  })
})
