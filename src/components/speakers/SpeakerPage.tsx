import { getRouteApi, Link } from '@tanstack/react-router'
import { useEffect } from 'react'
import { coSpeakers, talksBySpeaker } from '../../data/catalog.ts'
import { titleOf } from '../../data/page-title.ts'
import { site } from '../../data/site.ts'
import { roleLine } from '../talk/SpeakerCard.tsx'
import { TalkCard } from '../timeline/TalkCard.tsx'
import { Avatar } from '../ui/Avatar.tsx'
import { plural } from '../ui/format.ts'
import { SafeHtml } from '../ui/SafeHtml.tsx'
import { SubscribeLinks } from '../subscribe/SubscribeLinks.tsx'
import { SocialLinks } from './SocialLinks.tsx'
import { cardGrid } from '../ui/layout.ts'
import { MoreButton } from '../timeline/MoreButton.tsx'
import { useIncremental } from '../timeline/useIncremental.ts'

const route = getRouteApi('/speakers/$slug')

export function SpeakerPage() {
  const { speaker, profile } = route.useLoaderData()
  const talks = talksBySpeaker(speaker.slug)
  const { count, sentinel, showMore } = useIncremental(talks.length)
  const partners = coSpeakers(speaker.slug)
  useEffect(() => {
    document.title = titleOf({ kind: 'speaker', name: speaker.name }, site.title)
  }, [speaker.name])
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-5 sm:flex-row sm:items-start">
        <Avatar name={speaker.name} image={speaker.image} picture={speaker.picture} size="xl" eager />
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{speaker.name}</h1>
          {roleLine(speaker) && <p className="text-lg text-slate-600 dark:text-slate-400">{roleLine(speaker)}</p>}
          {profile?.bioHtml && <SafeHtml html={profile.bioHtml} className="prose-talk max-w-3xl" />}
          <SocialLinks name={speaker.name} links={profile?.links} className="-mx-2" />
          {talks.length > 0 && <SubscribeLinks subject={{ kind: 'speaker', slug: speaker.slug, name: speaker.name }} className="-mx-2" />}
        </div>
      </header>
      <section aria-labelledby="talks-h" className="flex flex-col gap-4">
        <h2 id="talks-h" className="text-2xl font-bold tracking-tight">
          {plural(talks.length, 'talk')}
        </h2>
        <div className={cardGrid}>
          {talks.slice(0, count).map((t, i) => (
            <TalkCard key={t.slug} talk={t} eager={i < 3} />
          ))}
        </div>
        <MoreButton remaining={talks.length - count} onClick={showMore} sentinel={sentinel} />
      </section>
      {partners.length > 0 && (
        <section aria-labelledby="with-h">
          <h2 id="with-h" className="mb-3 text-xl font-semibold">
            Spoke with
          </h2>
          <ul className="flex flex-wrap gap-3">
            {partners.map((p) => (
              <li key={p.slug}>
                <Link to="/speakers/$slug" params={{ slug: p.slug }} className="flex min-h-11 items-center gap-2 rounded-full border border-slate-200 bg-white py-1 pl-1 pr-4 font-medium hover:border-brand-400 dark:border-slate-800 dark:bg-slate-900">
                  <Avatar name={p.name} image={p.image} picture={p.picture} size="sm" />
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
