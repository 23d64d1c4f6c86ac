import { useClientStore } from '../ui/hydration.tsx'

function subscribe(changed: () => void): () => void {
  window.addEventListener('online', changed)
  window.addEventListener('offline', changed)
  return () => {
    window.removeEventListener('online', changed)
    window.removeEventListener('offline', changed)
  }
}

/** Whether the browser says it is online; true on the server and while hydrating. */
export function useOnline(): boolean {
  return useClientStore(subscribe, () => navigator.onLine, true)
}
