import first from 'virtual:talks'
import { localToday } from '../../data/browse.ts'
import { useHydrated } from '../ui/hydration.tsx'

/**
 * Today in the reader's zone, which splits upcoming talks from past ones. The prerendered page was
 * split on the day it was built: until the page is taken over it is that day, so a talk that has
 * passed since does not make the page differ from its HTML (React would render it afresh).
 */
export function useToday(): string {
  return useHydrated() ? localToday() : first.today
}
