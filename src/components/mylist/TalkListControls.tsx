import { useId } from 'react'
import { SaveButton } from './SaveButton.tsx'
import { myList, useMyList } from './store.ts'

/** A talk page's "Save to my list", and once saved, whether it was watched. */
export function TalkListControls({ slug, title }: { slug: string; title: string }) {
  const entry = useMyList().find((e) => e.slug === slug)
  const id = useId()
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <SaveButton slug={slug} title={title} labelled />
      {entry && (
        <label htmlFor={id} className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm font-medium">
          <input id={id} type="checkbox" checked={entry.watched} onChange={(e) => myList.setWatched(slug, e.target.checked)} className="size-5 accent-brand-600" />
          Watched
        </label>
      )}
    </div>
  )
}
