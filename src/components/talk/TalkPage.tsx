import { Link, useLoaderData, useSearch } from '@tanstack/react-router'
import { useEffect } from 'react'
import { moreFromSpeakers, neighbours, speakersOf } from '../../data/index.ts'
import { site } from '../../data/site.ts'
import { TalkCard } from '../timeline/TalkCard.tsx'
import { formatWhen } from '../ui/format.ts'
import { SafeHtml } from '../ui/SafeHtml.tsx'
import { SharePanel } from './SharePanel.tsx'
import { SlidesEmbed } from './SlidesEmbed.tsx'
import { SpeakerCard } from './SpeakerCard.tsx'
import { VideoEmbed } from './VideoEmbed.tsx'
import { TalkLinks } from './TalkLinks.tsx'
import { TalkNav } from './TalkNav.tsx'
import { cardGrid } from '../ui/layout.ts'

export function TalkPage() {
  const { row, talk, profiles } = useLoaderData({ from: '/talks/$slug' })
  // The router lays validateSearch's result over the raw params, so a dropped `?t=abc` still arrives.
  const t = useSearch({ from: '/talks/$slug' }).t as unknown
  const start = typeof t === 'number' && Number.isInteger(t) && t > 0 && t < 86_400 ? t : undefined
  const speakers = speakersOf(row)
  const more = moreFromSpeakers(row)
  const { older, newer } = neighbours(row)

  useEffect(() => {
    document.title = `${talk.title} · ${site.title}`
  }, [talk.title])

  const url = typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`
  // The router keeps this component mounted from one talk to the next: the key starts each
  // talk fresh, so no clicked-to-load embed or "Link copied" carries over to another talk.
  return (
    <article key={talk.slug} className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm font-medium text-slate-500 dark:text-slate-400">
          <time dateTime={talk.date}>{formatWhen(row)}</time>
          {talk.event ? <> · {talk.event}</> : null}
        </p>
        <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{talk.title}</h1>
        {speakers.length > 0 && (
          <p className="text-lg text-slate-700 dark:text-slate-300">
            by{' '}
            {speakers.map((s, i) => (
              <span key={s.slug}>
                <Link to="/speakers/$slug" params={{ slug: s.slug }} className="-my-2 inline-block py-2 font-semibold hover:text-brand-600 hover:underline dark:hover:text-brand-300">
                  {s.name}
                </Link>
                {i < speakers.length - 2 ? ', ' : i === speakers.length - 2 ? ' and ' : ''}
              </span>
            ))}
          </p>
        )}
        {talk.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-2">
            {talk.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-slate-200 px-3 py-0.5 text-sm dark:bg-slate-800">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </header>

      {talk.video && (
        <section aria-labelledby="video-h">
          <h2 id="video-h" className="sr-only">
            Video
          </h2>
          <VideoEmbed talk={talk} video={talk.video} start={start} />
        </section>
      )}

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-8">
          <section aria-labelledby="about-h">
            <h2 id="about-h" className="mb-3 text-xl font-semibold">
              About this talk
            </h2>
            <SafeHtml html={talk.html} className="prose-talk" />
          </section>
          {talk.slides.length > 0 && (
            <section aria-labelledby="slides-h" className="flex flex-col gap-4">
              <h2 id="slides-h" className="text-xl font-semibold">
                Slides
              </h2>
              {talk.slides.map((s) => (
                <SlidesEmbed key={s.url} slides={s} title={talk.title} />
              ))}
            </section>
          )}
        </div>
        <aside className="flex flex-col gap-6">
          <TalkLinks talk={talk} />
          <section aria-labelledby="share-h">
            <h2 id="share-h" className="mb-2 text-lg font-semibold">
              Share
            </h2>
            <SharePanel title={talk.title} url={url} canStartAt={!!talk.video && talk.video.kind !== 'external'} />
          </section>
        </aside>
      </div>

      {speakers.length > 0 && (
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
      )}

      {more.length > 0 && (
        <section aria-labelledby="more-h" className="flex flex-col gap-4">
          <h2 id="more-h" className="text-xl font-semibold">
            More from {speakers.length === 1 ? speakers[0]!.name : 'these speakers'}
          </h2>
          <div className={cardGrid}>
            {more.map((t) => (
              <TalkCard key={t.slug} talk={t} />
            ))}
          </div>
        </section>
      )}

      <TalkNav older={older} newer={newer} />
    </article>
  )
}
