// What the Hugo site's own configuration says about the site (hugo.toml, config.yaml, config/_default/…):
// its title, description and language name the archive, its address is where files missing from
// static/ live, and its taxonomies are a talk's topics. Only defaults: Talkshelf's config and the environment win. A file that does not parse is
// passed over (Hugo would say why), as is a template's placeholder address (https://example.org/).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { isTable, valueOfKey } from '../front-matter-reader.ts'

export interface HugoSite {
  /** The site's file the values came from (relative to its root). */
  file?: string
  title?: string
  description?: string
  /** BCP 47 ("en-GB"), from languageCode, else defaultContentLanguage. */
  lang?: string
  /** The language whose content is unsuffixed (defaultContentLanguage), lower case. */
  contentLanguage?: string
  /** The live site's address without the trailing slash. */
  baseUrl?: string
  /** The site's taxonomies (`[taxonomies] webinar = "webinars"`): the front-matter keys, lower case. */
  taxonomies?: string[]
}

const NAMES = ['hugo', 'config']
const EXTENSIONS = ['toml', 'yaml', 'yml', 'json']
/** Where Hugo looks, in its order: the root file, then the config folder's default environment. */
const CANDIDATES = [...NAMES.flatMap((n) => EXTENSIONS.map((e) => `${n}.${e}`)), ...NAMES.flatMap((n) => EXTENSIONS.map((e) => `config/_default/${n}.${e}`))]

function parse(text: string, file: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { schema: 'core', maxAliasCount: 100 })
    return isTable(data) ? data : undefined
  } catch {
    return undefined
  }
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

/** A language tag as a page's lang attribute takes it ("en", "en-us", "pt-BR"); anything else is none. */
const languageTag = (v: unknown) => {
  const t = text(v)
  return t && /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(t) ? t : undefined
}

/** An address a live site has: http(s), not a template's placeholder, not this machine. */
export function liveAddress(value: unknown): string | undefined {
  const written = text(value)
  if (!written) return undefined
  try {
    const u = new URL(written)
    if (!/^https?:$/.test(u.protocol) || /(^|\.)(example\.(org|com|net)|localhost)$/i.test(u.hostname) || /^127\./.test(u.hostname)) return undefined
    return u.href.replace(/\/+$/, '')
  } catch {
    return undefined
  }
}

function taxonomiesOf(value: unknown): string[] | undefined {
  if (!isTable(value)) return undefined
  const keys = Object.values(value).map(text).filter((t): t is string => !!t).map((t) => t.toLowerCase())
  return keys.length ? keys : undefined
}

/** The site's settings from the first Hugo config file that exists and parses; none without one. */
export function readHugoSite(siteRoot: string): HugoSite {
  for (const file of CANDIDATES) {
    const path = join(siteRoot, file)
    if (!existsSync(path)) continue
    const data = parse(readFileSync(path, 'utf8'), file)
    if (!data) continue
    const params = valueOfKey(data, 'params')
    const contentLanguage = languageTag(valueOfKey(data, 'defaultcontentlanguage'))?.toLowerCase()
    const site: HugoSite = {
      file,
      title: text(valueOfKey(data, 'title')),
      description: (isTable(params) ? text(valueOfKey(params, 'description')) : undefined) ?? text(valueOfKey(data, 'description')),
      lang: languageTag(valueOfKey(data, 'languagecode')) ?? contentLanguage,
      contentLanguage,
      baseUrl: liveAddress(valueOfKey(data, 'baseurl')),
      taxonomies: taxonomiesOf(valueOfKey(data, 'taxonomies')),
    }
    return Object.fromEntries(Object.entries(site).filter(([, v]) => v !== undefined)) as HugoSite
  }
  return {}
}
