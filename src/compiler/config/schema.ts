// The shape of talkshelf.config.ts, checked when it is loaded (zod): how a Hugo site's own front
// matter, speaker files and media map onto Talkshelf's talk model. Every option is optional; what a
// site leaves out comes from defaults.ts, which are FD.io's conventions plus common other names.
import { z } from 'zod'

/** The talk fields a site can map, each from an ordered list of front-matter keys. */
export const TALK_FIELDS = [
  'title', 'date', 'start', 'end', 'duration', 'zone', 'timeSlot', 'video', 'slides', 'event', 'eventName',
  'abstract', 'summary', 'image', 'tags', 'slug', 'draft', 'aliases', 'publishDate', 'registration', 'speakers', 'type', 'links',
] as const
export type TalkField = (typeof TALK_FIELDS)[number]

/** The speaker-file fields a site can map. */
export const SPEAKER_FIELDS = ['name', 'role', 'org', 'bio', 'photo', 'github', 'twitter', 'linkedin', 'website', 'key'] as const
export type SpeakerField = (typeof SPEAKER_FIELDS)[number]

/** A front-matter key, or a key whose relative paths are read against `base` (a site path or URL). */
const keySchema = z.union([z.string().min(1), z.strictObject({ key: z.string().min(1), base: z.string().min(1) })])
export type FieldKey = z.infer<typeof keySchema>

const keyList = z.array(keySchema)
const fieldsSchema = z.strictObject(Object.fromEntries(TALK_FIELDS.map((f) => [f, keyList.optional()])) as Record<TalkField, z.ZodOptional<typeof keyList>>)
const speakerFieldsSchema = z.strictObject(Object.fromEntries(SPEAKER_FIELDS.map((f) => [f, z.array(z.string().min(1)).optional()])) as Record<SpeakerField, z.ZodOptional<z.ZodArray<z.ZodString>>>)

/** How a speaker reference is joined to a speaker file, tried in the order given. */
export const MATCH_BY = ['path', 'file', 'key', 'name'] as const

const speakersSchema = z.strictObject({
  /** Folders of speaker files, relative to the site root (default: the first of content/speakers, content/people, content/authors that exists). */
  folders: z.array(z.string().min(1)).optional(),
  matchBy: z.array(z.enum(MATCH_BY)).optional(),
  fields: speakerFieldsSchema.optional(),
})

/** A speaker as a talk names it: a name, slug or file path, or written out in full. */
const speakerRefSchema = z.union([
  z.string(),
  z.looseObject({ name: z.string().optional(), role: z.string().optional(), org: z.string().optional(), bio: z.string().optional(), img: z.string().optional() }),
])
export type SpeakerRef = z.infer<typeof speakerRefSchema>

/** A talk as the mapping stage reads it from front matter, before links, media and Markdown are checked: what a transform sees and returns. */
export const mappedTalkSchema = z.strictObject({
  title: z.string().optional(),
  /** "YYYY-MM-DD". */
  date: z.string().optional(),
  /** "HH:MM", 24-hour. */
  start: z.string().optional(),
  end: z.string().optional(),
  /** An abbreviation ("CET"), "UTC", or an offset ("-07:00"). */
  zone: z.string().optional(),
  /** The time slot as written, shown as is. */
  timeSlot: z.string().optional(),
  video: z.string().optional(),
  slides: z.array(z.string()),
  event: z.string().optional(),
  eventName: z.string().optional(),
  /** Markdown, used when the body is empty. */
  abstract: z.string().optional(),
  summary: z.string().optional(),
  image: z.string().optional(),
  tags: z.array(z.string()),
  slug: z.string().optional(),
  draft: z.boolean(),
  aliases: z.array(z.string()),
  publishDate: z.string().optional(),
  registration: z.string().optional(),
  speakers: z.array(speakerRefSchema),
  type: z.string().optional(),
  /** Other links the page gives (code, a project, a poster), each with its label: shown as the talk's buttons. */
  links: z.array(z.strictObject({ label: z.string(), url: z.string() })).optional(),
})
export type MappedTalk = z.infer<typeof mappedTalkSchema>

export interface TransformContext {
  /** The file's front matter as parsed (keys as written). */
  frontMatter: Readonly<Record<string, unknown>>
  /** The talk file's path relative to the project root. */
  file: string
  /** Reads a YAML, TOML or JSON file under the site's data/ folder ("events/2024.yml"); throws a located error if it does not parse. */
  readData(path: string): unknown
}

export type Transform = (talk: MappedTalk, context: TransformContext) => MappedTalk | null | undefined

export const configSchema = z.strictObject({
  /** The Hugo site's root, relative to the config file (TALKSHELF_SITE overrides it). */
  site: z.string().min(1).optional(),
  /** The talk folder, relative to the site root (default: the first of content/talks, content/webinars, content/sessions, content/events, content/presentations, content/videos that exists). */
  content: z.string().min(1).optional(),
  /** Folders of static files, relative to the site root (default: static). */
  static: z.array(z.string().min(1)).optional(),
  /** The data folder for readData(), relative to the site root (default: data). */
  data: z.string().min(1).optional(),
  /** The live site's address, for site paths ("/uploads/a.pdf") whose file is not in the static folders. */
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Of "talk.md" and its translations ("talk.es.md"), the language to publish (default: en; an unsuffixed file is in it). */
  language: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i).optional(),
  fields: fieldsSchema.optional(),
  speakers: speakersSchema.optional(),
  /** Front-matter keys the site uses that Talkshelf has no use for: they raise no unknown-key warning. */
  ignore: z.array(z.string().min(1)).optional(),
  /** Changes or completes each talk after mapping; return null to leave a talk out. */
  transform: z.custom<Transform>((v) => typeof v === 'function', 'transform must be a function (talk, context) => talk').optional(),
  /** What a production build does with a file that has errors: fail (default), or skip it, publish the rest and list the skipped files. */
  onError: z.enum(['fail', 'skip']).optional(),
})

export type TalkshelfConfig = z.input<typeof configSchema>
