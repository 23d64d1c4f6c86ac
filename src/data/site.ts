// The app's view of the site settings, defined at build time (vite.config.ts, site-settings.ts).
import type { SiteSettings } from './site-settings.ts'

declare const __SITE__: SiteSettings

export const site: SiteSettings = __SITE__
