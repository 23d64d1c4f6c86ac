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

/** A schedule's kinds and tags for the time between talks. */
const FILLER = /^(break|pause|lunch|coffee|coffee[- ]?break|breakfast|dinner|meal|registration|check-?in|networking|social)$/i

/**
 * Whether a page is a schedule's filler (a break, lunch, registration): its type, format or a tag
 * says so and it names no speaker. Conference themes keep these as sessions beside the talks.
 */
export function isScheduleFiller(t: { type?: string; tags: string[]; speakers: unknown[] }): boolean {
  return t.speakers.length === 0 && [t.type ?? '', ...t.tags].some((k) => FILLER.test(k.trim()))
}
