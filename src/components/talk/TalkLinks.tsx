import type { Talk } from '../../data/types.ts'
import { publicUrl } from '../ui/public-url.ts'
import { ExternalLink } from './ExternalLink.tsx'

/** The talk's event page, calendar file and every labelled link (btn shortcodes) it carries. */
export function TalkLinks({ talk }: { talk: Talk }) {
  const otherLinks = talk.buttons.filter((b) => b.url !== talk.links.event)
  return (
    <section aria-labelledby="links-h">
        <h2 id="links-h" className="mb-2 text-lg font-semibold">
          Links
        </h2>
        <ul className="flex flex-col gap-1">
          {talk.links.event && (
            <li>
              <ExternalLink href={talk.links.event} className="inline-flex min-h-11 items-center font-medium text-brand-600 hover:underline dark:text-brand-300">
                Event page
              </ExternalLink>
            </li>
          )}
          <li>
            <a href={publicUrl(`/calendar/${talk.slug}.ics`)} download className="inline-flex min-h-11 items-center font-medium text-brand-600 hover:underline dark:text-brand-300">
              Add to calendar (.ics)
            </a>
          </li>
          {otherLinks.map((b) => (
            <li key={b.url}>
              <ExternalLink href={b.url} className="inline-flex min-h-11 items-center font-medium text-brand-600 hover:underline dark:text-brand-300">
                {b.label}
              </ExternalLink>
            </li>
          ))}
        </ul>
      </section>
  )
}
