// What a site's talkshelf.config.ts imports:
//   import { defineConfig } from './src/compiler/config/define-config.ts'
//   export default defineConfig({ fields: { date: ['event_datetime'] } })
// It only gives the config its types; the config is checked when it is loaded.
import type { TalkshelfConfig } from './schema.ts'

export type { MappedTalk, SpeakerRef, TalkshelfConfig, Transform, TransformContext } from './schema.ts'

export function defineConfig(config: TalkshelfConfig): TalkshelfConfig {
  return config
}
