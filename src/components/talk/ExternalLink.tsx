import type { ReactNode } from 'react'

/** A link that leaves the site: new tab, no opener, no referrer; says so to screen readers. */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  // Only http(s) links and the site's own paths ever reach here (checked at build time); this keeps
  // it true by construction.
  const safe = /^https?:\/\//i.test(href) || /^\/(?!\/)/.test(href) ? href : undefined
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}
