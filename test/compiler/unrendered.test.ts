// @vitest-environment node
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { compileFile } from '../../src/compiler/talk.ts'
import { unrenderedReason } from '../../src/compiler/unrendered.ts'
import { MINIMAL, REPO_ROOT, context, encode, talk, workspace } from './helpers.ts'

const NOW = new Date('2026-06-15T12:00:00Z')

describe('unrenderedReason: the pages Hugo does not render', () => {
  it('a headless page, or one whose build options say never, in any key case', () => {
    expect(unrenderedReason({ headless: true })).toBe('headless')
    expect(unrenderedReason({ Headless: true })).toBe('headless')
    expect(unrenderedReason({ headless: false })).toBeUndefined()
    expect(unrenderedReason({ build: { render: 'never' } })).toBe('build')
    expect(unrenderedReason({ build: { Render: 'Never' } })).toBe('build')
    expect(unrenderedReason({ _build: { render: false } })).toBe('build')
    expect(unrenderedReason({ build: { render: 'always', list: 'never' } })).toBeUndefined()
    expect(unrenderedReason({ build: 'never' })).toBeUndefined()
  })

  it('a page whose expiry date has passed, not one expiring later', () => {
    expect(unrenderedReason({ expiryDate: '2026-06-14' }, NOW)).toBe('expired')
    expect(unrenderedReason({ expirydate: new Date('2026-06-15T11:00:00Z') }, NOW)).toBe('expired')
    expect(unrenderedReason({ unpublishdate: '2020-01-01T00:00:00Z' }, NOW)).toBe('expired')
    expect(unrenderedReason({ expiryDate: '2026-06-16' }, NOW)).toBeUndefined()
    expect(unrenderedReason({ expiryDate: 'soon' }, NOW)).toBeUndefined()
    expect(unrenderedReason({}, NOW)).toBeUndefined()
  })

  it('leaves such a file out of the archive, quietly, like a draft', () => {
    const compile = (lines: string[]) => compileFile('content/talks/t.md', encode(talk([...MINIMAL, ...lines])), context())
    for (const lines of [['headless = true'], ['expiryDate = 2001-01-01'], ['[build]', 'render = "never"']]) {
      const r = compile(lines)
      expect(r.talk, lines.join(' ')).toBeUndefined()
      expect(r.diagnostics).toEqual([])
    }
    expect(compile(['expiryDate = 2999-01-01']).talk).toBeDefined()
    // A headless bundle of resources has neither title nor date, and is no error either.
    const headless = compileFile('content/talks/t.md', encode('+++\nheadless = true\n+++\n'), context())
    expect([headless.talk, headless.diagnostics]).toEqual([undefined, []])
  })

  it('is counted by `npm run check`, so a missing talk is explained', { timeout: 60_000 }, async () => {
    const ws = workspace({ 'talks/a.md': talk(MINIMAL), 'talks/b.md': talk([...MINIMAL, 'draft = true']), 'talks/c.md': talk([...MINIMAL, 'headless = true']) })
    try {
      const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/check.ts', '--content', ws.path('talks')], { cwd: REPO_ROOT })
      expect(stdout).toMatch(/^3 files: 1 talks compiled, 2 not published \(drafts; headless, build\.render never or expired; pages of another type, such as an event.s welcome page; or left out by the transform; a schedule.s breaks and pages it does not list\), /m)
    } finally {
      ws.remove()
    }
  })
})
