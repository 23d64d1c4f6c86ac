import { getRouteApi } from '@tanstack/react-router'
import { useEffect } from 'react'
import { speakersOf } from '../../data/catalog.ts'
import type { TalkDetail } from '../../data/types.ts'
import { titleOf } from '../../data/page-title.ts'
import { site } from '../../data/site.ts'
import { TalkListControls } from '../mylist/TalkListControls.tsx'
import { SafeHtml } from '../ui/SafeHtml.tsx'
import { PreviewImage } from './PreviewImage.tsx'
import { SharePanel } from './SharePanel.tsx'
import { SlidesEmbed } from './SlidesEmbed.tsx'
import { TalkHeader } from './TalkHeader.tsx'
import { TalkLinks } from './TalkLinks.tsx'
import { TalkNav } from './TalkNav.tsx'
import { MoreFromSpeakers, TalkSpeakers } from './TalkSpeakers.tsx'
import { VideoEmbed } from './VideoEmbed.tsx'

const route = getRouteApi('/talks/$slug')

function AboutAndSlides({ talk }: { talk: TalkDetail }) {
  return (
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
  )
}

export function TalkPage() {
  const { row, talk, related, older, newer, profiles } = route.useLoaderData()
  const { t: start } = route.useSearch()
  const speakers = speakersOf(row)

  useEffect(() => {
    document.title = titleOf({ kind: 'talk', title: talk.title }, site.title)
  }, [talk.title])

  const url = typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`
  // A player above everything when there is one to play; otherwise the abstract comes first, with
  // the event page's link above it and the preview image beside it: no picture of nothing on top.
  const playable = !!talk.video && talk.video.kind !== 'external'
  const videoSection = talk.video && (
    <section aria-labelledby="video-h">
      <h2 id="video-h" className="sr-only">
        Video
      </h2>
      <VideoEmbed talk={talk} video={talk.video} start={start} picture={row.picture} />
    </section>
  )
  // The router keeps this component mounted from one talk to the next: the key starts each
  // talk fresh, so no clicked-to-load embed or "Link copied" carries over to another talk.
  return (
    <article key={talk.slug} className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <TalkHeader row={row} talk={talk} speakers={speakers} />
        <TalkListControls slug={talk.slug} title={talk.title} />
      </div>
      {playable && videoSection}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-6">
          {!playable && videoSection}
          <AboutAndSlides talk={talk} />
        </div>
        <aside className="flex flex-col gap-6">
          {!playable && <PreviewImage talk={talk} picture={row.picture} />}
          <TalkLinks talk={talk} />
          <section aria-labelledby="share-h">
            <h2 id="share-h" className="mb-2 text-lg font-semibold">
              Share
            </h2>
            <SharePanel title={talk.title} url={url} canStartAt={playable} />
          </section>
        </aside>
      </div>
      {/* Below the first screen: laid out and painted only when scrolled near (content-visibility),
          so the first paint does not wait for them. The padding leaves room for focus rings, which
          the paint containment would otherwise clip. */}
      <div className="-m-2 flex flex-col gap-8 p-2 [contain-intrinsic-size:auto_1200px] [content-visibility:auto]">
        <TalkSpeakers speakers={speakers} profiles={profiles} />
        <MoreFromSpeakers speakers={speakers} talks={related} />
        <TalkNav older={older} newer={newer} />
      </div>
    </article>
  )
}
