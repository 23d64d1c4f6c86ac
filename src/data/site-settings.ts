// Site settings in one place, read once at build time from the environment and handed to the app
// as a compile-time constant (see vite.config.ts). Deploy-specific values: SITE_URL, BASE_PATH.
// Runtime-neutral: the environment is passed in.
export interface SiteSettings {
  title: string
  description: string
  /** Origin the site is served from ("https://talks.example.org"), for canonical and og:image URLs. */
  url: string
  /** Sub-path the site lives under, with leading and trailing slashes ("/" or "/talks/"). */
  base: string
  /** Default preview image (a public path) for pages without their own. */
  image: string
  /** Locale for dates and the document language. */
  lang: string
}

function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*|\/*$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/** What the Hugo site itself names (its config's title, description, language): below the environment. */
export type SiteDefaults = Partial<Pick<SiteSettings, 'title' | 'description' | 'lang'>>

export function siteSettingsFromEnv(env: Record<string, string | undefined>, defaults: SiteDefaults = {}): SiteSettings {
  return {
    title: env.SITE_TITLE || defaults.title || 'Talkshelf',
    description: env.SITE_DESCRIPTION || defaults.description || 'Talks and webinars, searchable: watch the video, read the slides, meet the speakers.',
    url: (env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, ''),
    base: normaliseBase(env.BASE_PATH),
    image: env.SITE_IMAGE || '/og-default.jpg',
    lang: env.SITE_LANG || defaults.lang || 'en',
  }
}

/** Absolute URL of a site path ("/talks/x") under the base path. */
export function absoluteUrl(settings: SiteSettings, path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  const origin = new URL(settings.url).origin
  return `${origin}${settings.base}${path.replace(/^\/+/, '')}`
}
