// The one data model shared by the build-time compiler (Node) and the app (browser).
// Everything here is plain JSON: the browser never parses TOML or Markdown.
import type { Picture } from './images.ts'

/** A time slot as written ("4:30pm - 5:00pm CET"), plus what could be parsed from it. */
export interface TimeSlot {
  text: string
  /** 24-hour "HH:MM", when parsable. */
  start?: string
  end?: string
  /** The zone abbreviation or offset as written ("CET", "PST", "UTC+2"). */
  zone?: string
}

/** The well-known links of a talk, each an absolute http(s) URL. */
export interface TalkLinks {
  video?: string
  pdf?: string
  ppt?: string
  event?: string
}

export interface LabelledLink {
  label: string
  url: string
}

/** How a video link can be shown, decided at build time. A file's url may be a site path. */
export type Video =
  | { kind: 'youtube'; id: string; start?: number; url: string }
  /** `hash`: the key of an unlisted video (vimeo.com/ID/HASH). */
  | { kind: 'vimeo'; id: string; hash?: string; start?: number; url: string }
  | { kind: 'file'; url: string; mime: string }
  | { kind: 'peertube'; embedUrl: string; url: string }
  | { kind: 'external'; url: string }

/** How a slides link can be shown, decided at build time. A PDF's url may be a site path ("/uploads/a.pdf"). */
export type Slides =
  | { kind: 'pdf'; url: string }
  | { kind: 'gdrive'; embedUrl: string; url: string }
  | { kind: 'gslides'; embedUrl: string; url: string }
  | { kind: 'pptx'; embedUrl: string; url: string }
  | { kind: 'speakerdeck'; embedUrl: string; url: string }
  | { kind: 'slideshare'; embedUrl: string; url: string }
  | { kind: 'external'; url: string }

/** A talk as listed and searched: everything but the rendered body. */
export interface Talk {
  slug: string
  title: string
  /** "YYYY-MM-DD", exactly as the file's date says (never shifted through UTC). */
  date: string
  year: number
  publishDate?: string
  timeSlot?: TimeSlot
  /** Speaker slugs, in the order the file lists them. */
  speakers: string[]
  links: TalkLinks
  /** Every `btn` shortcode, with its label. */
  buttons: LabelledLink[]
  video?: Video
  slides: Slides[]
  previewImage?: string
  /** Plain text for cards and search. */
  summary: string
  tags: string[]
  event?: string
  type?: string
  aliases: string[]
  /** Front-matter keys Talkshelf does not know, kept as written. */
  extra?: Record<string, unknown>
}

export interface SpeakerLinks {
  github?: string
  twitter?: string
  linkedin?: string
  website?: string
}

export interface Speaker {
  slug: string
  name: string
  role?: string
  org?: string
  /** Public path of a photo that exists, if any. */
  image?: string
  /** Plain-text bio (most recent talk's). */
  bio?: string
  /** Sanitised HTML bio. */
  bioHtml?: string
  links: SpeakerLinks
  /** Talk slugs, newest first. */
  talks: string[]
  /** Other ways the same person was written in the content ("Name - Role @ Org" strings). */
  variants: string[]
}

/** What a talk offers, shown as badges on cards. */
export type Badge = 'Video' | 'Recording' | 'Slides' | 'PPT' | 'Event page'

/** A speaker as listed. */
export interface SpeakerRow {
  slug: string
  name: string
  role?: string
  org?: string
  image?: string
  /** The photo's size and variant key when the build made resized copies (src/data/images.ts). */
  picture?: Picture
}

/** The rest of a speaker, loaded when a page shows a bio. */
export interface SpeakerProfile {
  slug: string
  bio?: string
  bioHtml?: string
  links: SpeakerLinks
  variants: string[]
}

/** A talk's page data: everything about it, and its rendered body. */
export interface TalkDetail extends Talk {
  html: string
}

/** The compiled collection, newest talk first (what the compiler hands the plugin and the prerenderer). */
export interface TalkIndex {
  talks: Talk[]
  speakers: Speaker[]
  /** Old Hugo paths (normalised, no trailing slash) → talk slug. */
  aliases: Record<string, string>
}
