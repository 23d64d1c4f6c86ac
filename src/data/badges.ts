// The badges a card shows for what a talk offers. Their order is the bit order in the list payload.
import type { Badge } from './types.ts'

export const BADGES: readonly Badge[] = ['Video', 'Recording', 'Slides', 'PPT', 'Event page']
