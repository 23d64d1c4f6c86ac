import { useOnline } from './useOnline.ts'

/**
 * Says, while offline, what still works: the pages kept and search; not videos and slides. Only
 * there while offline: the home page's result count is the status region the rest of the time.
 */
export function OfflineNotice() {
  if (useOnline()) return null
  return (
    <p role="status" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-100">
      You are offline. The talks you opened and search still work; videos and slides need a connection.
    </p>
  )
}
