// Pages Hugo never renders, besides drafts: a headless bundle (`headless = true`), build options
// that say so (`build.render = "never"` or `"link"`, or `false` in older sites and in `_build`), and a page
// whose `expiryDate` (or `unpublishDate`) has passed (Hugo's default, without --buildExpired). They are left out the
// same way, so the archive publishes what the Hugo site publishes.

import { isTable, valueOfKey as valueOf } from './front-matter-reader.ts'

function renderedNever(build: unknown): boolean {
  if (!isTable(build)) return false
  const render = valueOf(build, 'render')
  return render === false || (typeof render === 'string' && ['never', 'link', 'false'].includes(render.trim().toLowerCase()))
}

/** The expiry instant, from a TOML date or an ISO text (a day alone is its start, in UTC). */
function instantOf(value: unknown): number | undefined {
  const at = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value.trim()) : NaN
  return Number.isNaN(at) ? undefined : at
}

/** Why Hugo would not render a page with this front matter, if it would not. */
export function unrenderedReason(data: Record<string, unknown>, now = new Date()): 'headless' | 'build' | 'expired' | undefined {
  if (valueOf(data, 'headless') === true) return 'headless'
  if (renderedNever(valueOf(data, 'build')) || renderedNever(valueOf(data, '_build'))) return 'build'
  const expiry = instantOf(valueOf(data, 'expirydate') ?? valueOf(data, 'unpublishdate'))
  if (expiry !== undefined && expiry < now.getTime()) return 'expired'
  return undefined
}
