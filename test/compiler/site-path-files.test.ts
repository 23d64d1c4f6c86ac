// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { bundleCover, bundleFile, fileOfSitePath, speakerBundlePhoto } from '../../src/compiler/site-path-files.ts'
import { compilerFor, talk, workspace, type Workspace } from './helpers.ts'

let ws: Workspace
afterEach(() => ws?.remove())

function site() {
  ws = workspace({
    'public/img/a.jpg': 'static',
    'content/talks/bundle/index.md': talk(['title = "Bundle"', 'date = "2023-01-01"', 'image = "images/cover.jpg"', 'slides = ["slides.pdf"]'], 'The diagram:\n\n![diagram](images/cover.jpg)\n\n![static](/img/a.jpg)\n\n[The slides](slides.pdf), [notes](notes.md), [FD.io](https://fd.io/)'),
    'content/talks/bundle/images/cover.jpg': 'cover',
    'content/talks/bundle/slides.pdf': 'slides',
    'content/talks/bundle/featured.png': 'featured',
    'content/talks/bundle/cover.jpg': 'featured.* comes first',
    'content/talks/bundle/notes.md': 'markdown beside it',
    'content/talks/bundle/logo.svg': '<svg/>',
    'content/talks/plain.md': talk(['title = "Plain"', 'date = "2023-01-02"', 'image = "images/cover.jpg"']),
    'content/speakers/ada/_index.md': 'email = "ada@example.com"',
    'content/speakers/ada/photo.jpg': 'outside the talk folder',
  })
  return { staticDirs: [ws.path('public')], contentDir: ws.path('content/talks') }
}

describe('site paths of page bundle media (Hugo publishes content/talks/x/cover.jpg at /talks/x/cover.jpg)', () => {
  it('finds static files first, then a bundle\'s media files, and nothing else of the talk folder', () => {
    const folders = site()
    expect(fileOfSitePath(folders, '/img/a.jpg')).toBe(ws.path('public/img/a.jpg'))
    expect(fileOfSitePath(folders, '/talks/bundle/images/cover.jpg')).toBe(ws.path('content/talks/bundle/images/cover.jpg'))
    expect(fileOfSitePath(folders, '/talks/bundle/notes.md')).toBeUndefined()
    expect(fileOfSitePath(folders, '/talks/bundle/index.md')).toBeUndefined()
    expect(fileOfSitePath(folders, '/talks/bundle/logo.svg')).toBeUndefined()
    expect(fileOfSitePath(folders, '/talks/../speakers/ada/_index.md')).toBeUndefined()
    expect(fileOfSitePath(folders, '/talks/%2e%2e/speakers/ada/photo.jpg')).toBeUndefined()
    expect(fileOfSitePath({ staticDirs: folders.staticDirs }, '/talks/bundle/images/cover.jpg')).toBeUndefined()
  })

  it('serves a speaker folder\'s photo when the speaker folders are named, never its Markdown', () => {
    const folders = { ...site(), speakerDirs: [ws.path('content/speakers')] }
    expect(fileOfSitePath(folders, '/speakers/ada/photo.jpg')).toBe(ws.path('content/speakers/ada/photo.jpg'))
    expect(fileOfSitePath(folders, '/speakers/ada/_index.md')).toBeUndefined()
    expect(fileOfSitePath(folders, '/speakers/../talks/bundle/notes.md')).toBeUndefined()
    expect(speakerBundlePhoto(ws.path('content/speakers/ada/_index.md'), ws.path('content/speakers'))).toBe('/speakers/ada/photo.jpg')
    expect(speakerBundlePhoto(ws.path('content/talks/plain.md'), ws.path('content/speakers'))).toBeUndefined()
  })

  it('reads a bundle index\'s image relative to its folder, or its featured.* file, never a path out of it', () => {
    const { contentDir } = site()
    const index = ws.path('content/talks/bundle/index.md')
    expect(bundleFile(index, true, contentDir, 'images/cover.jpg')).toBe('/talks/bundle/images/cover.jpg')
    expect(bundleCover(index, true, contentDir)).toBe('/talks/bundle/featured.png')
    expect(bundleCover(ws.path('content/talks/plain.md'), false, contentDir)).toBeUndefined()
    expect(bundleFile(index, true, contentDir, '../plain.md')).toBeUndefined()
    expect(bundleFile(index, true, contentDir, '../../../public/img/a.jpg')).toBeUndefined()
    expect(bundleFile(index, true, contentDir, '/img/a.jpg')).toBeUndefined()
    expect(bundleFile(index, true, contentDir, 'https://example.com/a.jpg')).toBeUndefined()
    expect(bundleFile(index, true, contentDir, 'logo.svg')).toBeUndefined()
    expect(bundleFile(ws.path('content/talks/plain.md'), false, contentDir, 'images/cover.jpg')).toBeUndefined()
  })

  it('gives a bundle talk\'s speakers the photos beside it, from a shortcode or a front-matter object', () => {
    ws = workspace({
      'content/talks/duo/index.md': talk(['title = "Duo"', 'date = "2023-01-01"', '[[speakers]]', 'name = "Bob Byte"', 'img = "bob.jpg"'], '{{< speaker name="Ada Lovelace" img="people/ada.jpg" >}}Ada.{{< /speaker >}}'),
      'content/talks/duo/bob.jpg': 'bob',
      'content/talks/duo/people/ada.jpg': 'ada',
    })
    const c = compilerFor({ contentDir: ws.path('content/talks'), publicDir: ws.path('public'), includeDrafts: false, root: ws.root }).compileAll()
    expect(c.index.speakers.map((s) => [s.name, s.image])).toEqual([
      ['Ada Lovelace', '/talks/duo/people/ada.jpg'],
      ['Bob Byte', '/talks/duo/bob.jpg'],
    ])
    expect(c.diagnostics).toEqual([])
  })

  it('gives a compiled bundle talk its own cover; a plain file keeps reading images from the static folders', () => {
    site()
    const store = compilerFor({ contentDir: ws.path('content/talks'), publicDir: ws.path('public'), includeDrafts: false, root: ws.root })
    const c = store.compileAll()
    const bySlug = new Map(c.index.talks.map((t) => [t.slug, t]))
    expect(bySlug.get('bundle')?.previewImage).toBe('/talks/bundle/images/cover.jpg')
    expect(bySlug.get('plain')?.previewImage).toBeUndefined()
    expect(bySlug.get('bundle')?.slides.map((s) => s.url)).toEqual(['/talks/bundle/slides.pdf'])
    expect(c.bodies.get('bundle')).toContain('src="/talks/bundle/images/cover.jpg"')
    expect(c.bodies.get('bundle')).toContain('src="/img/a.jpg"')
    expect(c.bodies.get('bundle')).toContain('<a href="/talks/bundle/slides.pdf">The slides</a>')
    expect(c.bodies.get('bundle')).toContain('<a href="notes.md">notes</a>')
    expect(c.bodies.get('bundle')).toContain('href="https://fd.io/" rel="noopener noreferrer" target="_blank"')
    expect(c.diagnostics.map((d) => `${d.file.split('/').pop()} ${d.code}`)).toEqual(['plain.md missing-image'])
  })
})
