// What a site gets without saying: FD.io's keys first (so its files compile exactly as they always
// have), then the names other Hugo talk sites use for the same facts. Lists are tried in order and
// compared case-insensitively; the first non-empty value wins (list fields take every key's values).
import type { FieldKey, SpeakerField, TalkField } from './schema.ts'

export const DEFAULT_FIELDS: Record<TalkField, FieldKey[]> = {
  title: ['title'],
  // A CMS's import date often sits in `date`: the event's own date-time keys come first; a file with
  // no date but a publishDate is dated by it, as Hugo dates it.
  date: ['event_datetime', 'event_start_date', 'event_start', 'time_start', 'datestart', 'date_start', 'start_date', 'starts_at', 'talk_date', 'event_date', 'date', 'publishdate'],
  // A time of day kept apart from the date (DevOpsDays' Talk_start_time), used when the date has none.
  start: ['start_time', 'talk_start_time', 'starttime'],
  end: ['event_end_date', 'event_end', 'time_end', 'dateend', 'date_end', 'end_date', 'ends_at', 'end_time', 'talk_end_time', 'endtime'],
  duration: ['duration'],
  zone: ['timezone', 'time_zone'],
  timeSlot: ['time_slot', 'timeslot'],
  video: ['youtubeurl', 'video', 'videourl', 'video_url', 'youtube', 'youtube_id', 'youtubeid', 'vimeoid', 'vimeo', 'vimeo_id', 'recording', 'url_video', 'videoid', 'video_id', 'talk_url',
    // Last, a talk's one `link`: where to watch it, on curated archives (a page of no known player is shown as a link).
    'link'],
  // DevOpsDays' talks name each slide host: speakerdeck, slideshare, googleslides, pdf.
  // GDG DevFest sites (hugo-devfest) name the deck `presentation`.
  slides: ['pdfurl', 'ppturl', 'slides', 'slidesurl', 'slides_url', 'slide_deck', 'deck', 'url_slides', 'url_pdf', 'speakerdeck', 'slideshare', 'googleslides', 'pdf', 'presentation'],
  event: ['eventurl', 'event_url', 'event_link', 'webinar_url'],
  eventName: ['event', 'conference'],
  abstract: ['abstract', 'long_abstract'],
  summary: ['summary', 'description', 'short_abstract', 'abstract'],
  // Then Ananke's featured_image, and Hugo's own `images` (the list its Open Graph template reads).
  image: ['previewimage', 'preview_image', 'image', 'thumbnail', 'cover', 'featured_image', 'featuredimage', 'images'],
  tags: ['tags', 'categories', 'category', 'topics', 'track'],
  slug: ['slug'],
  draft: ['draft'],
  aliases: ['aliases'],
  publishDate: ['publishdate'],
  registration: ['registration_link', 'registration', 'register', 'rsvp', 'webinar_registration'],
  // Hugo Academic / Wowchemy talks name their presenters in `authors` (files in content/authors/).
  // hugo-devfest sites that keep no speaker files write each one inline: speakers_info: [{ name, company, photoURL }].
  speakers: ['speakers', 'speaker', 'presenters', 'authors', 'speakers_info'],
  type: ['type'],
  // Wowchemy's links: [{ name, url }] and url_code…; rOpenSci's resources: [{ url, name }] (Hugo's own
  // page resources, [{ src }], are not links and are passed over).
  links: ['links', 'resources', 'url_code', 'url_project', 'url_poster', 'url_source', 'url_dataset', 'url_preprint'],
}

/** Fields whose every listed key contributes (the rest take the first non-empty value). */
export const LIST_FIELDS = new Set<TalkField>(['slides', 'tags', 'aliases', 'speakers', 'links'])

export const DEFAULT_SPEAKER_FIELDS: Record<SpeakerField, string[]> = {
  name: ['fullname', 'full_name', 'name', 'title'],
  role: ['role', 'designation', 'position', 'jobtitle', 'job_title'],
  org: ['organization', 'organisation', 'company', 'affiliation', 'org', 'organizations', 'organisations', 'affiliations'],
  // The body of a speaker file is its bio when none of these is set.
  bio: ['longbio', 'bio', 'shortbio', 'description', 'about'],
  photo: ['avatar', 'photo', 'image', 'images', 'img', 'picture', 'photourl', 'photo_url', 'avatar_url'],
  github: ['github'],
  twitter: ['twitter', 'x'],
  linkedin: ['linkedin'],
  website: ['website', 'url', 'homepage'],
  key: ['key', 'id'],
}

/** Talk folders looked for under a site root, in order. */
export const CONTENT_CANDIDATES = [
  'content/talks', 'content/webinars', 'content/sessions', 'content/events', 'content/presentations', 'content/videos',
  // Hugo Academic / Wowchemy: content/talk (older) or content/event.
  'content/talk', 'content/event', 'content/webinar', 'content/session', 'content/presentation',
  // A user group's meetups, a page each (its talks in the body): the archive's entries.
  'content/meetups', 'content/meetup',
]

/** Speaker folders looked for under a site root, in order. */
export const SPEAKER_CANDIDATES = ['content/speakers', 'content/people', 'content/authors']

/** Keys that Hugo itself, theme conventions or CMSes add and a talk archive has no use for: accepted quietly. */
export const QUIET_KEYS = [
  'weight', 'lastmod', 'layout', 'url', 'keywords', 'expirydate', 'unpublishdate', 'author', 'authors', 'linktitle', 'menu', 'toc',
  'outputs', 'markup', 'translationkey', 'headless', 'build', '_build', 'cascade', 'sitemap', 'series', 'subtitle', 'featured',
  // Ids a schedule or a CMS names the page by (a schedule is looked up by them too).
  'key', 'id',
  // Hugo Academic / Wowchemy's page switches.
  'all_day', 'math', 'diagram', 'projects',
  // hugo-devfest's session kind (talk, codelab, pause…): read only to pass over breaks (site-pages.ts).
  'format',
]
