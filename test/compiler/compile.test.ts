// @vitest-environment node
import { utimesSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isBundleResource, listTalkFiles } from '../../src/compiler/files.ts'
import { formatDiagnostic } from '../../src/compiler/diagnostics.ts'
import { MINIMAL, REPO_ROOT, brief, compilerFor, talk, workspace, type Workspace } from './helpers.ts'

let ws: Workspace

beforeEach(() => {
  ws = workspace({
    'content/talks/2023_02_05_first.md': talk(['title = "First"', 'date = "2023-02-05"', 'previewimage = "/img/first.jpg"'], '{{< speaker name="Ada Lovelace - Analyst @ Babbage" img="/img/ada.jpg" >}}Ada.{{< /speaker >}}'),
    'content/talks/2021_10_12_second.MD': talk(['title = "Second"', 'date = "2021-10-12"'], '{{< speaker name="Ada Lovelace" >}}{{< /speaker >}}'),
    'content/talks/leaf-bundle/index.md': talk(['title = "Leaf"', 'date = "2022-06-01"']),
    'content/talks/leaf-bundle/transcript.md': talk(['title = "A resource of the bundle"', 'date = "2022-06-01"']),
    'content/talks/leaf-bundle/extra/notes.md': 'a resource too, even one folder down',
    'content/talks/nested/deeper/third.markdown': talk(['title = "Third"', 'date = "2020-01-01"']),
    'content/talks/_index.md': talk(['title = "Section"']),
    'content/talks/.hidden.md': 'not a talk',
    'content/talks/.git/x.md': 'not a talk',
    'content/talks/node_modules/pkg/readme.md': 'not a talk',
    'content/talks/notes.txt': 'not a talk',
    'content/talks/draft.md': talk(['title = "Draft"', 'date = "2024-01-01"', 'draft = true']),
    'public/img/first.jpg': 'jpg',
    'public/img/ada.jpg': 'jpg',
    'public/img/folder.jpg/inside.txt': 'a folder named like an image',
  })
})

afterEach(() => ws.remove())

const store = (includeDrafts = false, contentDir = ws.path('content/talks')) => compilerFor({ contentDir, publicDir: ws.path('public'), includeDrafts, root: ws.root })

describe('listTalkFiles', () => {
  it('lists Markdown files in sub-folders, sorted, without section, hidden, node_modules or bundle resource files', () => {
    const rel = listTalkFiles(ws.path('content/talks')).map((f) => f.slice(ws.root.length + 1).split('\\').join('/'))
    expect(rel).toEqual([
      'content/talks/2021_10_12_second.MD',
      'content/talks/2023_02_05_first.md',
      'content/talks/draft.md',
      'content/talks/leaf-bundle/index.md',
      'content/talks/nested/deeper/third.markdown',
    ])
  })
})

describe('leaf bundles (Hugo: a folder with an index.md is one page, every other file in it a resource)', () => {
  it('tells a bundle resource from a page', () => {
    const dir = ws.path('content/talks')
    expect(isBundleResource(ws.path('content/talks/leaf-bundle/transcript.md'), dir)).toBe(true)
    expect(isBundleResource(ws.path('content/talks/leaf-bundle/extra/notes.md'), dir)).toBe(true)
    expect(isBundleResource(ws.path('content/talks/leaf-bundle/index.md'), dir)).toBe(false)
    expect(isBundleResource(ws.path('content/talks/nested/deeper/third.markdown'), dir)).toBe(false)
    expect(isBundleResource(ws.path('content/talks/2023_02_05_first.md'), dir)).toBe(false)
  })

  it('does not make the whole content folder one bundle when it holds an index.md itself', () => {
    const own = workspace({ 'talks/index.md': talk(MINIMAL), 'talks/other.md': talk(MINIMAL) })
    try {
      expect(listTalkFiles(own.path('talks')).map((f) => f.split(/[\\/]/).pop())).toEqual(['index.md', 'other.md'])
      expect(isBundleResource(own.path('talks/other.md'), own.path('talks'))).toBe(false)
    } finally {
      own.remove()
    }
  })
})

describe('compileCollection', () => {
  it('compiles a folder into an index, with paths relative to the root in diagnostics', () => {
    const c = store().compileAll()
    expect(c.diagnostics).toEqual([])
    expect(c.files).toHaveLength(5)
    expect(c.index.talks.map((t) => t.slug)).toEqual(['2023-02-05-first', 'leaf-bundle', '2021-10-12-second', 'third'])
    expect(c.index.talks[0]).toMatchObject({ previewImage: '/img/first.jpg', speakers: ['ada-lovelace'] })
    expect(c.index.speakers).toEqual([
      expect.objectContaining({ slug: 'ada-lovelace', image: '/img/ada.jpg', talks: ['2023-02-05-first', '2021-10-12-second'], variants: ['Ada Lovelace - Analyst @ Babbage', 'Ada Lovelace'] }),
    ])
    expect([...c.bodies.keys()]).toEqual(c.index.talks.map((t) => t.slug))
  })

  it('includes drafts when asked (dev)', () => {
    const c = store(true).compileAll()
    expect(c.index.talks.map((t) => t.slug)).toContain('draft')
  })

  it('reports errors located in their file, sorted by file and line, plus collection errors', () => {
    ws.write({
      'content/talks/b-broken.md': talk(['title = "Broken"', '', 'date = 2023-02-30', 'pdfurl = "javascript:alert(1)"']),
      'content/talks/a-dup.md': talk([...MINIMAL, 'slug = "third"']),
      'content/talks/c-empty.md': '',
      'content/talks/d-latin1.md': new Uint8Array([0x2b, 0x2b, 0x2b, 0x0a, 0xe9]),
    })
    const c = store().compileAll()
    expect(c.diagnostics.map(formatDiagnostic)).toEqual([
      'content/talks/b-broken.md:4:1: error: "date" is not a real calendar date (2023-02-30): write it as YYYY-MM-DD. [invalid-date]',
      'content/talks/b-broken.md:5:1: error: "pdfurl" must be an http(s) link or a site path, not "javascript:". [bad-url]',
      'content/talks/c-empty.md:1:1: error: The file is empty: a talk needs front matter with at least a title and a date. [empty-file]',
      'content/talks/d-latin1.md:2:1: error: The file is not UTF-8 text: re-save it with UTF-8 encoding. [not-utf8]',
      expect.stringMatching(/^content\/talks\/nested\/deeper\/third\.markdown:1:1: warning: Two talks have the slug "third": this file and content\/talks\/a-dup\.md\. This one is published as "third-2".* \[duplicate-slug\]$/),
    ])
  })

  it('no-content-folder: a missing folder (or a file in its place) is one located error', () => {
    const missing = store(false, ws.path('content/nope')).compileAll()
    expect(missing.index).toEqual({ talks: [], speakers: [], aliases: {} })
    expect(missing.bodies.size).toBe(0)
    expect(missing.files).toEqual([])
    expect(brief(missing.diagnostics)).toEqual(['1:1 error no-content-folder'])
    expect(missing.diagnostics[0]).toMatchObject({ file: 'content/nope' })
    expect(missing.diagnostics[0]!.message).toContain('TALKS_CONTENT_DIR')
    const notDir = store(false, ws.path('public/img/first.jpg')).compileAll()
    expect(notDir.diagnostics.map((d) => d.code)).toEqual(['no-content-folder'])
  })

  it('checks images against public/ only: files, not folders, never outside', () => {
    ws.write({ 'secret.jpg': 'outside public' })
    const s = store()
    const file = ws.path('content/talks/imgs.md')
    ws.write({ 'content/talks/imgs.md': talk(MINIMAL, ['{{< speaker name="A" img="/img/folder.jpg" >}}{{< /speaker >}}', '{{< speaker name="B" img="/../secret.jpg" >}}{{< /speaker >}}', '{{< speaker name="C" img="/img/ada.jpg" >}}{{< /speaker >}}'].join('\n')) })
    const r = s.compileOne(file)
    expect(r.speakers.map((sp) => sp.image)).toEqual([undefined, undefined, '/img/ada.jpg'])
    expect(brief(r.diagnostics)).toEqual(['5:1 warning missing-image', '6:1 warning missing-image'])
  })

  describe('per-file cache', () => {
    it('compiles an unchanged file once, and again after it changes', () => {
      const s = store()
      const file = ws.path('content/talks/2023_02_05_first.md')
      const first = s.compileOne(file)
      expect(s.compileOne(file)).toBe(first)
      ws.write({ 'content/talks/2023_02_05_first.md': talk(['title = "First, edited"', 'date = "2023-02-05"']) })
      utimesSync(file, new Date(), new Date(Date.now() + 5000))
      const second = s.compileOne(file)
      expect(second).not.toBe(first)
      expect(second.talk?.title).toBe('First, edited')
    })

    it('recompiles after invalidate(), which also forgets which images exist', () => {
      const s = store()
      const file = ws.path('content/talks/2023_02_05_first.md')
      ws.write({ 'content/talks/2023_02_05_first.md': talk([...MINIMAL, 'previewimage = "/img/new.jpg"']) })
      const before = s.compileOne(file)
      expect(codes(before)).toEqual(['missing-image'])
      ws.write({ 'public/img/new.jpg': 'jpg' })
      expect(s.compileOne(file)).toBe(before)
      s.invalidate(file)
      const after = s.compileOne(file)
      expect(after).not.toBe(before)
      expect(after.diagnostics).toEqual([])
      expect(after.talk?.previewImage).toBe('/img/new.jpg')
    })

    it('drops deleted files from the next compileAll', () => {
      const s = store()
      expect(s.compileAll().index.talks).toHaveLength(4)
      unlinkSync(ws.path('content/talks/leaf-bundle/index.md'))
      const c = s.compileAll()
      expect(c.index.talks.map((t) => t.slug)).not.toContain('leaf-bundle')
      // Without its index the folder is no bundle: its other Markdown files are pages now, as in Hugo.
      expect(c.files.map((f) => f.split(/[\\/]/).slice(-2).join('/')).sort()).toEqual([
        'deeper/third.markdown', 'extra/notes.md', 'leaf-bundle/transcript.md', 'talks/2021_10_12_second.MD', 'talks/2023_02_05_first.md', 'talks/draft.md',
      ])
    })
  })

  it('owns files inside the content folder only', () => {
    const s = store()
    expect(s.owns(ws.path('content/talks/x.md'))).toBe(true)
    expect(s.owns(ws.path('content/talks/a/b.md'))).toBe(true)
    expect(s.owns(ws.path('content/talks'))).toBe(false)
    expect(s.owns(ws.path('content/talks-other/x.md'))).toBe(false)
    expect(s.owns(ws.path('content/talks/../x.md'))).toBe(false)
  })
})

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code)

describe('the bundled content (content/talks)', () => {
  const bundled = compilerFor({ contentDir: join(REPO_ROOT, 'content/talks'), publicDir: join(REPO_ROOT, 'public'), includeDrafts: false, root: REPO_ROOT }).compileAll()
  const { talks, speakers } = bundled.index

  it('compiles all five files without errors', () => {
    expect(bundled.files).toHaveLength(5)
    expect(bundled.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(talks.map((t) => t.slug)).toEqual([
      '2023-02-05-need-to-connect-your-k8s-pods-to-multiple-networks-no-problem-with-calico-vpp',
      '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah',
      '2021-10-15-calico-vpp-using-calico-pluggable-dataplanes',
      '2021-10-12-calico-vpp-low-trust-edge-network-no-problem',
      '2021-02-07-calico-vpp-all-you-can-eat-networking-bringing-kubernetes-goodness-to-your-hungriest-workloads',
    ])
    expect(talks.map((t) => t.year)).toEqual([2023, 2022, 2021, 2021, 2021])
  })

  it('has four speakers, Chris Tomkins with three talks', () => {
    expect(speakers.map((s) => s.name)).toEqual(['Aloys Augustin', 'Casey Davenport', 'Chris Tomkins', 'Nathan Skrzypczak'])
    const chris = speakers.find((s) => s.slug === 'chris-tomkins')!
    expect(chris).toMatchObject({
      role: 'Developer Advocate',
      org: 'Project Calico/Tigera',
      image: '/img/speakers/chris_tomkins.jpg',
      links: { twitter: 'https://x.com/TomkinsDa', linkedin: 'https://www.linkedin.com/in/cdtomkins' },
      talks: ['2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah', '2021-10-15-calico-vpp-using-calico-pluggable-dataplanes', '2021-10-12-calico-vpp-low-trust-edge-network-no-problem'],
    })
    // The newest bio, with its mojibake repaired.
    expect(chris.bio).toMatch(/^Chris is a developer advocate at Project Calico\/Tigera, where he champions user needs to support Project Calico’s users/)
    expect(speakers.find((s) => s.slug === 'casey-davenport')).toMatchObject({ role: undefined, org: 'Project Calico/Tigera', image: undefined, talks: [talks[4]!.slug] })
    expect(speakers.find((s) => s.slug === 'nathan-skrzypczak')!.talks).toHaveLength(3)
    expect(speakers.find((s) => s.slug === 'aloys-augustin')!.talks).toHaveLength(2)
  })

  it('reads links, slides and event buttons as the files give them', () => {
    const [fosdem23, fosdem22, kubecon, onesummit, fosdem21] = talks
    expect(fosdem23!.links).toEqual({
      video: 'https://fosdem.org/2023/schedule/event/network_pods_to_multiple_networks/',
      pdf: expect.stringMatching(/FOSDEM_2023_Need_to_connect_your_k8s_pods_to_multiple_networks\.pdf$/),
      event: 'https://fosdem.org/2023/schedule/event/network_pods_to_multiple_networks/',
    })
    expect(fosdem22!.video).toEqual({ kind: 'external', url: 'https://fosdem.org/2022/schedule/event/kubernetes_networking_is_there_a_cheetah' })
    expect(fosdem22!.timeSlot).toEqual({ text: '4:30pm - 5:00pm CET', start: '16:30', end: '17:00', zone: 'CET' })
    expect(kubecon!.title).toBe('Calico/VPP: Using Calico’s Pluggable Dataplanes for Fun and Fast Networking')
    expect(onesummit!.slides.map((s) => s.kind)).toEqual(['pdf', 'pptx'])
    expect(fosdem21!.speakers).toEqual(['casey-davenport', 'aloys-augustin'])
    expect(fosdem21!.buttons).toEqual([])
  })

  it('warns about the three double-encoded apostrophes, each at its line', () => {
    const warnings = bundled.diagnostics.filter((d) => d.severity === 'warning')
    expect(warnings.map((d) => `${d.file.replace(/^content\/talks\//, '').slice(0, 10)}:${d.line} ${d.code}`)).toEqual([
      '2021_02_07:12 repaired-text',
      '2021_10_12:19 repaired-text',
      '2022_02_06:27 repaired-text',
    ])
    expect(JSON.stringify(bundled.index)).not.toContain('â€')
  })
})
