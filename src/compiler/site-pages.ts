// Pages of a site that sit among its talks but are not talks: an event site's folder holds the
// event's welcome, location, sponsor and program pages beside its talks, each with a Hugo `type`
// naming its layout (DevOpsDays: type = "event", "welcome", "program"; the talks type = "talk").
// Such a page, with no date of its own, is left out quietly instead of failing the build for a date;
// so is a schedule's break or lunch kept as a session.

/** Types that talk pages have: any other type marks a page of the site. */
const TALK_TYPE = /talk|session|webinar|presentation|keynote|lecture|ignite|workshop|tutorial|panel|lightning|seminar|video|recording|episode|demo|speech|meetup|codelab|quickie|conference|lab|training|hands|online|virtual|person|hybrid|remote|live|stream/i

/** Whether a page is one of the site's other pages: a declared type no talk has, and no date in its front matter. */
export function isSitePage(type: string | undefined, hasOwnDate: boolean): boolean {
  return !!type && !hasOwnDate && !TALK_TYPE.test(type)
}

/** A schedule's kinds for the time between talks (`format: pause`, `type: registration`). */
const FILLER_TYPE = /^(break|pause|lunch|coffee|coffee[- ]?break|breakfast|dinner|meal|registration|check-?in|networking|social)$/i
/** Tags that say nothing else: a talk about networking or social media is tagged so, a break is not. */
const FILLER_TAG = /^(break|pause|lunch|coffee|coffee[- ]?break|breakfast|dinner|meal)$/i

/**
 * Whether a page is a schedule's filler (a break, lunch, registration) that names no speaker: its
 * type or format (hugo-devfest's session kind) says so, or every tag it has is a break's.
 * Conference themes keep these as sessions beside the talks. A format is not a type: "Conférence"
 * or "Atelier" is a talk's, so only a break's format says anything.
 */
export function isScheduleFiller(t: { type?: string; tags: string[]; speakers: unknown[] }, format: unknown): boolean {
  if (t.speakers.length > 0) return false
  const kinds = [t.type, typeof format === 'string' ? format : undefined].map((k) => k?.trim() ?? '')
  return kinds.some((k) => FILLER_TYPE.test(k)) || (t.tags.length > 0 && t.tags.every((k) => FILLER_TAG.test(k.trim())))
}
