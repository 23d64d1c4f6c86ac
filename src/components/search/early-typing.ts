// What a reader typed into the prerendered search box before the app took over. The app would take
// the markup over as it was rendered (or render it afresh), dropping those keys: the browser entry
// reads them first, starts the app on that query, and the search box takes the focus back.
import { normalQuery } from '../../data/search-params.ts'

let refocus: { caret: number } | undefined

/** The query typed into the prerendered box, if any, and whether it had the focus. */
export function takeEarlyTyping(current: string | undefined): string | undefined {
  const box = document.getElementById('talk-search')
  if (!(box instanceof HTMLInputElement)) return undefined
  const q = normalQuery(box.value)
  if (!q || q === (current ?? '')) return undefined
  if (document.activeElement === box) refocus = { caret: box.value.length }
  return q
}

/** For the search box when it mounts: focus it again, caret at the end, if it had the focus before. */
export function takeRefocus(): { caret: number } | undefined {
  const r = refocus
  refocus = undefined
  return r
}
