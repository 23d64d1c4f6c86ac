import { Link, Outlet } from '@tanstack/react-router'
import { site } from '../../data/site.ts'
import { MyListLink } from '../mylist/MyListLink.tsx'
import { OfflineNotice } from '../offline/OfflineNotice.tsx'
import { ThemeToggle } from './ThemeToggle.tsx'
import { HydrationSwitch } from '../ui/hydration.tsx'
import { publicUrl } from '../ui/public-url.ts'

const navLink =
  'inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
const activeNav = 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-white'

export function AppShell() {
  return (
    <HydrationSwitch>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:inline-flex focus:min-h-11 focus:items-center focus:rounded-lg focus:bg-white focus:px-4 focus:font-semibold focus:text-brand-700 focus:shadow-lg dark:focus:bg-slate-900 dark:focus:text-brand-300"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-30 border-b border-slate-200/80 bg-white/85 backdrop-blur dark:border-slate-800 dark:bg-slate-950/85">
          <OfflineNotice />
          <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-2 sm:px-6">
            <Link to="/" className="mr-auto flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg font-semibold tracking-tight" aria-label={`${site.title}: all talks`}>
              <img src={publicUrl('/favicon.svg')} alt="" width={28} height={28} />
              {/* The logo alone on phones: the links beside it need the room. */}
              <span className="hidden text-lg min-[480px]:inline">{site.title}</span>
            </Link>
            <nav aria-label="Main" className="flex items-center gap-1">
              <Link to="/" className={navLink} activeProps={{ className: activeNav, 'aria-current': 'page' }} activeOptions={{ exact: true, includeSearch: false }}>
                Talks
              </Link>
              <Link to="/speakers" className={navLink} activeProps={{ className: activeNav, 'aria-current': 'page' }}>
                Speakers
              </Link>
              <MyListLink className={navLink} activeClassName={activeNav} />
            </nav>
            <ThemeToggle />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8">
          <Outlet />
        </main>
        <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-500 dark:border-slate-800 dark:text-slate-400">
          <p>{site.title}</p>
          <ul aria-label="Subscribe and export" className="mt-2 flex flex-wrap justify-center gap-x-1">
            {[
              ['/feed.xml', 'Atom feed'],
              ['/talks.ics', 'Calendar (.ics)'],
              ['/talks.json', 'talks.json'],
            ].map(([href, label]) => (
              <li key={href}>
                <a className="inline-flex min-h-11 items-center px-2 underline underline-offset-2 hover:text-slate-900 dark:hover:text-white" href={publicUrl(href!)}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </footer>
      </div>
    </HydrationSwitch>
  )
}
