// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { withCascade } from '../../src/compiler/cascade.ts'
import { compilerFor, talk, workspace, type Workspace } from './helpers.ts'

let ws: Workspace
afterEach(() => ws?.remove())

const yaml = (lines: string[]) => ['---', ...lines, '---', ''].join('\n')

describe("Hugo's cascade: keys a section's _index.md hands down to the pages under it", () => {
  it('fills in what a page does not set, nearer sections winning, targeted cascades left out', () => {
    ws = workspace({
      'content/talks/_index.md': yaml(['title: Talks', 'cascade:', '  conference: DevConf', '  tags: [community]', '  banner_style: wide']),
      'content/talks/2023/_index.md': yaml(['title: 2023', 'cascade:', '  - conference: DevConf 2023', '  - _target: { path: "/talks/2023/b" }', '    draft: true']),
      'content/talks/a.md': talk(['title = "A"', 'date = "2022-01-01"']),
      'content/talks/2023/b.md': talk(['title = "B"', 'date = "2023-01-01"', 'conference = "Its own"', 'Tags = ["own"]']),
      'content/talks/2023/c.md': talk(['title = "C"', 'date = "2023-02-01"']),
      'content/talks/hidden/_index.md': yaml(['title: Hidden', 'cascade:', '  build:', '    render: never']),
      'content/talks/hidden/d.md': talk(['title = "D"', 'date = "2023-03-01"']),
    })
    const c = compilerFor({ contentDir: ws.path('content/talks'), publicDir: ws.path('public'), includeDrafts: false, root: ws.root }).compileAll()
    const by = Object.fromEntries(c.index.talks.map((t) => [t.title, t]))
    expect(Object.keys(by).sort()).toEqual(['A', 'B', 'C'])
    expect([by.A!.event, by.A!.tags]).toEqual(['DevConf', ['community']])
    expect([by.B!.event, by.B!.tags]).toEqual(['Its own', ['own']])
    expect([by.C!.event, by.C!.tags]).toEqual(['DevConf 2023', ['community']])
    // A theme key the section cascades is not reported against every talk file.
    expect(c.diagnostics).toEqual([])
    expect(c.files.length).toBe(4)
  })

  it('leaves a page without cascaded keys as it is', () => {
    const page = { title: 'T' }
    expect(withCascade(page, undefined)).toBe(page)
    expect(withCascade(page, {})).toBe(page)
    expect(withCascade({ Title: 'Mine' }, { title: 'Section', event: 'E' })).toEqual({ Title: 'Mine', event: 'E' })
  })
})
