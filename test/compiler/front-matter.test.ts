// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { normaliseText, splitFrontMatter } from '../../src/compiler/front-matter.ts'
import type { Diagnostic } from '../../src/compiler/diagnostics.ts'
import { brief } from './helpers.ts'

function split(text: string) {
  const diagnostics: Diagnostic[] = []
  const fm = splitFrontMatter('t.md', text, diagnostics)
  return { fm, diagnostics }
}

describe('normaliseText', () => {
  it('drops a leading BOM and turns CRLF and lone CR into LF', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n')
  })

  it('keeps a BOM that is not at the start', () => {
    expect(normaliseText('a\uFEFFb')).toBe('a\uFEFFb')
  })
})

describe('splitFrontMatter', () => {
  it('parses TOML between +++ fences and reports where the body starts', () => {
    const { fm, diagnostics } = split('+++\ntitle = "T"\ndate = "2023-01-02"\n+++\n\nBody line')
    expect(diagnostics).toEqual([])
    expect(fm?.data).toEqual({ title: 'T', date: '2023-01-02' })
    expect(fm?.body).toBe('\nBody line')
    // Line 4 is the closing fence; the body's first line is line 5.
    expect(fm?.bodyLine).toBe(5)
    expect([...fm!.keyLines]).toEqual([
      ['title', 2],
      ['date', 3],
    ])
  })

  it('accepts a BOM, CRLF line endings and spaces around the fences', () => {
    const { fm, diagnostics } = split('\uFEFF+++  \r\ntitle = "T"\r\n  +++\r\nBody\r\n')
    expect(diagnostics).toEqual([])
    expect(fm?.data.title).toBe('T')
    expect(fm?.body).toBe('Body\n')
    expect(fm?.bodyLine).toBe(4)
  })

  it('gives an empty body when the file ends at the closing fence', () => {
    const { fm } = split('+++\ntitle = "T"\n+++')
    expect(fm?.body).toBe('')
  })

  it('closes at the first fence line, so a later +++ stays in the body', () => {
    const { fm } = split('+++\na = 1\n+++\nx\n+++\ny')
    expect(fm?.data).toEqual({ a: 1 })
    expect(fm?.body).toBe('x\n+++\ny')
  })

  it('reports no-front-matter when the first line is not a fence', () => {
    for (const text of ['title = "T"\n+++', '# Just markdown', '{{< youtube id="x" >}}\nBody']) {
      const { fm, diagnostics } = split(text)
      expect(fm).toBeUndefined()
      expect(brief(diagnostics)).toEqual(['1:1 error no-front-matter'])
    }
  })

  it('skips blank lines before the front matter, as Hugo does, counting lines in the file', () => {
    const toml = split('\n  \n+++\ntitle = "T"\ndate = "2023-01-02"\n+++\nBody')
    expect(toml.diagnostics).toEqual([])
    expect(toml.fm!.data).toEqual({ title: 'T', date: '2023-01-02' })
    expect(toml.fm!.keyLines.get('date')).toBe(5)
    expect(toml.fm!.bodyLine).toBe(7)
    expect(toml.fm!.body).toBe('Body')
    expect(split('\n\n{"title": "T"}\nBody').fm!.keyLines.get('title')).toBe(3)
    expect(split('\n---\ntitle: T\nfoo: [1,\n bar: 2\n---\n').diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual(['yaml-syntax:5'])
    expect(brief(split('\n\n+++\ntitle = "T"\n').diagnostics)).toEqual(['3:1 error unclosed-front-matter'])
    expect(brief(split('\n# Just markdown').diagnostics)).toEqual(['2:1 error no-front-matter'])
  })

  it('reports unclosed-front-matter when the fence never closes', () => {
    const { fm, diagnostics } = split('+++\ntitle = "T"\ndate = "2023-01-01"\nBody')
    expect(fm).toBeUndefined()
    expect(brief(diagnostics)).toEqual(['1:1 error unclosed-front-matter'])
    expect(diagnostics[0]!.message).toContain('"+++"')
  })

  it('reads YAML front matter between --- fences, dates kept as written', () => {
    const { fm, diagnostics } = split('---\ntitle: "T"\ndate: 2023-12-31\ntags: [a, b]\n---\nBody')
    expect(diagnostics).toEqual([])
    expect(fm!.data).toEqual({ title: 'T', date: '2023-12-31', tags: ['a', 'b'] })
    expect(fm!.keyLines.get('date')).toBe(3)
    expect(fm!.bodyLine).toBe(6)
  })

  it('reports yaml-syntax at the file line of the problem, and a YAML list as not fields', () => {
    const bad = split('---\ntitle: T\nfoo: [1,\n bar: 2\n---\nBody')
    expect(bad.fm).toBeUndefined()
    expect(bad.diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual(['yaml-syntax:4'])
    expect(brief(split('---\n- a\n- b\n---\nBody').diagnostics)).toEqual(['2:1 error yaml-syntax'])
  })

  it('caps YAML alias expansion (no "billion laughs")', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), '---', 'Body'].join('\n')
    const started = performance.now()
    const { fm, diagnostics } = split(bomb)
    expect(fm).toBeUndefined()
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-syntax'])
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('reports unclosed-front-matter for --- fences that never close', () => {
    const unclosed = split('---\ntitle: T\n')
    expect(brief(unclosed.diagnostics)).toEqual(['1:1 error unclosed-front-matter'])
    expect(unclosed.diagnostics[0]!.message).toContain('"---"')
  })

  describe('toml-syntax: lines are counted in the file, past the opening "+++"', () => {
    it('points at the line of a missing value', () => {
      // TOML line 2 is file line 3.
      const { fm, diagnostics } = split('+++\ntitle = "T"\ndate = \n+++\n')
      expect(fm).toBeUndefined()
      expect(brief(diagnostics)).toEqual(['3:8 error toml-syntax'])
      expect(diagnostics[0]!.message).toMatch(/^Malformed TOML front matter: invalid value\.$/)
    })

    it('points at an unterminated string several lines down', () => {
      const { diagnostics } = split('+++\ntitle = "T"\n\n\ntype = "webinar\ndate = "2023-01-01"\n+++\n')
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]).toMatchObject({ line: 5, severity: 'error', code: 'toml-syntax' })
    })

    it('points at the second of two duplicate keys', () => {
      const { diagnostics } = split('+++\ntitle = "A"\ntitle = "B"\n+++\n')
      expect(diagnostics[0]).toMatchObject({ line: 3, column: 1, code: 'toml-syntax' })
      expect(diagnostics[0]!.message).toContain('redefine')
    })

    it('keeps the same line numbers with CRLF and a BOM', () => {
      const { diagnostics } = split('\uFEFF+++\r\ntitle = "T"\r\ndate = \r\n+++\r\n')
      expect(brief(diagnostics)).toEqual(['3:8 error toml-syntax'])
    })

    it('rejects an impossible month outright (smol-toml does)', () => {
      const { diagnostics } = split('+++\ntitle = "T"\ndate = 2023-13-01\n+++\n')
      expect(diagnostics[0]).toMatchObject({ line: 3, code: 'toml-syntax' })
    })
  })

  it('reads a YAML key given twice as its last value, as Hugo does, with a warning at the second', () => {
    const { fm, diagnostics } = split('---\ntitle: A\ndate: 2020-01-01\ntitle: B\n---\n')
    expect(fm?.data.title).toBe('B')
    expect(brief(diagnostics)).toEqual(['4:1 warning lenient-yaml'])
  })

  describe('key lines', () => {
    it('records quoted and bare keys with their file line, first occurrence only', () => {
      const { fm } = split('+++\n"title" = "T"\n\'date\' = "2023-01-01"\n  time_slot = "x"\n+++\n')
      expect(Object.fromEntries(fm!.keyLines)).toEqual({ title: 2, date: 3, time_slot: 4 })
    })

    it('gives a table its header line, and does not take the table keys as top-level keys', () => {
      const { fm } = split('+++\ntitle = "T"\n[params]\ndate = 1\n[[links]]\nurl = "x"\n+++\n')
      expect(Object.fromEntries(fm!.keyLines)).toEqual({ title: 2, params: 3, links: 5 })
    })

    it('ignores lines inside a multi-line string, even ones that look like tables or keys', () => {
      const text = ['+++', 'title = "T"', 'description = """', '[Register](https://example.com)', 'date = "not this one"', '"""', 'date = "2023-01-01"', '+++', ''].join('\n')
      const { fm } = split(text)
      expect(Object.fromEntries(fm!.keyLines)).toEqual({ title: 2, description: 3, date: 7 })
    })

    it('handles a one-line triple-quoted string', () => {
      const { fm } = split("+++\nsummary = '''one line'''\ndate = \"2023-01-01\"\n+++\n")
      expect(fm!.keyLines.get('date')).toBe(3)
    })
  })

  describe('the 2023-02-30 trap: smol-toml rolls impossible days over', () => {
    it('keeps an impossible TOML date as the text written, so it can be rejected', () => {
      const { fm, diagnostics } = split('+++\ndate = 2023-02-30\npublishDate = 2023-02-29T10:00:00Z\n+++\n')
      expect(diagnostics).toEqual([])
      expect(fm!.data.date).toBe('2023-02-30')
      expect(fm!.data.publishDate).toBe('2023-02-29')
    })

    it('leaves real TOML dates as dates', () => {
      const { fm } = split('+++\ndate = 2024-02-29\nat = 2023-12-31T23:30:00-05:00\n+++\n')
      expect(fm!.data.date).toBeInstanceOf(Date)
      expect((fm!.data.date as Date).toISOString()).toBe('2024-02-29')
      expect((fm!.data.at as Date).toISOString()).toBe('2023-12-31T23:30:00.000-05:00')
    })
  })

  describe('__proto__ keys stay data', () => {
    it('keeps a top-level __proto__ key as an own property and pollutes nothing', () => {
      const { fm } = split('+++\n__proto__ = "x"\n[constructor]\npolluted = true\n+++\n')
      const data = fm!.data
      expect(Object.keys(data)).toEqual(['__proto__', 'constructor'])
      expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('x')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(fm!.keyLines.get('__proto__')).toBe(2)
      expect(fm!.keyLines.get('constructor')).toBe(3)
    })
  })

  describe('JSON front matter (Hugo: an object opening the file)', () => {
    const file = ['{', '  "title": "Why {braces} and \\"quotes\\" stay text",', '  "date": "2023-12-31",', '  "params": { "date": "nested, not top-level" },', '  "tags": ["a", "b"]', '}', '', 'Body {not json}'].join('\n')

    it('reads the object up to its matching brace, then the body, with each top-level key at its line', () => {
      const { fm, diagnostics } = split(file)
      expect(diagnostics).toEqual([])
      expect(fm!.data).toEqual({ title: 'Why {braces} and "quotes" stay text', date: '2023-12-31', params: { date: 'nested, not top-level' }, tags: ['a', 'b'] })
      expect(fm!.keyLines.get('title')).toBe(2)
      expect(fm!.keyLines.get('date')).toBe(3)
      expect(fm!.keyLines.get('tags')).toBe(5)
      expect(fm!.body).toBe('\nBody {not json}')
      expect(fm!.bodyLine).toBe(7)
    })

    it('starts the body right after a "}" that has text after it on its line', () => {
      const { fm } = split('{"title": "T", "date": "2023-01-01"} Body here\nmore')
      expect(fm!.body).toBe('Body here\nmore')
      expect(fm!.bodyLine).toBe(1)
    })

    it('reports json-syntax at the line and column of the problem', () => {
      const { fm, diagnostics } = split('{\n  "title": "T",\n  "date": "2023-01-01",\n}\nBody')
      expect(fm).toBeUndefined()
      expect(diagnostics.map((d) => `${d.code}:${d.line}:${d.column}`)).toEqual(['json-syntax:4:1'])
      expect(diagnostics[0]!.message).toMatch(/^Malformed JSON front matter: .+\.$/)
      // Node may quote the text around the problem: the message stays one short line.
      for (const bad of ['{\n  "title": "T",\n  "date": tru\n}\n', "{'title': 'T'}\n"]) {
        const [d] = split(bad).diagnostics
        expect(d!.code).toBe('json-syntax')
        expect(d!.message).not.toContain('\n')
        expect(d!.message.length).toBeLessThan(120)
      }
    })

    it('reports an object that never closes, and JSON that is not an object', () => {
      expect(brief(split('{\n  "title": "T"\nBody').diagnostics)).toEqual(['1:1 error unclosed-front-matter'])
      expect(split('{"title": "}"\nBody').diagnostics.map((d) => d.code)).toEqual(['unclosed-front-matter'])
      expect(brief(split('{} ').diagnostics)).toEqual([])
    })

    it('keeps a __proto__ key as data', () => {
      const { fm } = split('{"__proto__": {"polluted": true}, "title": "T"}\n')
      expect(Object.keys(fm!.data)).toEqual(['__proto__', 'title'])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  })
})
