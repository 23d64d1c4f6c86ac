import type { SpeakerLinks } from '../../data/types.ts'
import { ExternalLink } from '../talk/ExternalLink.tsx'

const LABELS: Record<keyof SpeakerLinks, string> = { github: 'GitHub', twitter: 'X (Twitter)', linkedin: 'LinkedIn', website: 'Website' }

export function SocialLinks({ name, links, className = '' }: { name: string; links?: SpeakerLinks; className?: string }) {
  if (!links) return null
  const entries = (Object.keys(LABELS) as (keyof SpeakerLinks)[]).filter((k) => links[k])
  if (!entries.length) return null
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`} aria-label={`${name} elsewhere`}>
      {entries.map((k) => (
        <li key={k}>
          <ExternalLink href={links[k]!} className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-brand-600 hover:bg-brand-50 hover:underline dark:text-brand-300 dark:hover:bg-brand-500/10">
            {LABELS[k]}
          </ExternalLink>
        </li>
      ))}
    </ul>
  )
}
