// Dev server only: applies a talk file's change sent by the talks plugin (src/vite/dev-updates.ts)
// to what the page has loaded (the list, summaries, talk details, the search), so it shows without
// reloading the page or its data.
import { insertRow, removeRow, replaceRow } from './catalog.ts'
import { announce } from './data-version.ts'
import { reindexForDev } from './search-client.ts'
import { replaceSummary, spliceSummary } from './summaries.ts'
import { putTalkDetail, replaceTalkDetail } from './talk-pages.ts'
import { TALK_PATCH_EVENT, type TalkChange, type TalkPatch } from './wire.ts'

function apply(change: TalkChange): void {
  if (change.op === 'replace') {
    const row = replaceRow(change.set)
    if (row) replaceSummary(row.pos, change.set.summaries[0] ?? '')
    replaceTalkDetail(change.talk)
  } else if (change.op === 'remove') {
    removeRow(change.slug, change.pos, change.year, change.speakers)
    spliceSummary(change.pos)
    putTalkDetail(change.slug)
  } else {
    insertRow(change.pos, change.set)
    spliceSummary(change.pos, change.set.summaries[0] ?? '')
    putTalkDetail(change.talk.slug, { talk: change.talk, pos: change.pos, related: change.set })
  }
}

export function applyTalkPatch(patch: TalkPatch): void {
  // When the patch arrived, for the benchmark's split of server and page time (bench/dev.ts).
  performance.mark(PATCH_MARK)
  patch.changes.forEach(apply)
  reindexForDev(patch.changes.map((c) => ({ op: c.op, pos: c.op === 'replace' ? c.set.pos[0]! : c.pos, search: c.op === 'remove' ? undefined : c.search })))
  announce()
}

export const PATCH_MARK = 'talkshelf:dev-patch'

if (import.meta.hot) import.meta.hot.on(TALK_PATCH_EVENT, applyTalkPatch)
