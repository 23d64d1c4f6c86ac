// Code-based routes, kept thin: each parses its search params (once, here), loads its data and names
// its view. Views read them with the route's own hooks (getRouteApi), typed by the Register below.
import { createMemoryHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent, notFound, stringifySearchWith, type RouterHistory } from '@tanstack/react-router'
import { AppShell } from './components/layout/AppShell.tsx'
import { NotFoundPage } from './components/layout/NotFoundPage.tsx'
import { RouteError } from './components/layout/RouteError.tsx'
import { SpeakerPage } from './components/speakers/SpeakerPage.tsx'
import { SpeakersPage } from './components/speakers/SpeakersPage.tsx'
import { MyListPage } from './components/mylist/MyListPage.tsx'
import { HomePage } from './components/timeline/HomePage.tsx'
import { browse } from './data/browse.ts'
import { allSpeakers, loadCatalog, loadedTalks, speakerBySlug, talksBySpeaker } from './data/catalog.ts'
import { searchFor, talkQuery, talksOf } from './data/search-service.ts'
import { ensureSummaries } from './data/summaries.ts'
import { loadSpeakerProfiles, loadTalkPage } from './data/talk-pages.ts'
import { parseBrowseSearch, parseListSearch, parseSpeakersSearch, parseTalkSearch } from './data/search-params.ts'
import { FIRST_PAGE } from './data/wire.ts'
import { site } from './data/site.ts'

const rootRoute = createRootRoute({
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
})

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: parseBrowseSearch,
  loaderDeps: ({ search }) => search,
  // The unfiltered first page comes with the app, summaries included: nothing to wait for, and the
  // prerendered HTML is that page. A filter or a query needs the whole list first (a query, the
  // engine's first answer; the bodies stream in after). While typing ('stay'), nothing is awaited:
  // results follow the engine's answers.
  loader: async ({ deps, cause }) => {
    if (!deps.q && !deps.year && !deps.speaker && !deps.tag) return
    if (cause === 'stay') return
    await loadCatalog()
    const found = deps.q ? talksOf(await searchFor(talkQuery(deps.q))) : []
    const { talks } = browse({ talks: loadedTalks(), speakers: allSpeakers(), search: () => found }, deps)
    await ensureSummaries(talks.slice(0, FIRST_PAGE))
  },
  component: HomePage,
})

const talkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/talks/$slug',
  validateSearch: parseTalkSearch,
  // The body is part of the route's data, so a prerendered page carries it and the client's first
  // render (after router.load) shows it without a flash.
  loader: async ({ params }) => {
    const page = await loadTalkPage(params.slug)
    if (!page) throw notFound()
    return { ...page, profiles: await loadSpeakerProfiles(page.row.speakers) }
  },
  // Its own chunk (embeds, share panel, speakers): not in the home page's first load. The router
  // loads it with the route's data, before the page hydrates or renders.
  component: lazyRouteComponent(() => import('./components/talk/TalkPage.tsx'), 'TalkPage'),
})

const speakersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers',
  validateSearch: parseSpeakersSearch,
  loader: () => loadCatalog(),
  component: SpeakersPage,
})

const speakerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers/$slug',
  loader: async ({ params }) => {
    await loadCatalog()
    const speaker = speakerBySlug(params.slug)
    if (!speaker) throw notFound()
    const [profiles] = await Promise.all([loadSpeakerProfiles([speaker.slug]), ensureSummaries(talksBySpeaker(speaker.slug))])
    return { speaker, profile: profiles.get(speaker.slug) }
  },
  component: SpeakerPage,
})

// The list lives in this browser (localStorage): nothing to load, and nothing the server can render.
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/list',
  validateSearch: parseListSearch,
  // A list names talks from anywhere in the archive.
  loader: () => loadCatalog(),
  component: MyListPage,
})

const routeTree = rootRoute.addChildren([homeRoute, talkRoute, speakersRoute, speakerRoute, listRoute])

/** The app's router; tests pass a memory history (and the server renderer will too). */
export function createAppRouter(options: { history?: RouterHistory; initialPath?: string; prerender?: boolean } = {}) {
  const history = options.history ?? (options.initialPath ? createMemoryHistory({ initialEntries: [options.initialPath] }) : undefined)
  return createRouter({
    routeTree,
    basepath: site.base,
    defaultPreload: 'intent',
    // Scroll restoration renders an inline <script> on the server; prerendered pages must not
    // carry inline script (the CSP forbids it), and the client restores scroll on its own.
    scrollRestoration: !options.prerender,
    defaultNotFoundComponent: NotFoundPage,
    // A page's error shows inside the shell (header, navigation), not instead of it.
    defaultErrorComponent: RouteError,
    // A list of slugs (a shared list's ?talks=) reads as "a,b,c" rather than JSON: the router writes
    // back what validateSearch returns, and a shared link should stay readable.
    stringifySearch: stringifySearchWith((value) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(',') : JSON.stringify(value)), JSON.parse),
    ...(history ? { history } : {}),
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

/** A location as the prerendered page records it and the browser compares it (path and query, no hash). */
export function renderedHref(location: { pathname: string; searchStr: string }): string {
  return location.pathname + location.searchStr
}
