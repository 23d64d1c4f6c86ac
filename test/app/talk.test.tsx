// @vitest-environment jsdom
// A talk page end to end, on the real FOSDEM 2022 "cheetah" talk: event-page video, PDF slides, two speakers.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { renderApp } from './render-app.tsx'

const SLUG = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'
const TITLE = 'Kubernetes networking : is there a cheetah within your Calico?'
const EVENT = 'https://fosdem.org/2022/schedule/event/kubernetes_networking_is_there_a_cheetah'
const PDF =
  'https://fosdem.org/2022/schedule/event/kubernetes_networking_is_there_a_cheetah/attachments/slides/5080/export/events/attachments/kubernetes_networking_is_there_a_cheetah/slides/5080/FOSDEM_2022_Calico_VPP_is_there_a_cheetah_within_your_Calico.pdf'
const OLDER = 'Calico/VPP: Using Calico’s Pluggable Dataplanes for Fun and Fast Networking'
const NEWER = 'Need to connect your k8s pods to multiple networks? No problem with calico/vpp'

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
})

const openTalk = () => renderApp(`/talks/${SLUG}`)

describe('talk page', () => {
  it('shows the title, date, slot and speakers', async () => {
    await openTalk()
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument()
    expect(screen.getByText('February 6, 2022 · 4:30pm - 5:00pm CET')).toHaveAttribute('datetime', '2022-02-06')
    const byline = screen.getByRole('heading', { level: 1 }).nextElementSibling as HTMLElement
    expect(byline).toHaveTextContent('by Chris Tomkins and Nathan Skrzypczak')
    expect(within(byline).getByRole('link', { name: 'Chris Tomkins' })).toHaveAttribute('href', '/speakers/chris-tomkins')
    expect(within(byline).getByRole('link', { name: 'Nathan Skrzypczak' })).toHaveAttribute('href', '/speakers/nathan-skrzypczak')
    await waitFor(() => expect(document.title).toBe(`${TITLE} · Talkshelf`))
  })

  it('loads the body HTML', async () => {
    await openTalk()
    const about = screen.getByRole('region', { name: 'About this talk' })
    expect(await within(about).findByRole('heading', { name: 'Even faster kubernetes clusters with Calico, VPP and memif' })).toBeInTheDocument()
    expect(within(about).getByText(/That’s how the Calico\/VPP integration first came up|That's how the Calico\/VPP integration first came up/)).toBeInTheDocument()
  })

  it('links to the event page for the recording, and loads nothing from elsewhere up front', async () => {
    await openTalk()
    const video = screen.getByRole('region', { name: 'Video' })
    const watch = within(video).getByRole('link', { name: /^Watch on the event page/ })
    expect(watch).toHaveAttribute('href', EVENT)
    expect(watch).toHaveAttribute('target', '_blank')
    expect(watch).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(video).queryByRole('button')).not.toBeInTheDocument()
    expect(document.querySelector('iframe, video')).toBeNull()
  })

  it('shows the PDF slides only after "Show slides", with a download link', async () => {
    const { user } = await openTalk()
    const slides = screen.getByRole('region', { name: 'Slides' })
    expect(within(slides).queryByTitle(/Slides/)).not.toBeInTheDocument()
    expect(document.querySelector('iframe')).toBeNull()

    const download = within(slides).getByRole('link', { name: /^Open \/ download PDF/ })
    expect(download).toHaveAttribute('href', PDF)
    expect(download).toHaveAttribute('rel', 'noopener noreferrer')
    expect(download).toHaveAttribute('target', '_blank')
    expect(download).toHaveTextContent('FOSDEM_2022_Calico_VPP_is_there_a_cheetah_within_your_Calico.pdf')

    const show = within(slides).getByRole('button', { name: /Show slides/ })
    expect(show).toHaveTextContent('Loads content from fosdem.org')
    await user.click(show)
    const frame = within(slides).getByTitle(`Slides (PDF): ${TITLE}`)
    expect(frame.tagName).toBe('IFRAME')
    expect(frame).toHaveAttribute('src', PDF)
    // Chromium shows no PDF in a sandboxed frame: this one alone goes without.
    expect(frame).not.toHaveAttribute('sandbox')
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    expect(within(slides).queryByRole('button', { name: /Show slides/ })).not.toBeInTheDocument()
  })

  it('lists the event link once, though the file has it twice', async () => {
    await openTalk()
    const links = within(screen.getByRole('region', { name: 'Links' }))
    const event = links.getAllByRole('link', { name: /^Event (page|link)/ })
    expect(event).toHaveLength(1)
    expect(event[0]).toHaveAccessibleName(/^Event page\s*\(opens in a new tab\)$/)
    expect(event[0]).toHaveAttribute('href', `${EVENT}/`)
  })

  it('has a speaker card per speaker, with their page and social links', async () => {
    await openTalk()
    const section = screen.getByRole('region', { name: 'Speakers' })
    const cards = within(section).getAllByRole('article')
    expect(cards).toHaveLength(2)
    expect(within(cards[0]!).getByRole('heading', { level: 3, name: 'Chris Tomkins' })).toBeInTheDocument()
    expect(within(cards[0]!).getByText('Developer Advocate @ Project Calico/Tigera')).toBeInTheDocument()
    expect(within(cards[0]!).getByRole('link', { name: 'Chris Tomkins' })).toHaveAttribute('href', '/speakers/chris-tomkins')
    const social = within(cards[0]!).getByRole('list', { name: 'Chris Tomkins elsewhere' })
    expect(within(social).getByRole('link', { name: /LinkedIn/ })).toHaveAttribute('href', 'https://www.linkedin.com/in/cdtomkins')
    expect(within(cards[1]!).getByRole('heading', { level: 3, name: 'Nathan Skrzypczak' })).toBeInTheDocument()
    expect(within(within(cards[1]!).getByRole('list', { name: 'Nathan Skrzypczak elsewhere' })).getByRole('link', { name: /GitHub/ })).toHaveAttribute(
      'href',
      'https://github.com/sknat',
    )
  })

  it('suggests more talks from these speakers', async () => {
    await openTalk()
    const more = screen.getByRole('region', { name: 'More from these speakers' })
    const titles = within(more)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(titles).toHaveLength(3)
    expect(titles).not.toContain(TITLE)
    expect(titles[0]).toBe(NEWER)
  })

  it('links to the older and newer talk, and following one shows it', async () => {
    const { router, user } = await openTalk()
    const nav = screen.getByRole('navigation', { name: 'Previous and next talk' })
    const older = within(nav).getByRole('link', { name: new RegExp(`Older talk.*${OLDER.slice(0, 20).replace(/[/.?]/g, '\\$&')}`) })
    const newer = within(nav).getByRole('link', { name: /Newer talk.*Need to connect your k8s pods/ })
    expect(older).toHaveAttribute('rel', 'prev')
    expect(older).toHaveAttribute('href', '/talks/2021-10-15-calico-vpp-using-calico-pluggable-dataplanes')
    expect(newer).toHaveAttribute('rel', 'next')
    expect(newer).toHaveAttribute('href', '/talks/2023-02-05-need-to-connect-your-k8s-pods-to-multiple-networks-no-problem-with-calico-vpp')

    await user.click(older)
    expect(await screen.findByRole('heading', { level: 1, name: OLDER })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/talks/2021-10-15-calico-vpp-using-calico-pluggable-dataplanes')
    // The oldest-but-one talk has no video: no video section is left over from the last page.
    expect(screen.queryByRole('region', { name: 'Video' })).not.toBeInTheDocument()
  })

  it('starts fresh on the next talk: nothing clicked or copied carries over', async () => {
    const { user } = await openTalk()
    const share = screen.getByRole('region', { name: 'Share' })
    await user.click(within(share).getByRole('button', { name: 'Copy link' }))
    expect(within(share).getByRole('status')).toHaveTextContent('Link copied')
    await user.click(within(screen.getByRole('region', { name: 'Slides' })).getByRole('button', { name: /Show slides/ }))
    expect(document.querySelector('iframe')).not.toBeNull()

    await user.click(screen.getByRole('link', { name: /Newer talk/ }))
    expect(await screen.findByRole('heading', { level: 1, name: NEWER })).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Share' })).getByRole('status')).toBeEmptyDOMElement()
    expect(document.querySelector('iframe')).toBeNull()
    expect(within(screen.getByRole('region', { name: 'Slides' })).getByRole('button', { name: /Show slides/ })).toBeInTheDocument()
  })

  it('copies the page address', async () => {
    const { user } = await renderApp(`/talks/${SLUG}?utm_source=feed`, { browserHistory: true })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    await expect(navigator.clipboard.readText()).resolves.toBe(`${window.location.origin}/talks/${SLUG}`)
    // Start times are offered only for videos that play here, not for an event-page link.
    expect(screen.queryByRole('checkbox', { name: 'Start at' })).not.toBeInTheDocument()
  })

  it('ignores a bad start time in the URL', async () => {
    await renderApp(`/talks/${SLUG}?t=abc`)
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument()
  })
})
