import type { TalkRow } from '../../data/catalog.ts'
import type { SpeakerProfile, SpeakerRow } from '../../data/types.ts'
import { TalkCard } from '../timeline/TalkCard.tsx'
import { cardGrid } from '../ui/layout.ts'
import { SpeakerCard } from './SpeakerCard.tsx'

/** The talk's speakers, each with photo, role, bio and links. */
export function TalkSpeakers({ speakers, profiles }: { speakers: SpeakerRow[]; profiles: Map<string, SpeakerProfile> }) {
  if (!speakers.length) return null
  return (
    <section aria-labelledby="speakers-h" className="flex flex-col gap-4">
      <h2 id="speakers-h" className="text-xl font-semibold">
        {speakers.length === 1 ? 'Speaker' : 'Speakers'}
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {speakers.map((s) => (
          <SpeakerCard key={s.slug} speaker={s} profile={profiles.get(s.slug)} />
        ))}
      </div>
    </section>
  )
}

/** Other talks by the same speakers. */
export function MoreFromSpeakers({ speakers, talks }: { speakers: SpeakerRow[]; talks: TalkRow[] }) {
  if (!talks.length) return null
  return (
    <section aria-labelledby="more-h" className="flex flex-col gap-4">
      <h2 id="more-h" className="text-xl font-semibold">
        More from {speakers.length === 1 ? speakers[0]!.name : 'these speakers'}
      </h2>
      <div className={cardGrid}>
        {talks.map((t) => (
          <TalkCard key={t.slug} talk={t} />
        ))}
      </div>
    </section>
  )
}
