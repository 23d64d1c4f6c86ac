import { publicUrl } from '../ui/public-url.ts'

/**
 * The address that opens a list on another device: the list page with the slugs, comma-separated
 * (readable, and shorter than the router's JSON for an array).
 */
export function shareUrl(slugs: readonly string[], origin: string): string {
  return `${origin}${publicUrl('/list')}?talks=${slugs.map(encodeURIComponent).join(',')}`
}
