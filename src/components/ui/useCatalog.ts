import { startTransition, useEffect, useState } from 'react'
import { catalogComplete, loadedTalks, type TalkRow } from '../../data/catalog.ts'
import { dataVersion } from '../../data/data-version.ts'

/**
 * The talks loaded so far and whether that is all of them. When they change (the rest of the list
 * arrives, a talk is edited in dev), lists and filters re-render for every talk, so the update is a
 * transition: React renders it in slices and the page stays responsive meanwhile.
 */
export function useCatalog(): { talks: readonly TalkRow[]; complete: boolean } {
  const [state, setState] = useState(() => ({ talks: loadedTalks(), complete: catalogComplete() }))
  useEffect(() => {
    const update = () => {
      const talks = loadedTalks()
      if (talks !== state.talks) startTransition(() => setState({ talks, complete: catalogComplete() }))
    }
    update()
    return dataVersion.subscribe(update)
  }, [state.talks])
  return state
}

export function useCatalogComplete(): boolean {
  return useCatalog().complete
}
