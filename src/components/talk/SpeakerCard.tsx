import { Link } from '@tanstack/react-router'
import type { SpeakerProfile, SpeakerRow } from '../../data/types.ts'
import { Avatar } from '../ui/Avatar.tsx'
import { SafeHtml } from '../ui/SafeHtml.tsx'
import { SocialLinks } from '../speakers/SocialLinks.tsx'

export function roleLine(s: SpeakerRow): string {
  return [s.role, s.org].filter(Boolean).join(' @ ')
}

/** A speaker of a talk: photo or initials, name linking to their page, role, bio, social links. */
export function SpeakerCard({ speaker, profile }: { speaker: SpeakerRow; profile?: SpeakerProfile }) {
  return (
    <article className="flex gap-4 rounded-2xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <Avatar name={speaker.name} image={speaker.image} size="lg" />
      <div className="min-w-0 flex-1">
        <h3 className="text-lg font-semibold">
          <Link to="/speakers/$slug" params={{ slug: speaker.slug }} className="hover:text-brand-600 hover:underline dark:hover:text-brand-300">
            {speaker.name}
          </Link>
        </h3>
        {roleLine(speaker) && <p className="text-sm text-slate-600 dark:text-slate-400">{roleLine(speaker)}</p>}
        {profile?.bioHtml && <SafeHtml html={profile.bioHtml} className="prose-talk mt-2 text-sm leading-6" />}
        <SocialLinks name={speaker.name} links={profile?.links} className="mt-2" />
      </div>
    </article>
  )
}
