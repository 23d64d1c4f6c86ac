// Synthetic talk collection for benchmarks: N Hugo talk files shaped like content/talks (TOML
// front matter, ~120 words of Markdown, btn and speaker shortcodes), fully determined by a seed.
//
//   tsx bench/generate.ts OUTDIR N [--seed S] [--public PUBLICDIR]
//
// --public also writes the referenced site images (empty files) under PUBLICDIR, minus a few that
// are left missing on purpose, as in a real archive.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { argValue, isMain } from './lib/main.ts'
import { createRng, type Rng } from './lib/rng.ts'

export interface GeneratedCollection {
  dir: string
  /** Absolute paths of the talk files written (not counting Hugo `_index.md` section files). */
  files: string[]
  /** Distinct people appearing as speakers (some written in several ways). */
  speakers: number
  /** Site paths ("/img/…") of referenced images meant to exist under public/. */
  images: string[]
  /** Site paths referenced in the files but deliberately absent (the compiler warns about them). */
  missingImages: string[]
}

// --- vocabulary -------------------------------------------------------------------------------

const PROJECTS = [
  'Kubernetes', 'Calico', 'eBPF', 'WireGuard', 'VPP', 'Envoy', 'Cilium', 'Prometheus', 'PostgreSQL', 'Rust',
  'WebAssembly', 'Kafka', 'OpenTelemetry', 'containerd', 'Istio', 'Linux', 'DPDK', 'QUIC', 'gRPC', 'Terraform',
  'Nix', 'SQLite', 'ZFS', 'RISC-V', 'Go', 'Grafana', 'Argo CD', 'Flux', 'CoreDNS', 'etcd', 'Ceph', 'KubeVirt',
  'Multus', 'io_uring', 'XDP', 'OVN', 'Falco', 'SPIFFE', 'Vitess', 'ClickHouse',
]
const CONCEPTS = [
  'service mesh', 'kernel bypass', 'zero-trust networking', 'observability', 'multi-tenancy', 'GitOps',
  'supply-chain security', 'autoscaling', 'edge computing', 'packet processing', 'tail latency', 'memory safety',
  'distributed tracing', 'chaos engineering', 'incremental builds', 'schema migrations', 'load balancing',
  'encryption in transit', 'cost control', 'network policy', 'cluster upgrades', 'dataplane performance',
  'secret management', 'disaster recovery', 'capacity planning', 'continuous profiling',
]
const ANIMALS = ['cheetah', 'octopus', 'hummingbird', 'tortoise', 'honey badger', 'platypus']
const EVENTS: { name: string; short: string; code: string; host: 'fosdem' | 'sched' | 'lf' | 'meetup' }[] = [
  { name: 'FOSDEM', short: 'FOSDEM', code: 'fosdem', host: 'fosdem' },
  { name: 'KubeCon + CloudNativeCon Europe', short: 'KubeConEU', code: 'kccnceu', host: 'sched' },
  { name: 'KubeCon + CloudNativeCon North America', short: 'KubeConNA', code: 'kccncna', host: 'sched' },
  { name: 'Open Source Summit', short: 'OSS', code: 'ossna', host: 'sched' },
  { name: 'ONE Summit', short: 'ONE', code: 'onesummit', host: 'sched' },
  { name: 'Linux Plumbers Conference', short: 'LPC', code: 'lpc', host: 'lf' },
  { name: 'All Systems Go!', short: 'ASG', code: 'asg', host: 'lf' },
  { name: 'SREcon', short: 'SREcon', code: 'srecon', host: 'lf' },
  { name: 'Cloud Native Meetup', short: 'meetup', code: 'cloud-native-meetup', host: 'meetup' },
  { name: 'Rust Meetup', short: 'meetup', code: 'rust-meetup', host: 'meetup' },
]
const FIRST = [
  'Chris', 'Nathan', 'Aloys', 'Casey', 'Priya', 'Mei', 'Olusegun', 'Sofia', 'Lars', 'Aisha', 'Tomás', 'Zoë',
  'Mateo', 'Ingrid', 'Kenji', 'Fatima', 'Ravi', 'Elena', 'Noah', 'Chloé', 'Jonas', 'Amara', 'Diego', 'Hana',
  'Pavel', 'Leila', 'Oscar', 'Yuki', 'Grace', 'Émile', 'Anouk', 'Bruno', 'Dana', 'Ibrahim', 'Julia', 'Kofi',
  'Lucía', 'Marek', 'Nina', 'Omar', 'Paula', 'Quentin', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen',
  'Xavier', 'Yara', 'Zeynep', 'André', 'Björn', 'Céline', 'Dmitri', 'Esther', 'Felix', 'Gaëlle', 'Hugo', 'Irene',
]
const LAST = [
  'Tomkins', 'Skrzypczak', 'Augustin', 'Davenport', 'Raman', 'Chen', 'Adeyemi', 'Rossi', 'Lindqvist', 'Khan',
  'Álvarez', 'Dubois', 'García', 'Nakamura', 'Haddad', 'Iyer', 'Petrova', 'Schmidt', 'Müller', 'Okafor',
  'Nguyen', 'Kowalski', 'Sato', 'Fernández', 'Novák', 'Jensen', 'Moreau', 'Silva', 'Ibáñez', 'Kim',
  'Oliveira', 'Popescu', 'Brennan', 'Hughes', 'Yilmaz', 'Costa', 'Wójcik', 'Larsen', 'Mendes', 'Park',
  'Ribeiro', 'Søndergaard', 'Takahashi', 'Varga', 'Walsh', 'Zhou', 'Bernard', 'Castillo', 'Dvořák', 'Eriksen',
  'Fischer', 'Gómez', 'Horvat', 'Ivanov', 'Johansson', 'Keller', 'Lambert', 'Martins', 'Nowak', 'Ortiz',
]
const ROLES = [
  'Software Engineer', 'Senior Software Engineer', 'Developer Advocate', 'Staff Engineer', 'Principal Engineer',
  'SRE', 'Product Manager', 'CTO', 'Maintainer', 'Engineering Manager', 'Solutions Architect', 'Researcher',
]
const ORGS = [
  'Project Calico/Tigera', 'Cisco', 'Red Hat', 'Isovalent', 'Google', 'Microsoft', 'Grafana Labs', 'SUSE',
  'Canonical', 'Datadog', 'Fastly', 'Cloudflare', 'Independent', 'CNCF', 'Igalia', 'Aiven', 'Shopify', 'Bloomberg',
]
const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]
const ZONES = ['CET', 'CEST', 'PST', 'PDT', 'EST', 'UTC', 'GMT', 'IST', 'JST', 'UTC+2', 'BST']
const ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
const HEX = '0123456789abcdef'

// --- small text helpers -------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0')
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '')
const words = (s: string) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean)
const snake = (s: string, max = 9) => words(s).slice(0, max).join('_')
const kebab = (s: string, max = 12) => words(s).slice(0, max).join('-')
/** A TOML basic string ("…"); JSON escapes are a subset of TOML's. */
const toml = (s: string) => JSON.stringify(s)

// --- speakers -----------------------------------------------------------------------------

interface PoolSpeaker {
  first: string
  last: string
  /** Ways the name attribute is written; more than one for some people. */
  written: string[]
  attrs: [string, string][]
  bio: string
}

function makeSpeakers(rng: Rng, count: number, images: Set<string>, missing: Set<string>): PoolSpeaker[] {
  const used = new Set<string>()
  const pool: PoolSpeaker[] = []
  while (pool.length < count) {
    const first = rng.pick(FIRST)
    let last = rng.pick(LAST)
    // Beyond 60×60 names, middle initials keep people distinct.
    if (used.has(fold(`${first} ${last}`).toLowerCase())) last = `${rng.chars('ABCDEFGHJKLMNPRSTW', 1)}. ${last}`
    const key = fold(`${first} ${last}`).toLowerCase()
    if (used.has(key)) continue
    used.add(key)
    const name = `${first} ${last}`
    const role = rng.pick(ROLES)
    const org = rng.pick(ORGS)
    const primary = `${name} - ${role} @ ${org}`
    const written = [primary]
    if (rng.chance(0.3)) {
      // The same person written another way in other talks.
      const variant = rng.int(0, 3)
      if (variant === 0) written.push(`${name} @ ${org}`)
      else if (variant === 1) written.push(`${name}, ${role}`)
      else if (variant === 2) written.push(`${name} | ${rng.pick(ROLES)} @ ${rng.pick(ORGS)}`)
      else written.push(fold(name) !== name ? `${fold(name)} - ${role} @ ${org}` : `${name}  -  ${role} @ ${org}`)
    }
    const handle = `${fold(first).toLowerCase()}${fold(last).toLowerCase().replace(/[^a-z]/g, '').slice(0, 6)}`
    const attrs: [string, string][] = []
    if (rng.chance(0.5)) attrs.push(['twitter', rng.chance(0.2) ? `@${handle}` : handle])
    if (rng.chance(0.5)) attrs.push(['github', rng.chance(0.1) ? `https://github.com/${handle}` : handle])
    if (rng.chance(0.4)) attrs.push(['linkedin', rng.chance(0.15) ? `in/${handle}` : handle])
    if (rng.chance(0.1)) attrs.push(['website', `${handle}.dev`])
    if (rng.chance(0.7)) {
      const img = `/img/speakers/${snake(name)}.${rng.chance(0.7) ? 'jpg' : 'jpeg'}`
      attrs.push(['img', img])
      ;(rng.chance(0.93) ? images : missing).add(img)
    }
    pool.push({ first, last, written, attrs: rng.sample(attrs, attrs.length), bio: makeBio(rng, first, role, org) })
  }
  return pool
}

function makeBio(rng: Rng, first: string, role: string, org: string): string {
  const project = rng.pick(PROJECTS)
  const sentences = [
    `${first} is a ${role.toLowerCase()} at ${org}, working on ${rng.pick(CONCEPTS)} and ${rng.pick(CONCEPTS)}.`,
    `${first} has worked on ${rng.pick(['networking', 'distributed systems', 'databases', 'compilers', 'cloud infrastructure', 'security'])} since ${rng.int(1998, 2020)}.`,
    rng.chance(0.6) ? `${first} is a maintainer of ${project} and ${rng.pick(['speaks regularly at', 'helps organise', 'writes about'])} ${rng.pick(CONCEPTS)}.` : '',
    rng.chance(0.3) ? `Away from the keyboard, ${first} ${rng.pick(['climbs', 'bakes bread', 'plays the cello', 'runs trails', 'repairs old radios'])}.` : '',
  ].filter(Boolean)
  // Real bios are often hard-wrapped at ~120 columns.
  const text = sentences.join(' ')
  if (!rng.chance(0.4)) return text
  const lines: string[] = []
  let line = ''
  for (const w of text.split(' ')) {
    if (line && line.length + w.length > 110) {
      lines.push(`${line} `)
      line = ''
    }
    line += line ? ` ${w}` : w
  }
  return [...lines, line].join('\n')
}

// --- talks --------------------------------------------------------------------------------

function makeTitle(rng: Rng): string {
  const p = rng.pick(PROJECTS)
  const q = rng.pick(PROJECTS)
  const c = rng.pick(CONCEPTS)
  switch (rng.int(0, 9)) {
    case 0: return `${p}: ${cap(c)} for Fun and Profit`
    case 1: return `Need ${c}? No problem with ${p}`
    case 2: return `${cap(c)} at Scale: Lessons from ${rng.int(3, 900)} Clusters`
    case 3: return `${p} networking: is there a ${rng.pick(ANIMALS)} within your ${q}?`
    case 4: return `From ${p} to ${q}: a ${c} Journey`
    case 5: return `${p} Deep Dive - ${cap(c)} Without the Pain`
    case 6: return `What We Learned Running ${p} in Production for ${rng.int(2, 9)} Years`
    case 7: return `Making ${cap(c)} Boring with ${p} & ${q}`
    case 8: return `${p}/${q} : All You Can Eat ${cap(c)}`
    default: return `${p}’s ${cap(c)}: the “Good Parts”`
  }
}

function makeTimeSlot(rng: Rng): string {
  const h = rng.int(8, 18)
  const m = rng.pick([0, 5, 15, 20, 30, 45, 55])
  const len = rng.pick([25, 30, 35, 40, 45, 50, 60])
  const endTotal = h * 60 + m + len
  const eh = Math.floor(endTotal / 60)
  const em = endTotal % 60
  const h12 = (x: number) => (x % 12 === 0 ? 12 : x % 12)
  const ap = (x: number) => (x < 12 ? 'am' : 'pm')
  const zone = rng.pick(ZONES)
  // Mostly the archive's own "4:05pm - 4:40pm CET"; then the other ways people write it.
  switch (rng.int(0, 30)) {
    case 0: return `${pad(h)}:${pad(m)} - ${pad(eh)}:${pad(em)} ${zone}`
    case 1: return `${pad(h)}:${pad(m)}–${pad(eh)}:${pad(em)} (${zone})`
    case 2: return `${h}.${pad(m)} - ${eh}.${pad(em)}`
    case 3: return `${pad(h)}h${pad(m)} - ${pad(eh)}h${pad(em)}`
    case 4: return `${h12(h)}${ap(h)} to ${h12(eh)}${ap(eh)} ET`
    case 5: return `${h12(h)}:${pad(m)} - ${h12(eh)}:${pad(em)}${ap(eh)}`
    case 6: return `${pad(h)}:${pad(m)} - ${pad(eh)}:${pad(em)} UTC+${rng.int(1, 9)}`
    // Slips seen in real files: a wrong suffix, or no clock at all.
    case 7: return `${h12(h)}:${pad(m)}${ap(h)} - ${h12(eh)}:${pad(em)}am ${zone}`
    case 8: return rng.pick(['Afternoon (TBC)', 'Morning keynote', 'TBD', 'Day 2, track B'])
    default: return `${h12(h)}:${pad(m)}${ap(h)} - ${h12(eh)}:${pad(em)}${ap(eh)} ${zone}`
  }
}

const OPENERS: ((c: string, p: string) => string)[] = [
  (c) => `There are classes of workloads that are notoriously hungry when it comes to ${c}.`,
  (c) => `Everyone agrees that ${c} matters; far fewer agree on how to do it well.`,
  (c, p) => `Over the last few years, ${p} has become the default choice for ${c}.`,
  (c) => `It is easy to underestimate how much ${c} costs until the first outage.`,
  (c) => `Most teams discover the limits of their ${c} setup the hard way.`,
  (c, p) => `As we are learning from the other sessions at this summit, ${p} has many applications in ${c}.`,
]
const MIDDLES = [
  'is great, containers are lightweight and disposable, networking is simple yet powerful.',
  'becomes critical once the number of clusters grows beyond what a single team can reason about.',
  'can be hard to swallow for workloads that are used to dedicated hardware.',
  'looks simple on a slide and turns out to be subtle in production.',
  'is where most of the operational pain hides.',
]
const DETAILS = [
  'In this talk we will lift the lid on what we’ve been cooking and the key ingredients that made it possible.',
  'We will show how we achieve that, the level of performance we can reach, and how it compares to other approaches.',
  'We start from a real incident, walk through the debugging session, and end with the fixes that stuck.',
  'Along the way we measure latency, throughput and CPU cost, and explain the trade-offs behind each number.',
  'We will present how applications can leverage these interfaces and what this allows regarding performance.',
  'Expect live demos, flame graphs, and at least one benchmark that did not go as planned.',
  'This is useful for any workload that spends most of its time doing network I/O.',
  'Think proxies, content delivery servers, or network functions such as VPN endpoints.',
  'Hoping this architecture could benefit the community at large, we started drafting a proposal upstream.',
  'The session closes with a checklist you can apply to your own clusters on Monday morning.',
  'In the end, building a highly available gateway gets as easy as building any other application.',
]

function sentence(rng: Rng, first: boolean): string {
  const p = rng.pick(PROJECTS)
  const c = rng.pick(CONCEPTS)
  if (first) return rng.pick(OPENERS)(c, p)
  switch (rng.int(0, 7)) {
    case 0: return `${p} ${rng.pick(MIDDLES)}`
    case 1: return `${cap(c)} ${rng.pick(MIDDLES)}`
    case 2: return `Combining ${p} with ${rng.pick(PROJECTS)} offers ${c} with extremely limited CPU overhead.`
    case 3: return `${p}’s ${c} support offers agility for the user, but it also comes with sharp edges.`
    case 4: return `We’ll cover how ${p} handles ${c} at ${rng.int(2, 400)} Gbps line rates, and what breaks first.`
    default: return rng.pick(DETAILS)
  }
}

function makeProse(rng: Rng, targetWords: number): string[] {
  const paragraphs: string[] = []
  let count = 0
  let current: string[] = []
  const perParagraph = rng.int(1, 3)
  const seen = new Set<string>()
  while (count < targetWords) {
    let s = sentence(rng, count === 0)
    if (seen.has(s)) continue
    seen.add(s)
    if (rng.chance(0.08)) s = s.replace(/\b(Kubernetes|Linux|Rust|eBPF)\b/, '**$1**')
    if (rng.chance(0.06)) s = s.replace(/\b(io_uring|XDP|etcd|containerd|CoreDNS)\b/, '`$1`')
    current.push(s)
    count += s.split(' ').length
    if (current.length >= 3 && paragraphs.length < perParagraph - 1 && rng.chance(0.5)) {
      paragraphs.push(current.join(' '))
      current = []
    }
  }
  if (current.length) paragraphs.push(current.join(' '))
  return paragraphs
}

interface Links {
  youtubeurl?: string
  pdfurl?: string
  ppturl?: string
  eventurl?: string
  event?: string
  /** Short event name for file names ("FOSDEM"). */
  eventShort: string
  eventPage: string
  videoId?: string
}

function makeLinks(rng: Rng, year: number, title: string): Links {
  const ev = rng.pick(EVENTS)
  const s = snake(title, 6)
  const k = kebab(title, 10)
  const fileName = title.replace(/[^A-Za-z0-9 ]+/g, '').replace(/ +/g, rng.chance(0.5) ? '%20' : '_').slice(0, 60)
  const code = `${ev.code}${year}`
  let eventPage: string
  let pdf: string
  if (ev.host === 'fosdem') {
    eventPage = `https://fosdem.org/${year}/schedule/event/${s}/`
    const n = rng.int(3000, 9999)
    pdf = `https://fosdem.org/${year}/schedule/event/${s}/attachments/slides/${n}/export/events/attachments/${s}/slides/${n}/${fileName}.pdf`
  } else if (ev.host === 'sched') {
    eventPage = `https://${code}.sched.com/event/${rng.chars(ID.slice(0, 62), 4)}/${k}`
    pdf = `https://static.sched.com/hosted_files/${code}/${rng.chars(HEX, 2)}/${fileName}.pdf`
  } else if (ev.host === 'lf') {
    eventPage = `https://events.linuxfoundation.org/${ev.code}-${year}/program/schedule/`
    pdf = `https://lpc.events/event/${rng.int(7, 19)}/contributions/${rng.int(100, 1999)}/attachments/${rng.int(100, 999)}/${rng.int(1000, 9999)}/${fileName}.pdf`
  } else {
    eventPage = `https://www.meetup.com/${ev.code}/events/${rng.int(100000000, 309999999)}/`
    pdf = `https://speakerdeck.com/${kebab(rng.pick(LAST))}/${k}.pdf`
  }
  const links: Links = { eventPage, eventShort: ev.short }
  if (rng.chance(0.5)) links.event = `${ev.name} ${year}`
  const v = rng.next()
  if (v < 0.42) {
    links.videoId = rng.chars(ID, 11)
    links.youtubeurl = `https://www.youtube.com/watch?v=${links.videoId}${rng.chance(0.1) ? `&t=${rng.int(30, 900)}s` : ''}`
  } else if (v < 0.5) {
    links.videoId = rng.chars(ID, 11)
    links.youtubeurl = `https://youtu.be/${links.videoId}${rng.chance(0.3) ? `?t=${rng.int(30, 900)}` : ''}`
  } else if (v < 0.53) links.youtubeurl = `https://vimeo.com/${rng.int(100000000, 999999999)}`
  else if (v < 0.55) links.youtubeurl = `https://video.fosdem.org/${year}/${rng.chars('abcdefghk', 1)}${rng.int(1, 9)}/${s}.webm`
  else if (v < 0.57) links.youtubeurl = `https://tube.example.org/w/${rng.chars(ID.slice(0, 62), 22)}`
  // Like the real archive: an event page or the slides sitting in the video field.
  else if (v < 0.7) links.youtubeurl = eventPage
  else if (v < 0.73) links.youtubeurl = pdf
  if (rng.chance(0.55)) links.pdfurl = pdf
  const p = rng.next()
  if (p < 0.08) links.ppturl = pdf.replace(/\.pdf$/, '.pptx')
  else if (p < 0.12) links.ppturl = `https://docs.google.com/presentation/d/${rng.chars(ID, 44)}/edit#slide=id.p`
  else if (p < 0.15) links.ppturl = `https://drive.google.com/file/d/${rng.chars(ID, 33)}/view?usp=sharing`
  else if (p < 0.18 && !links.pdfurl) links.ppturl = pdf
  if (rng.chance(0.25)) links.eventurl = eventPage
  return links
}

function speakerShortcode(rng: Rng, sp: PoolSpeaker, withBio: boolean): string {
  const written = sp.written.length > 1 && rng.chance(0.5) ? sp.written[1]! : sp.written[0]!
  const attrs = sp.attrs.map(([k, v]) => ` ${k}="${v}"`).join('')
  // Real files sometimes omit the space before ">}}".
  const open = `{{< speaker name="${written}"${attrs}${rng.chance(0.5) ? '' : ' '}>}}`
  return withBio ? `${open}\n${sp.bio}\n{{< /speaker >}}` : `${open}{{< /speaker >}}`
}

interface TalkFile {
  path: string
  text: string
}

function makeTalk(rng: Rng, index: number, pool: PoolSpeaker[], images: Set<string>, missing: Set<string>, usedNames: Set<string>, usedSpeakers: Set<number>): TalkFile {
  const year = rng.pick(YEARS)
  const month = rng.int(1, 12)
  const day = rng.int(1, 28)
  const date = `${year}-${pad(month)}-${pad(day)}`
  const title = makeTitle(rng)
  const links = makeLinks(rng, year, title)
  const prefix = rng.chance(0.15) ? `${links.eventShort}_` : ''
  const stem = `${year}_${pad(month)}_${pad(day)}_${prefix}${snake(title)}`
  // Slugs come from file names and must be unique (case-insensitively).
  let base = stem
  for (let k = 0; usedNames.has(base.toLowerCase()); k++) base = `${stem}_${index}${k ? `_${k}` : ''}`
  usedNames.add(base.toLowerCase())

  const fm: string[] = [`title = ${toml(title)}`, '']
  const d = rng.next()
  if (d < 0.6) fm.push(`date = "${date}"`)
  else if (d < 0.8) fm.push(`date = ${date}`)
  else if (d < 0.9) fm.push(`date = ${date}T${pad(rng.int(8, 18))}:${pad(rng.pick([0, 15, 30, 45]))}:00${rng.pick(['+01:00', '+02:00', '-07:00', 'Z'])}`)
  else fm.push(`date = "${date}T10:00:00Z"`)
  if (rng.chance(0.8)) fm.push(`time_slot = ${toml(makeTimeSlot(rng))}`)
  fm.push(`type = "${rng.pick(['webinar', 'webinar', 'talk', 'keynote', 'workshop'])}"`)
  if (links.event) fm.push(`event = ${toml(links.event)}`)
  const url = (key: string, value: string | undefined) => {
    if (!value) return
    // Extra spaces and TOML literal strings, as hand-edited files have.
    fm.push(rng.chance(0.2) ? `${key} =  "${value}"` : rng.chance(0.1) ? `${key} = '${value}'` : `${key} = "${value}"`)
  }
  url('youtubeurl', links.youtubeurl)
  url('pdfurl', links.pdfurl)
  url('ppturl', links.ppturl)
  url('eventurl', links.eventurl)
  if (rng.chance(0.3)) fm.push(`tags = [${rng.sample(PROJECTS, rng.int(1, 3)).map((t) => toml(t.toLowerCase())).join(', ')}]`)
  if (rng.chance(0.08)) fm.push(`aliases = ["/webinars/${base}/"]`)
  if (rng.chance(0.4)) {
    fm.push('')
    if (links.videoId && rng.chance(0.3)) fm.push(`previewimage = "https://i.ytimg.com/vi/${links.videoId}/maxresdefault.jpg"`)
    else {
      const img = `/img/webinars/video_${base}.jpg`
      ;(rng.chance(0.9) ? images : missing).add(img)
      fm.push(`${rng.chance(0.1) ? 'previewImage' : 'previewimage'} = "${img}"`)
    }
  }

  const body: string[] = []
  if (rng.chance(0.15)) body.push(`## ${cap(rng.pick(CONCEPTS))} with ${rng.pick(PROJECTS)}`, '')
  const paragraphs = makeProse(rng, rng.int(100, 140))
  // Double-encoded text ("weâ€™ve") as left behind by old CMSes.
  if (rng.chance(0.03)) paragraphs[0] = `${paragraphs[0]} We’ve seen this before.`.replace('’', 'â€™')
  paragraphs.forEach((p, i) => {
    body.push(p, '')
    if (i === 0 && paragraphs.length > 1 && rng.chance(0.15)) body.push('<!--more-->', '')
  })
  if (rng.chance(0.15)) body.push(...rng.sample(PROJECTS, 3).map((p) => `- ${p} and ${rng.pick(CONCEPTS)}`), '')
  if (rng.chance(0.1)) body.push(`More background is in [the ${rng.pick(PROJECTS)} docs](https://docs.example.org/${kebab(rng.pick(CONCEPTS))}/).`, '')
  if (!links.youtubeurl && rng.chance(0.15)) body.push(`{{< youtube ${rng.chars(ID.slice(0, 62), 11)} >}}`, '')
  if (rng.chance(0.6)) body.push('', `{{% btn txt="${rng.pick(['Event link', 'Event link', 'Session page', 'Conference schedule'])}" link="${links.eventPage}" %}}`)
  if (rng.chance(0.12)) body.push(`{{% btn txt="Register" link="https://www.meetup.com/${kebab(rng.pick(PROJECTS))}-meetup/events/${rng.int(1e8, 3e8)}/" %}}`)
  if (links.pdfurl && rng.chance(0.1)) body.push(`{{% btn txt="Slides" link="${links.pdfurl}" %}}`)
  body.push('', '### Speakers', '')
  const speakerCount = rng.chance(0.5) ? 1 : rng.chance(0.7) ? 2 : 3
  const chosen = new Set<number>()
  while (chosen.size < Math.min(speakerCount, pool.length)) chosen.add(rng.skewed(pool.length, 1.6))
  for (const i of chosen) usedSpeakers.add(i)
  for (const i of chosen) body.push(speakerShortcode(rng, pool[i]!, rng.chance(0.85)), '')

  let text = `+++\n${fm.join('\n')}\n+++\n\n${body.join('\n')}`
  if (rng.chance(0.03)) text = text.replace(/\n/g, '\r\n')
  if (rng.chance(0.01)) text = `\uFEFF${text}`

  const layout = rng.next()
  const path =
    layout < 0.5 ? `${base}.md`
    : layout < 0.9 ? `${year}/${base}.md`
    : layout < 0.95 ? `${year}/${pad(month)}/${base}.md`
    : `${year}/${base}/index.md`
  return { path, text }
}

/** Writes `n` talk files into `dir` (created if needed) and returns what was written. */
export function generateCollection(dir: string, n: number, seed = 1): GeneratedCollection {
  const rng = createRng(seed)
  const root = resolve(dir)
  const images = new Set<string>()
  const missing = new Set<string>()
  const pool = makeSpeakers(rng, Math.max(4, Math.round(n / 8)), images, missing)
  const usedNames = new Set<string>()
  const files: string[] = []
  const madeDirs = new Set<string>()
  const write = (path: string, text: string) => {
    const parent = dirname(path)
    if (!madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true })
      madeDirs.add(parent)
    }
    writeFileSync(path, text)
  }
  write(join(root, '_index.md'), '+++\ntitle = "Talks"\n+++\n')
  const usedSpeakers = new Set<number>()
  for (let i = 0; i < n; i++) {
    const talk = makeTalk(rng, i, pool, images, missing, usedNames, usedSpeakers)
    const full = join(root, talk.path)
    write(full, talk.text)
    files.push(full)
  }
  for (const m of missing) images.delete(m)
  return { dir: root, files, speakers: usedSpeakers.size, images: [...images].sort(), missingImages: [...missing].sort() }
}

/** Creates the (empty) image files a collection references, so the compiler finds them. */
export function writeImages(publicDir: string, images: readonly string[]): void {
  const made = new Set<string>()
  for (const img of images) {
    const full = join(publicDir, img)
    const parent = dirname(full)
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true })
      made.add(parent)
    }
    writeFileSync(full, '')
  }
}

if (isMain(import.meta.url)) {
  const [outDir, count] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'))
  const n = Number(count)
  if (!outDir || !Number.isInteger(n) || n < 1) {
    console.error('usage: tsx bench/generate.ts OUTDIR N [--seed S] [--public PUBLICDIR]')
    process.exit(2)
  }
  const seed = Number(argValue(process.argv, '--seed') ?? 1)
  const started = performance.now()
  const result = generateCollection(outDir, n, seed)
  const publicDir = argValue(process.argv, '--public')
  if (publicDir) writeImages(resolve(publicDir), result.images)
  console.log(
    `${result.files.length} talk files, ${result.speakers} speakers, ${result.images.length} images` +
      `${publicDir ? ` written to ${resolve(publicDir)}` : ''} (${result.missingImages.length} left missing) → ${result.dir} in ${(performance.now() - started).toFixed(0)} ms`,
  )
}
