import { calendarPath, feedPath, subscribeLabel, type Subject } from '../../data/subscriptions.ts'
import { publicUrl } from '../ui/public-url.ts'

const link =
  'inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 font-medium text-brand-600 underline-offset-2 hover:bg-brand-50 hover:underline dark:text-brand-300 dark:hover:bg-brand-500/10'

/** "Subscribe to Chris Tomkins’s talks: Atom feed · Calendar": the files the build writes for a subject. */
export function SubscribeLinks({ subject, className = '' }: { subject: Subject; className?: string }) {
  const label = subscribeLabel(subject)
  const about = label.replace(/^Subscribe to /, '')
  return (
    <p className={`flex flex-wrap items-center gap-x-1 text-sm text-slate-600 dark:text-slate-400 ${className}`}>
      <span className="px-2">{label}:</span>
      <a href={publicUrl(feedPath(subject))} className={link}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <path d="M5 5a14 14 0 0 1 14 14M5 11a8 8 0 0 1 8 8" />
          <circle cx="6" cy="18" r="1.2" fill="currentColor" />
        </svg>
        Atom feed{' '}
        <span className="sr-only">of {about}</span>
      </a>
      <a href={publicUrl(calendarPath(subject))} className={link}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <rect x="4" y="5" width="16" height="15" rx="2" />
          <path d="M4 10h16M9 3v4M15 3v4" />
        </svg>
        Calendar (.ics){' '}
        <span className="sr-only">of {about}</span>
      </a>
    </p>
  )
}
