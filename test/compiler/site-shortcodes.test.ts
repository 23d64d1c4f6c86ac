// @vitest-environment node
// A site's own shortcodes whose templates only fill in values are expanded; any other stays unknown.
import { afterEach, describe, expect, it } from 'vitest'
import { compileCollection, FileCache } from '../../src/compiler/compile.ts'
import { resolveConfig } from '../../src/compiler/config/resolve.ts'
import { compileTemplate } from '../../src/compiler/site-shortcodes.ts'
import type { ShortcodeCall } from '../../src/compiler/shortcodes.ts'
import { brief, workspace, type Workspace } from './helpers.ts'

const call = (named: Record<string, string>, positional: string[] = [], inner?: string): ShortcodeCall => ({ name: 'x', named, positional, inner, line: 1, column: 1 })

describe('compileTemplate', () => {
  it('fills in named and positional arguments and the inner text, trimming as {{- -}} says', () => {
    expect(compileTemplate('https://github.com/org/talks/tree/main/{{ .Get "pres" }}\n')!(call({ pres: '2025-06/why-go' }), {})).toBe('https://github.com/org/talks/tree/main/2025-06/why-go')
    expect(compileTemplate('<b>{{ .Get 0 }}</b> {{- /* note */ -}} , {{ .Inner | markdownify }}')!(call({}, ['A'], '*b*'), {})).toBe('<b>A</b>, *b*')
    expect(compileTemplate('[{{ .Get `label` }}]({{ .Get "url" | safeURL }})')!(call({ label: 'L', url: 'https://a.example' }), {})).toBe('[L](https://a.example)')
    // An argument not given is empty, as in Hugo.
    expect(compileTemplate('a{{ .Get "nope" }}b')!(call({}), {})).toBe('ab')
    // The page's title and front matter, as .Page gives them (a list or a table prints nothing here).
    expect(compileTemplate('#{{ .Page.Params.meetNumber }} of {{ .Page.Title }}{{ .Page.Params.tags }}')!(call({}), { meetnumber: 75, title: 'June', tags: ['a'] })).toBe('#75 of June')
  })

  it('runs no template with logic, variables, the page or a site lookup', () => {
    for (const t of ['{{ if .Get 0 }}x{{ end }}', '{{ range .Params }}{{ . }}{{ end }}', '{{ $x := .Get 0 }}{{ $x }}', '{{ .Page.Date.Format "Jan 2" }}', '{{ partial "x" . }}', '{{ .Get 0 | upper }}', 'x'.repeat(5000)]) {
      expect(compileTemplate(t)).toBeUndefined()
    }
  })
})

describe('a site’s own shortcodes in a talk', () => {
  let ws: Workspace
  afterEach(() => ws?.remove())

  it('expands a simple one where it is written, keeps a player one as the video, and reports one with logic as unknown', () => {
    ws = workspace({
      'layouts/shortcodes/preslink.html': 'https://github.com/org/presentations/tree/main/{{ .Get "pres" }}\n',
      'layouts/shortcodes/note.html': '<aside>{{ .Inner }}</aside><script>alert(1)</script>',
      'layouts/shortcodes/meetdate.html': 'on {{ .Page.Date.Format "January 02" }}',
      'layouts/shortcodes/meetnumber.html': '#{{ .Page.Params.meetnumber }}',
      'themes/t/layouts/shortcodes/youtube-lazy.html': '<iframe src="https://www.youtube.com/embed/{{ .Get 0 }}"></iframe>',
      'content/meetups/2025-06.md': [
        '---', 'title: June meetup', 'date: 2025-06-18', 'meetnumber: 75', '---',
        'Meetup {{< meetnumber >}} {{< meetdate >}}.', '', '[slides]({{< preslink pres="2025-06/why-go" >}})', '',
        '{{< note >}}Bring a laptop{{< /note >}}', '', '{{< youtube-lazy abcdefghijk >}}',
      ].join('\n'),
    })
    const config = resolveConfig({}, { root: ws.root, env: { TALKSHELF_SITE: ws.root } })
    const r = compileCollection({ config, includeDrafts: false, root: ws.root, cache: new FileCache() })
    const html = r.bodies.get('2025-06')!
    expect(html).toContain('<a href="https://github.com/org/presentations/tree/main/2025-06/why-go"')
    expect(html).toContain('Meetup #75 .')
    // The template's text is sanitised with the page: the aside's text stays, its script does not run.
    expect(html).toContain('Bring a laptop')
    expect(html).not.toContain('<script')
    expect(r.index.talks[0]!.video).toMatchObject({ kind: 'youtube', id: 'abcdefghijk' })
    expect(brief(r.diagnostics)).toEqual(['4:1 warning unknown-key', '6:27 warning unknown-shortcode', '12:1 warning unknown-shortcode'])
  })
})
