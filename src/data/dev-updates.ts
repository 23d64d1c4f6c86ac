// Dev server only: applies a talk edit sent by the talks plugin (src/vite/dev-updates.ts) to what the
// page has loaded, so the change shows without reloading the page or its data.
import { replaceRow } from './catalog.ts'
import { announce } from './data-version.ts'
import { replaceSummary } from './summaries.ts'
import { replaceTalkDetail } from './talk-pages.ts'
import { TALK_PATCH_EVENT, type TalkPatch } from './wire.ts'

export function applyTalkPatch(patch: TalkPatch): void {
  // When the patch arrived, for the benchmark's split of server and page time (bench/dev.ts).
  performance.mark(PATCH_MARK)
  const row = replaceRow(patch.set)
  if (row) replaceSummary(row.pos, patch.set.summaries[0] ?? '')
  replaceTalkDetail(patch.talk)
  announce()
}

export const PATCH_MARK = 'talkshelf:dev-patch'

if (import.meta.hot) import.meta.hot.on(TALK_PATCH_EVENT, applyTalkPatch)
