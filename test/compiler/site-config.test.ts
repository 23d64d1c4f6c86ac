// @vitest-environment node
// Any Hugo site through a config: small inline sites in the shapes real ones use (dates in
// event_datetime or time_start, speakers as paths or names joined to speaker files, bare Vimeo ids,
// site-local and relative slides, abstracts in front matter), the config's checks, the transform
// hook with data files, and the hostile configs and references.
import { afterEach, describe, expect, it } from 'vitest'
import { compileCollection, compileTalkFile, FileCache, type CompileResult } from '../../src/compiler/compile.ts'
import { checkConfig, ConfigError, loadConfigFile, loadSiteConfig, resolveConfig } from '../../src/compiler/config/resolve.ts'
import type { TalkshelfConfig } from '../../src/compiler/config/schema.ts'
import { coverageTable } from '../../src/compiler/coverage.ts'
import { publicExport } from '../../src/compiler/exports.ts'
import { siteSettingsFromEnv } from '../../src/data/site-settings.ts'
import { calendarOf } from '../../src/prerender/calendar.ts'
import { feedOf } from '../../src/prerender/feed.ts'
import { brief, REPO_ROOT, workspace, type Workspace } from './helpers.ts'

let ws: Workspace
afterEach(() => ws?.remove())

const yaml = (lines: string[], body = '') => ['---', ...lines, '---', body].join('\n')

/** Compiles a site written into a workspace, with a config given inline. */
function compileSite(files: Record<string, string>, config: TalkshelfConfig = {}): CompileResult & { coverage: string[] } {
  ws = workspace(files)
  const resolved = resolveConfig(config, { root: ws.root, env: { TALKSHELF_SITE: ws.root } })
  const options = { config: resolved, includeDrafts: false, root: ws.root, cache: new FileCache() }
  const result = compileCollection(options)
  return { ...result, coverage: coverageTable(result.files.map((f) => compileTalkFile(f, options))) }
}

const at = (r: CompileResult, file: string) => brief(r.diagnostics.filter((d) => d.file === file))

describe('a site in DataONE’s shape', () => {
  const SITE = {
    'content/webinars/_index.md': yaml(['title: Webinars']),
    'content/webinars/enabling-fair-data.md': yaml([
      'date: 2020-05-01T21:25:10.000+00:00',
      'duration: 60',
      "title: 'Enabling FAIR Data'",
      'event_datetime: 2017-09-12T09:00:00-07:00',
      'vimeoID: 233535373',
      'slides: "/uploads/stall_fair.pdf"',
      "registration_link: ''",
      'short_abstract: Open data, in short.',
      'abstract: Open, accessible and **high-quality** data.',
      'speakers:',
      '- people/Shelley-Stall.md',
      '- people/amber-budden.md',
      'image: "/uploads/cover.jpg"',
      'status: past',
    ]),
    'content/people/Shelley-Stall.md': yaml([
      'avatar: "/uploads/ShelleyStall.jpg"',
      'fullname: Shelley Stall',
      'role: Director',
      'organization: AGU',
      "shortbio: 'Shelley leads AGU’s data programs and has two decades",
      "of experience in data management.'",
      'email: shelley@example.org',
    ]),
    'content/people/!template.md': yaml(['fullname: "Placeholder Smith"', 'email: "happy@nomail.org"']),
    'static/uploads/stall_fair.pdf': '%PDF-1.4',
    'static/uploads/ShelleyStall.jpg': 'jpg',
  }

  it('reads the date, time and zone from event_datetime, the end from the duration, the Vimeo id, the local slides', () => {
    const r = compileSite(SITE, { ignore: ['status'] })
    const [t] = r.index.talks
    expect(t).toMatchObject({
      title: 'Enabling FAIR Data',
      date: '2017-09-12',
      timeSlot: { start: '09:00', end: '10:00', zone: 'UTC-07:00' },
      video: { kind: 'vimeo', id: '233535373' },
      slides: [{ kind: 'pdf', url: '/uploads/stall_fair.pdf' }],
      summary: 'Open data, in short.',
    })
    expect(r.bodies.get(t!.slug)).toBe('<p>Open, accessible and <strong>high-quality</strong> data.</p>')
    // The cover is not in static/ and the config names no live site: a warning, and no image.
    expect(at(r, 'content/webinars/enabling-fair-data.md')).toEqual(['11:1 warning speaker-not-found', '14:1 warning missing-image'])
    expect(t!.previewImage).toBeUndefined()
  })

  it('joins speaker paths to speaker files, keeps an unknown one by name, and reads Hugo’s lenient YAML', () => {
    const r = compileSite(SITE, { ignore: ['status'] })
    expect(r.index.speakers.map((s) => [s.slug, s.name, s.role, s.org, s.image])).toEqual([
      ['amber-budden', 'Amber Budden', undefined, undefined, undefined],
      ['shelley-stall', 'Shelley Stall', 'Director', 'AGU', '/uploads/ShelleyStall.jpg'],
    ])
    expect(r.index.speakers[1]!.bio).toBe('Shelley leads AGU’s data programs and has two decades of experience in data management.')
    expect(brief(r.diagnostics.filter((d) => d.file === 'content/people/Shelley-Stall.md'))).toEqual(['6:1 warning lenient-yaml'])
  })

  it('never publishes a speaker file’s other fields (an e-mail address) in talks.json, the feed or calendars', () => {
    const r = compileSite(SITE)
    const site = siteSettingsFromEnv({})
    for (const out of [JSON.stringify(publicExport(r.index)), feedOf(r.index, site), calendarOf(r.index.talks, r.index, site), JSON.stringify(r.index)]) {
      expect(out).not.toContain('shelley@example.org')
      expect(out).not.toContain('happy@nomail.org')
    }
  })

  it('links site paths missing from static/ to the live site when baseUrl is set', () => {
    const r = compileSite(SITE, { baseUrl: 'https://dataone.example.org/' })
    expect(r.index.talks[0]!.previewImage).toBe('https://dataone.example.org/uploads/cover.jpg')
    expect(r.index.talks[0]!.slides).toEqual([{ kind: 'pdf', url: '/uploads/stall_fair.pdf' }])
  })

  it('ends npm run check with a coverage table that says where each field came from', () => {
    const r = compileSite(SITE)
    expect(r.coverage.join('\n')).toMatch(/date +1\/1 +from event_datetime 1/)
    expect(r.coverage.join('\n')).toMatch(/video +1\/1 +from vimeoid 1/)
    expect(r.coverage.join('\n')).toMatch(/speakers +1\/1 +from speakers 1/)
    expect(r.coverage.join('\n')).toContain('2 speaker references in front matter, 1 joined to a speaker file')
  })

  it('reports an unknown key once for the whole collection, with how many files have it', () => {
    const second = SITE['content/webinars/enabling-fair-data.md'].replace("title: 'Enabling FAIR Data'", "title: 'Second'").replace('2017-09-12', '2017-10-12')
    const r = compileSite({ ...SITE, 'content/webinars/second.md': second })
    const unknown = r.diagnostics.filter((d) => d.code === 'unknown-key')
    expect(unknown.map((d) => d.message)).toEqual([expect.stringMatching(/^Unknown front-matter key "status" \(in 2 files; this is the first\)/)])
    expect(compileSite(SITE, { ignore: ['status'] }).diagnostics.filter((d) => d.code === 'unknown-key')).toEqual([])
  })
})

describe('a site in OSA Con’s shape', () => {
  const session = (title: string, speakers: string[], more: string[] = []) =>
    yaml([`title: "${title}"`, 'speakers:', ...speakers.map((s) => ` - ${s}`), 'time_start: 2023-12-13T09:10:00-04:00', 'time_end: 2023-12-13T09:40:00-04:00', 'timeslot: 3', ...more], `About ${title}.`)
  const SITE = {
    'content/sessions/_index.md': yaml(['title: Sessions archive']),
    'content/sessions/2023/_index.md': yaml(['title: 2023 sessions', 'time_start: 2023-09-19T09:00:00.000Z']),
    'content/sessions/2023/duckdb.md': session('An overview of DuckDB', ['Gabor Szarnyas', 'Nobody Known'], ['slides: 2023/DuckDB.pdf', 'video: https://youtu.be/abcdefghijk', 'topics:', ' - Databases']),
    'content/sessions/2023/keynote.md': session('Keynote 2023', ['Abby T Miller']),
    'content/sessions/2024/keynote.md': session('Keynote 2024', ['Abby T Miller']),
    'content/sessions/2024/draft.md': session('A draft', ['Abby T Miller'], ['draft: true']),
    'content/speakers/_index.md': yaml(['title: Speakers']),
    'content/speakers/gabor-szarnyas/_index.md': yaml(['title: "Gabor Szarnyas"', 'designation: "Developer Relations, DuckDB Labs"', 'images:', ' - images/speakers/gabor.jpg', 'linkedin: https://www.linkedin.com/in/szarnyasg'], 'Gabor works on DuckDB.'),
    'content/speakers/abby-t-miller/_index.md': yaml(['title: "Abby T. Miller"', 'designation: Engineer']),
    'static/slides/2023/DuckDB.pdf': '%PDF',
    'static/images/speakers/gabor.jpg': 'jpg',
  }
  const CONFIG: TalkshelfConfig = { fields: { slides: [{ key: 'slides', base: '/slides/' }], timeSlot: [] }, ignore: ['timeslot'] }

  it('reads time_start and time_end, slides against their base, and leaves drafts and section pages out', () => {
    const r = compileSite(SITE, CONFIG)
    expect(r.index.talks.map((t) => t.slug).sort()).toEqual(['2023-keynote', '2024-keynote', 'duckdb'])
    const duck = r.index.talks.find((t) => t.slug === 'duckdb')!
    expect(duck).toMatchObject({ date: '2023-12-13', timeSlot: { start: '09:10', end: '09:40', zone: 'UTC-04:00' }, tags: ['Databases'], slides: [{ kind: 'pdf', url: '/slides/2023/DuckDB.pdf' }] })
    expect(duck.video).toMatchObject({ kind: 'youtube', id: 'abcdefghijk' })
  })

  it('joins speakers by name to speaker folders, however the name is punctuated, and maps their fields', () => {
    const r = compileSite(SITE, CONFIG)
    const gabor = r.index.speakers.find((s) => s.slug === 'gabor-szarnyas')!
    expect(gabor).toMatchObject({ name: 'Gabor Szarnyas', role: 'Developer Relations, DuckDB Labs', image: '/images/speakers/gabor.jpg', links: { linkedin: 'https://www.linkedin.com/in/szarnyasg' } })
    expect(gabor.bioHtml).toBe('<p>Gabor works on DuckDB.</p>')
    // "Abby T Miller" in the talks is the file written "Abby T. Miller": one person, as Hugo's taxonomy slug has it.
    expect(r.index.speakers.filter((s) => s.name.startsWith('Abby'))).toHaveLength(1)
    expect(at(r, 'content/sessions/2023/duckdb.md')).toEqual(['3:1 warning speaker-not-found'])
  })

  it('publishes every talk with no config at all: the grid position in timeslot is passed over quietly', () => {
    const r = compileSite(SITE)
    expect(r.index.talks.map((t) => t.slug).sort()).toEqual(['2023-keynote', '2024-keynote', 'duckdb'])
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(at(r, 'content/sessions/2023/keynote.md')).toEqual([])
    expect(r.index.talks.find((t) => t.slug === 'duckdb')!.timeSlot).toMatchObject({ start: '09:10', end: '09:40' })
  })

  it('gives files of one name in two folders slugs of their own', () => {
    const r = compileSite(SITE, CONFIG)
    expect(r.index.talks.filter((t) => t.title.startsWith('Keynote')).map((t) => t.slug).sort()).toEqual(['2023-keynote', '2024-keynote'])
    expect(r.diagnostics.filter((d) => d.code === 'duplicate-slug')).toEqual([])
  })
})

describe('a site in Hugo Academic / Wowchemy’s shape, with no config', () => {
  const SITE = {
    'content/talk/_index.md': yaml(['title: Talks']),
    'content/talk/graph-queries/index.md': yaml([
      'title: Graph queries at scale',
      'event: GraphConf 2022',
      'event_url: https://graphconf.example.org',
      'location: Berlin',
      'summary: How we made graph queries fast.',
      "abstract: 'We rewrote the planner.'",
      'date: "2022-06-01T13:00:00Z"',
      'date_end: "2022-06-01T13:45:00Z"',
      'all_day: false',
      'publishDate: "2022-05-01T00:00:00Z"',
      'authors: [admin, ada-lovelace]',
      'tags: [Graphs]',
      'featured: false',
      'image:',
      '  caption: ""',
      '  focal_point: Right',
      'url_slides: "www.speakerdeck.com/ada/graph-queries"',
      'url_pdf: ""',
      'url_video: "https://youtu.be/abcdefghijk"',
      'slides: example',
    ], 'More about it.'),
    'content/talk/repeated/index.md': yaml(['title: Repeated', 'date: 2022-07-01', "abstract: 'Said once.'"], 'Said once.\n\nAnd more.'),
    'content/talk/graph-queries/featured.jpg': 'jpg',
    'content/authors/admin/_index.md': yaml(['title: Grace Hopper', 'role: Professor', 'organizations:', '  - name: Navy'], 'Grace wrote compilers.'),
    'content/authors/admin/avatar.jpg': 'jpg',
    'content/authors/ada-lovelace/_index.md': yaml(['title: Ada Lovelace']),
  }

  it('finds content/talk, reads url_video and url_slides, authors as speakers, and the bundle’s featured image', () => {
    const r = compileSite(SITE)
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const t = r.index.talks.find((x) => x.slug === 'graph-queries')
    // A body that opens with the abstract does not show it twice.
    expect(r.bodies.get('repeated')).toBe('<p>Said once.</p>\n<p>And more.</p>')
    expect(t).toMatchObject({ slug: 'graph-queries', date: '2022-06-01', timeSlot: { start: '13:00', end: '13:45' }, tags: ['Graphs'], previewImage: '/talk/graph-queries/featured.jpg' })
    expect(t!.video).toMatchObject({ kind: 'youtube', id: 'abcdefghijk' })
    expect(t!.slides.map((s) => s.url)).toEqual(['https://www.speakerdeck.com/ada/graph-queries'])
    expect(r.index.speakers.map((s) => s.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper'])
    // The abstract first, then the body, as the theme shows them.
    expect(r.bodies.get('graph-queries')).toMatch(/^<p>We rewrote the planner\.<\/p>\n<p>More about it\.<\/p>$/)
    // The author's photo beside her file, her organisation from Wowchemy's list of tables.
    expect(r.index.speakers.find((s) => s.name === 'Grace Hopper')).toMatchObject({ image: '/authors/admin/avatar.jpg', role: 'Professor', org: 'Navy' })
    // The slides page Wowchemy names ("example") links nothing: left out with a warning, never an error;
    // the theme's own keys (all_day) are quiet, a fact the archive does not show (location) is not.
    expect(at(r, 'content/talk/graph-queries/index.md')).toEqual(['5:1 warning unknown-key', '18:1 warning repaired-url', '21:1 warning ignored-value'])
  })

  it('joins authors when content/people is only a page, reads a mention shortcode as its name, and shows a summary as the theme renders it', () => {
    const r = compileSite({
      'content/people/index.md': yaml(['title: People', 'type: landing']),
      'content/talk/evaluation/index.md': yaml([
        'title: New dimensions of evaluation',
        'date: 2025-02-20',
        `speaker: '{{% mention "Enrique Amigo" %}}'`,
        'summary: "Enrique Amig&oacute; explores **harmful content** &amp; more."',
        'authors: [Enrique Amigo, admin]',
      ]),
      'content/authors/Enrique Amigo/_index.md': yaml(['title: Enrique Amigó', 'role: Associate Professor']),
      'content/authors/admin/_index.md': yaml(['title: Chenglong Ma']),
    })
    const t = r.index.talks[0]!
    // One person, named twice (the shortcode and the author list), joined to the author folder.
    expect(t.speakers).toEqual(['enrique-amigo', 'chenglong-ma'])
    expect(r.index.speakers.find((s) => s.slug === 'enrique-amigo')).toMatchObject({ name: 'Enrique Amigó', role: 'Associate Professor' })
    expect(t.summary).toBe('Enrique Amigó explores harmful content & more.')
    expect(r.diagnostics.filter((d) => d.code === 'speaker-not-found')).toEqual([])
  })
})

describe('an event site in DevOpsDays’ shape, with no config', () => {
  const toml = (lines: string[], body = '') => ['+++', ...lines, '+++', body].join('\n')
  const speaker = (name: string, slug: string) => toml([`Title = "${name}"`, 'type = "speaker"', `twitter = "${slug}"`, `image = "${slug}.jpg"`], `${name} works on things.`)
  const SITE = {
    'content/events/2019-chicago/welcome.md': toml(['Title = "devopsdays Chicago 2019"', 'Type = "welcome"'], 'Welcome!'),
    'content/events/2019-chicago/location.md': toml(['Title = "Location"', 'Type = "event"'], 'The venue.'),
    'content/events/2019-chicago/program/_index.md': toml(['Title = "Program"']),
    'content/events/2019-chicago/program/jane-doe.md': toml([
      'Talk_date = ""',
      'Talk_start_time = ""',
      'Title = "Observability for Humans"',
      'Type = "talk"',
      'Speakers = ["jane-doe", "john-smith"]',
      'youtube = "https://www.youtube.com/watch?v=abcdefghijk"',
      'vimeo = ""',
      'speakerdeck = "https://speakerdeck.com/jane/observability"',
      'googleslides = ""',
      'pdf = ""',
    ], 'We talk about **tracing**.'),
    'content/events/2019-chicago/program/pagers.md': toml(['Title = "Ignite: Pager Fatigue"', 'Type = "talk"', 'Speakers = ["bob"]', 'vimeo = "345678901"'], 'Pagers.'),
    'content/events/2019-chicago/program/closing.md': toml(['Title = "Closing"', 'Type = "talk"'], 'Goodbye.'),
    'content/events/2019-chicago/speakers/jane-doe.md': speaker('Jane Doe', 'jane-doe'),
    'content/events/2019-chicago/speakers/john-smith.md': speaker('John Smith', 'john-smith'),
    'content/events/2019-chicago/speakers/bob.md': speaker('Bob Jones', 'bob'),
    'content/events/2020-austin/program/keynote.md': toml(['Title = "Keynote"', 'Type = "talk"', 'Talk_date = "2020-05-04"', 'Talk_start_time = "9:30 AM"', 'Talk_end_time = "10:15 AM"', 'Speakers = ["bob"]']),
    'content/events/2020-austin/speakers/bob.md': speaker('Bob Jones', 'bob-2020'),
    'static/events/2019-chicago/speakers/jane-doe.jpg': 'jpg',
    'static/events/2020-austin/speakers/bob-2020.jpg': 'jpg',
    'data/events/2019-chicago.yml': [
      'name: "2019-chicago"',
      'startdate: 2019-08-27T00:00:00-05:00',
      'program:',
      '  - title: "Registration"',
      '    type: custom',
      '    date: 2019-08-27',
      '    start_time: "08:00"',
      '  - title: "jane-doe"',
      '    type: talk',
      '    date: 2019-08-27',
      '    start_time: "10:00"',
      '    end_time: "10:30"',
      'days:',
      '  - date: 2019-08-28',
      '    sessions:',
      '      - { title: "Ignite: Pager Fatigue", time: "14:00 - 14:05" }',
    ].join('\n'),
  }

  it('publishes the talks with their dates from the event’s data file, speakers from the event’s folder, and no other page', () => {
    const r = compileSite(SITE)
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const bySlug = Object.fromEntries(r.index.talks.map((t) => [t.slug, t]))
    expect(Object.keys(bySlug).sort()).toEqual(['closing', 'jane-doe', 'keynote', 'pagers'])
    // Listed by file name, listed by title under a day, not listed (the event's start date), its own keys.
    expect(bySlug['jane-doe']).toMatchObject({ date: '2019-08-27', timeSlot: { start: '10:00', end: '10:30' } })
    expect(bySlug['pagers']).toMatchObject({ date: '2019-08-28', timeSlot: { start: '14:00', end: '14:05' } })
    expect(bySlug['closing']).toMatchObject({ date: '2019-08-27' })
    expect(bySlug['closing']!.timeSlot).toBeUndefined()
    expect(bySlug['keynote']).toMatchObject({ date: '2020-05-04', timeSlot: { start: '09:30', end: '10:15' } })
    expect(bySlug['jane-doe']!.slides.map((s) => s.url)).toEqual(['https://speakerdeck.com/jane/observability'])
    expect(bySlug['pagers']!.video).toMatchObject({ kind: 'vimeo', id: '345678901' })
    // Each talk's "bob" is its own event's, with the photo kept beside that event's pages in static/.
    const names = (slug: string) => bySlug[slug]!.speakers.map((id) => r.index.speakers.find((s) => s.slug === id)?.name)
    expect(names('jane-doe')).toEqual(['Jane Doe', 'John Smith'])
    expect(r.index.speakers.find((s) => s.name === 'Jane Doe')).toMatchObject({ image: '/events/2019-chicago/speakers/jane-doe.jpg' })
    expect(r.index.speakers.find((s) => s.name === 'Bob Jones')).toMatchObject({ image: '/events/2020-austin/speakers/bob-2020.jpg' })
    expect(r.coverage.join('\n')).toMatch(/date +4\/4 +from \(data\/events\/2019-chicago\.yml\) 3, talk_date 1/)
  })

  it('still fails a talk with no date anywhere, and a dated page of another type stays a talk', () => {
    const r = compileSite({
      'content/events/x/a.md': toml(['Title = "A"', 'Type = "talk"']),
      'content/events/x/b.md': toml(['Title = "B"', 'Type = "event"', 'date = 2024-01-02']),
      'content/events/x/c.md': toml(['Title = "C"']),
    })
    expect(r.index.talks.map((t) => t.title)).toEqual(['B'])
    expect(brief(r.diagnostics)).toEqual(['1:1 error missing-date', '1:1 error missing-date'])
  })

  it('a data file that does not parse is a located error', () => {
    const r = compileSite({ 'content/events/x/a.md': toml(['Title = "A"']), 'data/events/x.yml': 'program: [1, 2\nb: 3\n' })
    expect(r.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`).sort()).toEqual(['content/events/x/a.md:1 missing-date', 'data/events/x.yml:2 data-file'])
  })
})

describe('Hugo’s reading of a content folder', () => {
  const talk = (title: string, more: string[] = []) => yaml([`title: ${title}`, 'date: 2024-01-02', ...more], 'Body.')

  it('links a file of a page bundle that a link names by its file name', () => {
    const r = compileSite({
      'content/talks/2024-call/index.md': yaml(['title: Call', 'date: 2024-01-02', 'resources:', '  - url: example-package.zip', '    name: Example package']),
      'content/talks/2024-call/example-package.zip': 'zip',
    })
    expect(r.diagnostics).toEqual([])
    expect(r.index.talks[0]!.buttons).toEqual([{ label: 'Example package', url: '/talks/2024-call/example-package.zip' }])
  })

  it('passes over a candidate talk folder that holds only its section page, for the next that holds talks', () => {
    const r = compileSite({ 'content/talks/_index.md': talk('Talks, listed from a data file'), 'content/events/2024-01-02-meetup.md': talk('Meetup') })
    expect(r.index.talks.map((t) => t.title)).toEqual(['Meetup'])
    // With no folder holding talks, the first that exists is still the one named (and checked).
    const none = compileSite({ 'content/talks/_index.md': talk('Talks'), 'content/events/_index.md': talk('Events') })
    expect(resolveConfig({}, { root: ws.root, env: { TALKSHELF_SITE: ws.root } }).contentDir).toBe(`${ws.root}/content/talks`)
    expect(none.index.talks).toEqual([])
  })

  it('skips only _index pages, reads bundles and _-prefixed pages, and one language of a translated page', () => {
    const r = compileSite(
      {
        'content/talks/_index.md': talk('Section'),
        'content/talks/_index.fr.md': talk('Section FR'),
        'content/talks/_intro.md': talk('Underscored'),
        'content/talks/bundle/index.md': talk('Bundle'),
        'content/talks/paper.md': talk('Paper'),
        'content/talks/paper.fr.md': talk('Papier'),
        'content/talks/solo.es.md': talk('Solo'),
      },
      { language: 'en' },
    )
    expect(r.index.talks.map((t) => t.title).sort()).toEqual(['Bundle', 'Paper', 'Solo', 'Underscored'])
    expect(compileSite({ 'content/talks/paper.md': talk('Paper'), 'content/talks/paper.fr.md': talk('Papier') }, { language: 'fr' }).index.talks.map((t) => t.title)).toEqual(['Papier'])
  })

  it('links Hugo’s ref and relref to the talk and speaker pages they name, and a page it does not publish to nothing', () => {
    const r = compileSite({
      'content/talks/first.md': yaml(['title: First', 'date: 2024-01-02'], 'See [the second]({{< ref "second.md" >}}), [again]({{< relref "/talks/second" >}}), [Ada]({{< ref "/speakers/ada" >}}) and [home]({{< ref "/_index.md" >}}).'),
      'content/talks/second.md': yaml(['title: Second', 'date: 2024-02-02', 'slug: the-second', 'speakers: [ada]']),
      'content/speakers/ada.md': yaml(['title: Ada Lovelace']),
      'content/_index.md': yaml(['title: Home']),
    })
    expect(r.bodies.get('first')).toBe('<p>See <a href="/talks/the-second">the second</a>, <a href="/talks/the-second">again</a>, <a href="/speakers/ada-lovelace">Ada</a> and <a>home</a>.</p>')
    expect(at(r, 'content/talks/first.md')).toEqual(['5:131 warning unresolved-ref'])
    expect(r.index.speakers.map((s) => s.slug)).toEqual(['ada-lovelace'])
  })

  it('reads several speakers written in one text, each joined to its file', () => {
    const r = compileSite({
      'content/talks/a.md': yaml(['title: A', 'date: 2024-01-02', 'speakers: "Jane Doe, John Smith and Ada Lovelace"']),
      'content/speakers/ada.md': yaml(['title: Ada Lovelace', 'role: Countess']),
    })
    expect(r.index.talks[0]!.speakers).toEqual(['jane-doe', 'john-smith', 'ada-lovelace'])
    expect(r.index.speakers.find((s) => s.slug === 'ada-lovelace')).toMatchObject({ role: 'Countess' })
    expect(at(r, 'content/talks/a.md')).toEqual(['4:1 warning speaker-not-found', '4:1 warning speaker-not-found'])
  })

  it('reads a list’s items as one speaker each, "Name (Org)" and "Name, Role" as the same person as the plain name', () => {
    const r = compileSite({
      'content/talks/a.md': yaml(['title: A', 'date: 2024-01-02', 'speakers: ["Jane Doe (Google)", "Bob Smith, Red Hat", "Martin Luther King, Jr."]']),
      'content/talks/b.md': yaml(['title: B', 'date: 2024-01-03', 'speakers: [Jane Doe, Bob Smith]']),
    })
    expect(r.index.talks.map((t) => t.speakers)).toEqual([['jane-doe', 'bob-smith'], ['jane-doe', 'bob-smith', 'martin-luther-king-jr']])
    expect(r.index.speakers.map((s) => [s.name, s.role, s.org])).toEqual([
      ['Bob Smith', 'Red Hat', undefined],
      ['Jane Doe', undefined, 'Google'],
      ['Martin Luther King, Jr.', undefined, undefined],
    ])
  })

  it('treats "", null and [] as absent, never a type error', () => {
    const r = compileSite({ 'content/talks/a.md': yaml(['title: A', 'date: 2024-01-02', 'description:', 'tags: []', "slides: ''", 'video: null', 'speakers: []']) })
    expect(r.diagnostics).toEqual([])
    expect(r.index.talks[0]).toMatchObject({ tags: [], slides: [] })
  })
})

describe('the transform hook and data files', () => {
  const FILES = {
    'content/talks/a.md': yaml(['title: A', 'slot: s1'], 'A.'),
    'content/talks/b.md': yaml(['title: B', 'slot: s2'], 'B.'),
    'data/schedule.yml': 's1: { date: 2024-05-01, start: "10:00" }\ns2: { date: 2024-05-02, start: "11:00" }\n',
    'data/broken.yml': 'a: [1, 2\nb: 3\n',
  }
  type Schedule = Record<string, { date: string; start: string }>

  it('completes talks from a data file (dates that live in data/schedule.yml)', () => {
    const r = compileSite(FILES, {
      ignore: ['slot'],
      transform: (talk, { frontMatter, readData }) => {
        const slot = (readData('schedule.yml') as Schedule)[frontMatter.slot as string]!
        return { ...talk, date: slot.date, start: slot.start }
      },
    })
    expect(r.diagnostics).toEqual([])
    expect(r.index.talks.map((t) => [t.title, t.date, t.timeSlot?.start])).toEqual([
      ['B', '2024-05-02', '11:00'],
      ['A', '2024-05-01', '10:00'],
    ])
  })

  it('a transform that throws is a located error for that talk only; null leaves a talk out', () => {
    const r = compileSite(FILES, {
      ignore: ['slot'],
      transform: (talk) => {
        if (talk.title === 'A') throw new Error('no slot for A')
        return talk.title === 'B' ? null : talk
      },
    })
    expect(brief(r.diagnostics)).toEqual(['1:1 error transform-failed'])
    expect(r.diagnostics[0]).toMatchObject({ file: 'content/talks/a.md', message: expect.stringContaining('no slot for A') })
    expect(r.index.talks).toEqual([])
  })

  it('a transform that returns the wrong shape is a located error naming what is wrong', () => {
    const r = compileSite(FILES, { ignore: ['slot'], transform: (talk) => ({ ...talk, date: '2024-01-01', tags: 'one' }) as never })
    expect(r.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['content/talks/a.md transform-shape', 'content/talks/b.md transform-shape'])
    expect(r.diagnostics[0]!.message).toContain('tags')
  })

  it('a data file that does not parse is one error at its own line, whoever reads it', () => {
    const r = compileSite(FILES, { ignore: ['slot'], transform: (talk, { readData }) => (readData('broken.yml'), talk) })
    expect(r.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['data/broken.yml:2 data-file'])
  })

  it('readData refuses paths out of the data folder', () => {
    const r = compileSite(FILES, { ignore: ['slot'], transform: (talk, { readData }) => (readData('../content/talks/a.md'), talk) })
    expect(r.diagnostics.map((d) => d.code)).toEqual(['data-file'])
    expect(r.diagnostics[0]!.message).toContain('outside the data folder')
  })
})

describe('a multilingual site with a content folder per language', () => {
  it('finds content/<language>/talks and its speakers, in the configured language (en by default)', () => {
    const files = {
      'content/en/talks/a.md': yaml(['title: A talk', 'date: 2024-01-02', 'speakers: [Ada Lovelace]']),
      'content/en/speakers/ada-lovelace/_index.md': yaml(['title: Ada Lovelace', 'role: Analyst']),
      'content/fr/talks/a.md': yaml(['title: Un exposé', 'date: 2024-01-02']),
    }
    const en = compileSite(files)
    expect(en.index.talks.map((t) => t.title)).toEqual(['A talk'])
    expect(en.index.speakers).toEqual([expect.objectContaining({ name: 'Ada Lovelace', role: 'Analyst' })])
    expect(compileSite(files, { language: 'fr' }).index.talks.map((t) => t.title)).toEqual(['Un exposé'])
  })
})

describe('speakers kept in data files, as conference themes keep them', () => {
  it('joins talks to data/speakers.yml entries (a list or a map by id) and data/speakers/<id>.yml files, by id or name', () => {
    const r = compileSite({
      'content/talks/a.md': yaml(['title: A', 'date: 2024-01-02', 'speakers: [jdoe, Ada Lovelace, grace]']),
      'content/talks/b.md': yaml(['title: B', 'date: 2024-01-03', 'speakers: [Alan Turing, alan, Edsger Dijkstra]']),
      'data/speakers.yml': ['- id: jdoe', '  name: Jane Doe', '  company: Acme', '  email: jane@private.example', '  photo: /img/missing.jpg', '- name: Ada Lovelace', '  bio: "Wrote the **first** program."'].join('\n'),
      'data/people.toml': ['[alan]', 'name = "Alan Turing"', 'twitter = "alan"', '[[2019]]', 'name = "Edsger Dijkstra"'].join('\n'),
      'data/speakers/grace.yml': ['name: Grace Hopper', 'role: Rear Admiral'].join('\n'),
    })
    expect(r.index.talks.find((t) => t.slug === 'a')!.speakers).toEqual(['jane-doe', 'ada-lovelace', 'grace-hopper'])
    expect(r.index.speakers.map((s) => [s.slug, s.name, s.role, s.org, s.bioHtml])).toEqual([
      ['ada-lovelace', 'Ada Lovelace', undefined, undefined, '<p>Wrote the <strong>first</strong> program.</p>'],
      ['alan-turing', 'Alan Turing', undefined, undefined, undefined],
      ['edsger-dijkstra', 'Edsger Dijkstra', undefined, undefined, undefined],
      ['grace-hopper', 'Grace Hopper', 'Rear Admiral', undefined, undefined],
      ['jane-doe', 'Jane Doe', undefined, 'Acme', undefined],
    ])
    expect(r.index.speakers.find((s) => s.slug === 'alan-turing')!.links).toEqual({ twitter: 'https://x.com/alan' })
    expect(JSON.stringify(r.index)).not.toContain('jane@private.example')
    expect(brief(r.diagnostics)).toEqual(['1:1 warning missing-image'])
    expect(r.diagnostics[0]!.file).toBe('data/speakers.yml')
  })

  it('prefers a speaker page to a data entry of the same name, and reports a data file that does not parse', () => {
    const r = compileSite({
      'content/talks/a.md': yaml(['title: A', 'date: 2024-01-02', 'speakers: [Ada Lovelace]']),
      'content/speakers/ada-lovelace.md': yaml(['title: Ada Lovelace', 'role: From the page']),
      'data/speakers.yml': ['- name: Ada Lovelace', '  role: From the data'].join('\n'),
      'data/authors.json': '{ "x": ',
    })
    expect(r.index.speakers.map((s) => s.role)).toEqual(['From the page'])
    expect(brief(r.diagnostics)).toEqual(['1:1 error data-file'])
    expect(r.diagnostics[0]!.file).toBe('data/authors.json')
  })
})

describe('a site in a GDG DevFest’s shape (hugo-devfest), with no config', () => {
  it('dates talks from a schedule of named slots, reads videoId, presentation, photoURL and a socials list', () => {
    const r = compileSite({
      'content/sessions/rise.md': yaml(['key: the_rise_of_the_web', 'title: The rise (of the web)', 'speakers: [loic_ortola]', 'videoId: dQw4w9WgXcQ', 'presentation: https://docs.google.com/presentation/d/1C2MGwFFdAUrry6E/edit', 'draft: false'], 'Abstract.'),
      'content/speakers/loic_ortola.md': yaml(['key: loic_ortola', 'name: Loïc Ortola', 'company: Onepoint', 'photoURL: /images/speakers/loic.jpg', 'socials:', '  - icon: twitter', '    link: https://twitter.com/loicortola', '  - icon: github', '    link: https://github.com/loicortola']),
      'static/images/speakers/loic.jpg': 'jpg',
      'data/schedule.yml': ["- day: '2019-10-03'", "  start: '08:00'", '  rooms:', '    - room: room1', '      slots:', '        - slot: slot-1', '          talk: the_rise_of_the_web'].join('\n'),
      'data/slots.yml': ['- key: open', "  start: '08:00'", '  duration: 60', '- key: slot-1', "  start: '10:00'", '  duration: 40'].join('\n'),
    })
    expect(r.diagnostics).toEqual([])
    expect(r.index.talks[0]).toMatchObject({
      date: '2019-10-03',
      timeSlot: { start: '10:00', end: '10:40' },
      video: { kind: 'youtube', id: 'dQw4w9WgXcQ' },
      slides: [{ kind: 'gslides' }],
      speakers: ['loic-ortola'],
    })
    expect(r.index.speakers[0]).toMatchObject({ name: 'Loïc Ortola', org: 'Onepoint', image: '/images/speakers/loic.jpg', links: { twitter: 'https://twitter.com/loicortola', github: 'https://github.com/loicortola' } })
    expect(r.coverage.join('\n')).toMatch(/date +1\/1 +from \(data\/schedule\.yml\) 1/)
  })

  it('leaves out the schedule’s breaks (format: pause, a break tag) and pages it does not list, and reads speakers written inline (speakers_info)', () => {
    const r = compileSite({
      'content/sessions/chaff.md': yaml(['key: chaff', 'title: Go chaff', 'format: talk', 'speakers_info:', '  - name: Ryan Lee', '    company: Bluetel', '    photoURL: /images/ryan.jpeg'], 'Fakers.'),
      'content/sessions/lunch.md': yaml(['key: lunch', 'title: Lunch', 'format: pause', 'duration: 50'], 'Lunch break.'),
      'content/sessions/__coffee.md': yaml(["title: 'Coffee & snacks'", 'format:', 'tags: [break]']),
      // A session kind in another language is a talk's; only a break's kind says anything.
      'content/sessions/atelier.md': yaml(['title: Atelier Kotlin', 'format: Atelier'], 'On code.'),
      // A talk about networking, its speaker in the body: a talk, not a break.
      'content/sessions/cni.md': yaml(['title: CNI deep dive', 'tags: [networking, social]'], '{{< speaker name="Bo" >}}Bo.{{< /speaker >}}'),
      // Left from last year's event: no date, and this year's schedule does not list it. (The
      // schedule gives `rooms` twice, the first empty: read as Hugo reads it, the last wins.)
      'content/sessions/old-keynote.md': yaml(['title: Last year’s keynote', 'speakers_info: [{ name: Ada }]']),
      'static/images/ryan.jpeg': 'jpg',
      'data/schedule.yml': ["- day: '2025-12-11'", '  rooms:', '  rooms:', '    - room: main', '      slots:', '        - slot: a', '          talk: chaff', '        - slot: b', '          talk: lunch', '        - slot: c', '          talk: __coffee', '        - slot: d', '          talk: cni', '        - slot: e', '          talk: atelier'].join('\n'),
    })
    expect(brief(r.diagnostics)).toEqual(['1:1 warning unscheduled'])
    expect(r.diagnostics[0]).toMatchObject({ file: 'content/sessions/old-keynote.md', message: expect.stringContaining('data/schedule.yml') })
    expect(r.index.talks.map((t) => t.slug).sort()).toEqual(['atelier', 'chaff', 'cni'])
    expect(r.index.speakers.find((s) => s.name === 'Ryan Lee')).toMatchObject({ org: 'Bluetel', image: '/images/ryan.jpeg', talks: ['chaff'] })
  })
})


describe('a curated archive of other people’s talks (one `link` to watch each), with no config', () => {
  it('watches a talk at its link, repairs a link a CMS escaped, and does not take the file’s stamp for a time', () => {
    const r = compileSite({
      'content/talks/boundaries/index.md': yaml(['title: Boundaries', 'date: 2021-02-02T12:04:22.159Z', 'speakers: [Gary Bernhardt]', 'link: https://www.destroyallsoftware.com/talks/boundaries']),
      'content/talks/escaped/index.md': yaml(['title: Escaped', 'date: 2021-01-14T10:55:15Z', 'link: https://www.youtube.com/watch&#92;?v&#92;=EVMPZe4V-ww']),
      'content/talks/both/index.md': yaml(['title: Both', 'date: 2021-01-15T18:30:00Z', 'youtube: OMPfEXIlTVE', 'link: https://example.org/elsewhere']),
    })
    expect(r.diagnostics).toEqual([])
    const talk = (slug: string) => r.index.talks.find((t) => t.slug === slug)!
    expect(talk('boundaries').video).toEqual({ kind: 'external', url: 'https://www.destroyallsoftware.com/talks/boundaries' })
    expect(talk('boundaries').timeSlot).toBeUndefined()
    expect(talk('escaped').video).toMatchObject({ kind: 'youtube', id: 'EVMPZe4V-ww' })
    // The site's own video key wins over the link; a time on the minute is the talk's.
    expect(talk('both').video).toMatchObject({ kind: 'youtube', id: 'OMPfEXIlTVE' })
    expect(talk('both').timeSlot).toMatchObject({ start: '18:30' })
  })
})
describe('the Hugo site’s own config', () => {
  const TALK = { 'content/talks/a.md': yaml(['title: A talk', 'date: 2024-01-02', 'slides: /slides/a.pdf']) }

  it('names the archive (title, description, language) and links files missing from static/ at its baseURL', () => {
    const toml = ['baseURL = "https://conf.realsite.dev/"', 'title = "Real Conf"', 'languageCode = "en-GB"', '[params]', 'description = "Every talk of Real Conf"'].join('\n')
    const r = compileSite({ ...TALK, 'hugo.toml': toml })
    expect(r.index.talks[0]!.slides).toEqual([{ kind: 'pdf', url: 'https://conf.realsite.dev/slides/a.pdf' }])
    expect(r.diagnostics).toEqual([])
    const { hugo } = resolveConfig({}, { root: ws.root, env: { TALKSHELF_SITE: ws.root } })
    expect(hugo).toEqual({ file: 'hugo.toml', title: 'Real Conf', description: 'Every talk of Real Conf', lang: 'en-GB', baseUrl: 'https://conf.realsite.dev' })
    expect(siteSettingsFromEnv({}, hugo)).toMatchObject({ title: 'Real Conf', description: 'Every talk of Real Conf', lang: 'en-GB' })
    // The environment still wins.
    expect(siteSettingsFromEnv({ SITE_TITLE: 'Mine' }, hugo).title).toBe('Mine')
  })

  it('reads its taxonomies as topics, but not one another field reads (a webinar site in pmem.io’s shape)', () => {
    const toml = ['title = "PMem"', '[taxonomies]', '  tag = "tags"', '  webinar = "webinars"', '  author = "authors"'].join('\n')
    const r = compileSite({
      'config.toml': toml,
      'content/webinars/kv.md': yaml([
        'title: A key value datastore',
        "event_start_date: '2019-09-19T00:00:00Z'",
        "event_end_date: '2019-09-19T00:00:00Z'",
        "webinar_url: 'https://software.example.com/webinar-kv.html'",
        "webinar_registration: ''",
        "webinars: ['PMemKV']",
        'authors: [Ada Lovelace]',
      ]),
      'content/webinars/live.md': yaml(['title: Live', "event_start_date: '2020-03-01T16:00:00Z'", "event_end_date: '2020-03-01T17:00:00Z'"]),
    })
    expect(r.diagnostics).toEqual([])
    const kv = r.index.talks.find((t) => t.slug === 'kv')!
    expect(kv).toMatchObject({ date: '2019-09-19', tags: ['PMemKV'], speakers: ['ada-lovelace'], links: { event: 'https://software.example.com/webinar-kv.html' } })
    // Midnight to midnight is a date, not a time; a real hour is kept, with its end.
    expect(kv.timeSlot).toBeUndefined()
    expect(r.index.talks.find((t) => t.slug === 'live')!.timeSlot).toMatchObject({ start: '16:00', end: '17:00', zone: 'UTC' })
  })

  it('reads config/_default/ in YAML, and its defaultContentLanguage picks the language published', () => {
    const files = {
      'config/_default/config.yaml': ['title: Konferenz', 'defaultContentLanguage: de', 'baseURL: /'].join('\n'),
      'content/talks/a.md': yaml(['title: Ein Vortrag', 'date: 2024-01-02']),
      'content/talks/a.en.md': yaml(['title: A talk', 'date: 2024-01-02']),
    }
    const r = compileSite(files)
    expect(r.index.talks.map((t) => t.title)).toEqual(['Ein Vortrag'])
    expect(resolveConfig({}, { root: ws.root, env: { TALKSHELF_SITE: ws.root } }).hugo).toEqual({ file: 'config/_default/config.yaml', title: 'Konferenz', lang: 'de', contentLanguage: 'de' })
  })

  it('passes over a template’s placeholder address, a relative one, junk and a file that does not parse', () => {
    for (const baseURL of ['https://example.org/', 'http://www.example.com/', 'http://localhost:1313/', '/', 'javascript:alert(1)']) {
      const r = compileSite({ ...TALK, 'hugo.toml': `baseURL = "${baseURL}"\ntitle = "T"\nlanguageCode = "<script>"` })
      expect(r.index.talks[0]!.slides).toEqual([])
      expect(brief(r.diagnostics)).toEqual(['4:1 warning missing-file'])
      expect(resolveConfig({}, { root: ws.root, env: { TALKSHELF_SITE: ws.root } }).hugo).toEqual({ file: 'hugo.toml', title: 'T' })
    }
    compileSite({ ...TALK, 'hugo.toml': 'title = "unclosed' })
    expect(resolveConfig({}, { root: ws.root, env: { TALKSHELF_SITE: ws.root } }).hugo).toEqual({})
  })
})

describe('hostile configs and references', () => {
  it('a misspelt option is an error that lists the valid ones', () => {
    expect(() => checkConfig({ feilds: {} }, 'talkshelf.config.ts')).toThrow(/feilds: not an option \(valid: site, content, static, data, baseUrl, language, fields, speakers, ignore, transform, onError\)/)
    expect(() => checkConfig({ fields: { vidoe: ['v'] } })).toThrow(/fields\.vidoe: not an option \(valid: title, date, .*video/)
    expect(() => checkConfig({ speakers: { fields: { nmae: ['n'] } } })).toThrow(/speakers\.fields\.nmae: not an option \(valid: name, role/)
    expect(() => checkConfig({ transform: 'x' })).toThrow(/transform must be a function/)
    expect(() => checkConfig({ onError: 'ignore' })).toThrow(/onError/)
  })

  it('a site root or talk folder that does not exist is a clear error', () => {
    expect(() => resolveConfig({}, { root: REPO_ROOT, env: { TALKSHELF_SITE: '/no/such/site' } })).toThrow(ConfigError)
    const r = compileSite({ 'content/talks/a.md': yaml(['title: A', 'date: 2024-01-02']) }, { content: 'content/nope' })
    expect(brief(r.diagnostics)).toEqual(['1:1 error no-content-folder'])
  })

  it('a speaker path that leaves the site is an error; the good talks are not lost', () => {
    const r = compileSite({
      'content/talks/bad.md': yaml(['title: Bad', 'date: 2024-01-02', 'speakers: ["../../../etc/passwd"]']),
      'content/talks/good.md': yaml(['title: Good', 'date: 2024-01-03', 'speakers: ["people/ada.md"]']),
      'content/people/ada.md': yaml(['name: Ada Lovelace']),
    })
    expect(r.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['content/talks/bad.md speaker-outside-site'])
    expect(r.index.talks.map((t) => [t.title, t.speakers])).toEqual([['Good', ['ada-lovelace']]])
  })
})

describe('loading a config file', () => {
  const DEFINE = JSON.stringify(`${REPO_ROOT}src/compiler/config/define-config.ts`)

  it('loads a TypeScript config with defineConfig, from TALKSHELF_CONFIG or talkshelf.config.ts', async () => {
    ws = workspace({
      'talkshelf.config.ts': `import { defineConfig } from ${DEFINE}\nexport default defineConfig({ content: 'talks', fields: { video: ['recording'] } })\n`,
      'other.config.ts': `import { defineConfig } from ${DEFINE}\nexport default defineConfig({ content: 'elsewhere' })\n`,
      'talks/a.md': yaml(['title: A', 'date: 2024-01-02', 'recording: https://youtu.be/abcdefghijk']),
    })
    const local = await loadSiteConfig({ root: ws.root, env: {} })
    expect(local.file).toBe(ws.path('talkshelf.config.ts'))
    expect(local.contentDir).toBe(ws.path('talks'))
    expect(local.fields.video).toEqual(['recording'])
    expect((await loadSiteConfig({ root: ws.root, env: { TALKSHELF_CONFIG: 'other.config.ts' } })).contentDir).toBe(ws.path('elsewhere'))
    const r = compileCollection({ config: local, includeDrafts: false, root: ws.root })
    expect(r.index.talks[0]!.video).toMatchObject({ kind: 'youtube' })
  })

  it('says which file is wrong: missing, not loading, or misspelt', async () => {
    ws = workspace({ 'bad.config.ts': 'export default { conent: "x" }\n', 'broken.config.ts': 'export default {\n' })
    await expect(loadConfigFile(ws.path('nope.config.ts'))).rejects.toThrow(/nope\.config\.ts: the config file does not exist/)
    await expect(loadConfigFile(ws.path('bad.config.ts'))).rejects.toThrow(/bad\.config\.ts: invalid config:\nconent: not an option/)
    await expect(loadConfigFile(ws.path('broken.config.ts'))).rejects.toThrow(/broken\.config\.ts: the config could not be loaded/)
  })
})
