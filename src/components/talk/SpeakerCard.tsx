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
    <article className="flex flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center gap-4">
        <Avatar name={speaker.name} image={speaker.image} picture={speaker.picture} size="lg" />
        <div className="min-w-0">
          <h3 className="text-lg font-semibold">
            <Link to="/speakers/$slug" params={{ slug: speaker.slug }} className="-my-2 inline-block py-2 hover:text-brand-600 hover:underline dark:hover:text-brand-300">
              {speaker.name}
            </Link>
          </h3>
          {roleLine(speaker) && <p className="text-sm text-slate-600 dark:text-slate-400">{roleLine(speaker)}</p>}
        </div>
      </div>
      {/* The bio takes the card's full width: a narrow column beside the photo reads badly on phones. */}
      {profile?.bioHtml && <SafeHtml html={profile.bioHtml} className="prose-talk text-sm leading-6" />}
      <SocialLinks name={speaker.name} links={profile?.links} className="-mx-2 mt-auto" />
    </article>
  )
}
