import { startTransition, useEffect, useState } from 'react'
import { catalogComplete } from '../../data/catalog.ts'
import { dataVersion } from '../../data/data-version.ts'

/**
 * Whether the whole talk list has loaded. The switch re-renders lists and filters for every talk, so
 * it happens in a transition: React renders it in slices and the page stays responsive meanwhile.
 */
export function useCatalogComplete(): boolean {
  const [complete, setComplete] = useState(catalogComplete)
  useEffect(() => {
    if (complete) return
    const update = () => catalogComplete() && startTransition(() => setComplete(true))
    update()
    return dataVersion.subscribe(update)
  }, [complete])
  return complete
}
