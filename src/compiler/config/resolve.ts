// Finds and loads the site config, and resolves it into absolute folders and complete field lists.
// Where it comes from, first found wins: TALKSHELF_CONFIG, else talkshelf.config.ts at the project
// root, else none (FD.io's conventions). TALKSHELF_SITE names the site root; TALKS_CONTENT_DIR the
// talk folder itself (as before configs existed).
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, resolve, sep } from 'node:path'
import { holdsPage, holdsPeople, nestedFolders } from '../files.ts'
import { readHugoSite, type HugoSite } from './hugo-config.ts'
import { createJiti } from 'jiti'
import { CONTENT_CANDIDATES, DEFAULT_FIELDS, DEFAULT_SPEAKER_FIELDS, LIST_FIELDS, QUIET_KEYS, SPEAKER_CANDIDATES } from './defaults.ts'
import { configSchema, MATCH_BY, SPEAKER_FIELDS, TALK_FIELDS, type FieldKey, type SpeakerField, type TalkField, type TalkshelfConfig, type Transform } from './schema.ts'

/** A config made whole: absolute folders, every field's keys (lower-cased), defaults filled in. */
export interface ResolvedConfig {
  /** The config file, if any. */
  file?: string
  /** The Hugo site root, when there is one (TALKSHELF_SITE or `site`). */
  siteRoot?: string
  contentDir: string
  /** Folders where site paths ("/img/a.jpg") are looked up, first match wins: the app's public/ and the site's static/. */
  staticDirs: string[]
  dataDir?: string
  baseUrl?: string
  language: string
  /** What the Hugo site's own config says (hugo.toml…): the site's title, description, language, address. */
  hugo: HugoSite
  fields: Record<TalkField, FieldKey[]>
  listFields: ReadonlySet<TalkField>
  speakers: { folders: string[]; matchBy: (typeof MATCH_BY)[number][]; fields: Record<SpeakerField, string[]> }
  /** Lower-cased keys that raise no unknown-key warning. */
  ignore: ReadonlySet<string>
  transform?: Transform
  onError: 'fail' | 'skip'
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message)
    this.name = 'ConfigError'
  }
}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory()

/** "fields.vidoe: not an option; valid: title, date, …" for each problem zod found. */
function describeIssues(error: import('zod').ZodError): string {
  return error.issues
    .map((issue) => {
      const at = issue.path.join('.') || 'the config'
      if (issue.code !== 'unrecognized_keys') return `${at}: ${issue.message}`
      const valid = issue.path.length === 0 ? Object.keys(configSchema.shape) : issue.path[0] === 'fields' ? [...TALK_FIELDS] : issue.path[0] === 'speakers' && issue.path[1] === 'fields' ? [...SPEAKER_FIELDS] : issue.path[0] === 'speakers' ? ['folders', 'matchBy', 'fields'] : []
      return `${issue.keys.map((k) => `${issue.path.concat(k).join('.')}`).join(', ')}: not an option${valid.length ? ` (valid: ${valid.join(', ')})` : ''}`
    })
    .join('\n')
}

/** Checks a config object; a misspelt option is an error that lists the valid ones. */
export function checkConfig(value: unknown, file?: string): TalkshelfConfig {
  const parsed = configSchema.safeParse(value)
  if (!parsed.success) throw new ConfigError(`invalid config:\n${describeIssues(parsed.error)}`, file)
  return parsed.data
}

/** Loads a TypeScript (or JavaScript) config module; its default export is the config. */
export async function loadConfigFile(file: string): Promise<TalkshelfConfig> {
  if (!existsSync(file)) throw new ConfigError('the config file does not exist', file)
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false })
  let mod: unknown
  try {
    mod = await jiti.import(file, { default: true })
  } catch (err) {
    throw new ConfigError(`the config could not be loaded: ${err instanceof Error ? err.message : String(err)}`, file)
  }
  return checkConfig(mod, file)
}

function lower(keys: FieldKey[]): FieldKey[] {
  return keys.map((k) => (typeof k === 'string' ? k.toLowerCase() : { ...k, key: k.key.toLowerCase() }))
}

/**
 * The topic keys: the defaults, then the Hugo site's own taxonomies (pmem.io files its webinars
 * under `webinars = ['PMemKV']`), except one another field reads (Wowchemy's `authors`).
 */
function withTaxonomies(taxonomies: string[] | undefined): FieldKey[] {
  const claimed = new Set(Object.values(DEFAULT_FIELDS).flat().map((k) => (typeof k === 'string' ? k : k.key).toLowerCase()))
  return [...DEFAULT_FIELDS.tags, ...(taxonomies ?? []).filter((t) => !claimed.has(t))]
}

/**
 * The first candidate talk folder that holds a page: a site may keep only the section's
 * `_index.md` in content/talks (its talks listed from a data file) and its talks elsewhere.
 */
function firstTalkFolder(root: string, candidates: string[]): string | undefined {
  const dirs = candidates.map((c) => resolve(root, c)).filter(isDir)
  return dirs.find(holdsPage) ?? dirs[0]
}

/**
 * The first site-wide speaker folder that holds someone (a site's content/people may be a single
 * "People" page while its speakers are in content/authors), and those named so inside the talk
 * folder (one per event).
 */
function defaultSpeakerFolders(siteRoot: string, contentDir: string, inLanguage: (c: string[]) => string[]): string[] {
  const dirs = inLanguage(SPEAKER_CANDIDATES).map((c) => resolve(siteRoot, c)).filter(isDir)
  const top = [dirs.find(holdsPeople) ?? dirs[0]].filter((d): d is string => d !== undefined)
  const nested = nestedFolders(contentDir, new Set(SPEAKER_CANDIDATES.map((c) => basename(c))))
  return [...top, ...nested.filter((d) => !top.some((t) => d === t || d.startsWith(t + sep)))]
}

export interface ConfigSources {
  /** The project root (where public/ and talkshelf.config.ts live). */
  root: string
  env: Record<string, string | undefined>
  /** The talk folder asked for by the caller (the plugin's option, `npm run check --content`). */
  contentDir?: string
}

/** Resolves a checked config against the environment into folders and complete key lists. */
export function resolveConfig(config: TalkshelfConfig, sources: ConfigSources, file?: string): ResolvedConfig {
  const base = file ? dirname(file) : sources.root
  const siteRoot = sources.env.TALKSHELF_SITE ? resolve(sources.root, sources.env.TALKSHELF_SITE) : config.site ? resolve(base, config.site) : undefined
  if (siteRoot && !isDir(siteRoot)) throw new ConfigError(`the site root ${siteRoot} does not exist (TALKSHELF_SITE or site)`, file)
  const fromSite = (p: string) => (isAbsolute(p) ? p : resolve(siteRoot ?? base, p))
  const explicit = sources.env.TALKS_CONTENT_DIR || sources.contentDir
  const hugo = siteRoot ? readHugoSite(siteRoot) : {}
  const language = (config.language ?? hugo.contentLanguage ?? 'en').toLowerCase()
  // A multilingual Hugo site may keep each language's content in its own folder (content/en/talks).
  const inLanguage = (candidates: string[]) => [...candidates, ...candidates.map((c) => c.replace(/^content\//, `content/${language}/`))]
  const contentDir = explicit
    ? resolve(sources.root, explicit)
    : config.content
      ? fromSite(config.content)
      : siteRoot
        ? (firstTalkFolder(siteRoot, inLanguage(CONTENT_CANDIDATES)) ?? resolve(siteRoot, CONTENT_CANDIDATES[0]!))
        : resolve(sources.root, 'content/talks')
  const fields = Object.fromEntries(TALK_FIELDS.map((f) => [f, lower(config.fields?.[f] ?? (f === 'tags' ? withTaxonomies(hugo.taxonomies) : DEFAULT_FIELDS[f]))])) as Record<TalkField, FieldKey[]>
  const speakerFields = Object.fromEntries(SPEAKER_FIELDS.map((f) => [f, (config.speakers?.fields?.[f] ?? DEFAULT_SPEAKER_FIELDS[f]).map((k) => k.toLowerCase())])) as Record<SpeakerField, string[]>
  const speakerFolders = config.speakers?.folders?.map(fromSite) ?? (siteRoot ? defaultSpeakerFolders(siteRoot, contentDir, inLanguage) : [])
  const dataDir = config.data ? fromSite(config.data) : siteRoot ? resolve(siteRoot, 'data') : undefined
  return {
    file,
    siteRoot,
    contentDir,
    staticDirs: [resolve(sources.root, 'public'), ...(config.static?.map(fromSite) ?? (siteRoot ? [resolve(siteRoot, 'static')] : []))],
    dataDir,
    // Files the site links but static/ lacks are where the site's own address has them.
    baseUrl: config.baseUrl?.replace(/\/+$/, '') ?? hugo.baseUrl,
    language,
    hugo,
    fields,
    listFields: LIST_FIELDS,
    speakers: { folders: speakerFolders, matchBy: config.speakers?.matchBy ?? [...MATCH_BY], fields: speakerFields },
    ignore: new Set([...QUIET_KEYS, ...(config.ignore ?? []).map((k) => k.toLowerCase())]),
    transform: config.transform,
    onError: config.onError ?? 'fail',
  }
}

/** The config file to use: TALKSHELF_CONFIG, else talkshelf.config.ts at the root if present. */
export function configFileOf(sources: ConfigSources): string | undefined {
  if (sources.env.TALKSHELF_CONFIG) return resolve(sources.root, sources.env.TALKSHELF_CONFIG)
  const local = resolve(sources.root, 'talkshelf.config.ts')
  return existsSync(local) ? local : undefined
}

/** Finds, loads, checks and resolves the config for a project root and environment. */
export async function loadSiteConfig(sources: ConfigSources): Promise<ResolvedConfig> {
  const file = configFileOf(sources)
  const config = file ? await loadConfigFile(file) : {}
  return resolveConfig(config, sources, file)
}

/** The default conventions (FD.io's) on a talk folder whose site paths live in `publicDir`: for tests and the benchmark. */
export function folderConfig(contentDir: string, publicDir: string): ResolvedConfig {
  return { ...resolveConfig({}, { root: dirname(contentDir), env: {}, contentDir: resolve(contentDir) }), staticDirs: [resolve(publicDir)] }
}
