// What compiling one file may ask of the world outside it: kept to an interface so stages stay
// pure and tests pass a stub.
import type { ResolvedConfig } from './config/resolve.ts'
import type { Scheduled } from './schedule-data.ts'
import type { SiteShortcode } from './site-shortcodes.ts'
import type { SpeakerDirectory } from './speaker-files.ts'

export interface CompileContext {
  includeDrafts: boolean
  config: ResolvedConfig
  /** The folder display paths are relative to (the project root). */
  root: string
  /** Whether a site path such as "/img/a.jpg" names a file in the static folders. */
  fileExists(sitePath: string): boolean
  /** The site's speaker files, for speakers named in front matter. */
  speakers: SpeakerDirectory
  /** Reads a YAML, TOML or JSON file under the site's data folder (for the config's transform). */
  readData(path: string): unknown
  /** What the sections above a talk file (absolute path) cascade to it (Hugo's `cascade`). */
  cascade?(talkFile: string): Record<string, unknown> | undefined
  /** What the site's data files say of a talk's date and times, by its names (schedule-data.ts); throws a DataFileError. */
  schedule?(talkFile: string, names: string[]): Scheduled | undefined
  /** The site's own shortcode of that name, when its template only fills in values (site-shortcodes.ts). */
  siteShortcode?(name: string): SiteShortcode | undefined
}
