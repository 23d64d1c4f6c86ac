// @vitest-environment node
// Talks kept in a data file (data/talks.yml …) by a site with no talk pages: each entry with a title
// is a talk, read by the page keys and located at its line; beside pages the file stays a schedule.
import { afterEach, describe, expect, it } from 'vitest'
import { compileCollection, FileCache } from '../../src/compiler/compile.ts'
import { resolveConfig } from '../../src/compiler/config/resolve.ts'
import { brief, workspace, type Workspace } from './helpers.ts'

let ws: Workspace
afterEach(() => ws?.remove())

function compileSite(files: Record<string, string>) {
  ws = workspace(files)
  const config = resolveConfig({}, { root: ws.root, env: { TALKSHELF_SITE: ws.root } })
  return compileCollection({ config, includeDrafts: false, root: ws.root, cache: new FileCache() })
}

const TALKS_YML = [
  '# Our talks',
  '- title: Rust at scale',
  '  date: 2023-05-04',
  '  event: RustConf',
  '  speaker: Ada Lovelace',
  '  video: https://www.youtube.com/watch?v=abcdefghijk',
  '  abstract: We moved **everything** to Rust.',
  '',
  '- title: Observability for humans',
  '  date: "2022-10-01T18:30:00Z"',
  '  speakers: [Grace Hopper]',
  '  talk_url: https://vimeo.com/162956685',
  "  category: 'Analysis & Monitoring'",
  '- title: Undated',
  '- note: an entry with no title is not a talk',
].join('\n')

describe('talks kept in a data file', () => {
  it('makes a talk of each titled entry, slugged by its title, its abstract its text, what it lacks reported at its line', () => {
    const r = compileSite({ 'data/talks.yml': TALKS_YML })
    expect(r.index.talks.map((t) => t.slug)).toEqual(['rust-at-scale', 'observability-for-humans'])
    expect(r.index.talks[0]).toMatchObject({ date: '2023-05-04', event: 'RustConf', speakers: ['ada-lovelace'], video: { kind: 'youtube', id: 'abcdefghijk' } })
    expect(r.index.talks[1]).toMatchObject({ timeSlot: { start: '18:30', zone: 'UTC' }, video: { kind: 'vimeo', id: '162956685' }, tags: ['Analysis & Monitoring'] })
    expect(r.bodies.get('rust-at-scale')).toBe('<p>We moved <strong>everything</strong> to Rust.</p>')
    expect(brief(r.diagnostics)).toEqual(['14:1 error missing-date'])
    expect(r.diagnostics[0]!.file).toBe('data/talks.yml')
    expect(r.files).toEqual([`${ws.root}/data/talks.yml`])
  })

  it('reads a map of id → talk and a single key holding the list, in TOML and JSON too', () => {
    const map = compileSite({ 'data/presentations.yml': ['kube:', '  title: Kube', '  date: 2021-01-02', 'mesh:', '  title: Mesh', '  date: 2021-03-04'].join('\n') })
    expect(map.index.talks.map((t) => t.title)).toEqual(['Mesh', 'Kube'])
    ws.remove()
    const toml = compileSite({ 'data/talks.toml': ['[[talks]]', 'title = "T"', 'date = 2020-01-01'].join('\n') })
    expect(toml.index.talks.map((t) => t.slug)).toEqual(['t'])
    ws.remove()
    const json = compileSite({ 'data/webinars.json': JSON.stringify([{ title: 'W', date: '2020-02-02' }]) })
    expect(json.index.talks.map((t) => t.slug)).toEqual(['w'])
  })

  it('dates an entry from the site’s schedule (sessions kept by id, as older hugo-devfest sites do)', () => {
    const r = compileSite({
      'data/sessions.yml': ['101:', '  title: Kotlin coroutines', '  speakers: [ada]', '102:', '  title: Lunch'].join('\n'),
      'data/schedule.yml': ["- date: '2019-10-03'", '  timeslots:', "    - startTime: '10:00'", '      sessions: [101]'].join('\n'),
    })
    expect(r.index.talks.map((t) => [t.title, t.date])).toEqual([['Kotlin coroutines', '2019-10-03']])
    expect(brief(r.diagnostics)).toEqual(['4:1 error missing-date'])
  })

  it('is not used beside talk pages, where the file is a schedule; a file that does not parse is a located error', () => {
    const withPages = compileSite({
      'content/talks/a.md': ['---', 'title: A', '---', 'Body.'].join('\n'),
      'data/talks.yml': ['- title: A', '  date: 2024-06-01'].join('\n'),
    })
    expect(withPages.index.talks.map((t) => [t.slug, t.date])).toEqual([['a', '2024-06-01']])
    ws.remove()
    const broken = compileSite({ 'data/talks.yml': '- title: "A\n  date: [' })
    expect(brief(broken.diagnostics)).toEqual([expect.stringMatching(/^\d+:\d+ error data-file$/)])
  })
})
