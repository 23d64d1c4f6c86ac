// @vitest-environment jsdom
// My list: a star on every card and talk page keeps a talk in this browser's list; the list page
// shows it, marks watched talks, and shares it as a link that opens the same list elsewhere.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { myList } from '../../src/components/mylist/store.ts'
import { render as renderServer } from '../../src/entry-server.tsx'
import { renderApp } from './render-app.tsx'

const CHEETAH = 'Kubernetes networking : is there a cheetah within your Calico?'
const CHEETAH_SLUG = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'
const WIREGUARD_SLUG = '2021-10-12-calico-vpp-low-trust-edge-network-no-problem'
const KEY = 'talkshelf-list:/'

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  Element.prototype.scrollIntoView = vi.fn()
})
beforeEach(() => {
  localStorage.clear()
  myList.reload()
})

const star = (title: string) => screen.getByRole('button', { name: `Save “${title}” to my list` })
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? '[]') as { slug: string; watched: boolean }[]
const listTitles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)

describe('the star', () => {
  it('on a card keeps the talk in the list, in localStorage, and the header counts it', async () => {
    const { user } = await renderApp('/')
    expect(star(CHEETAH)).toHaveAttribute('aria-pressed', 'false')
    await user.click(star(CHEETAH))
    expect(star(CHEETAH)).toHaveAttribute('aria-pressed', 'true')
    expect(stored().map((e) => e.slug)).toEqual([CHEETAH_SLUG])
    expect(screen.getByRole('link', { name: 'My list, 1 saved' })).toHaveAttribute('href', '/list')
    await user.click(star(CHEETAH))
    expect(stored()).toEqual([])
    expect(screen.getByRole('link', { name: 'My list' })).toBeInTheDocument()
  })

  it('on a talk page saves it and then offers "Watched"', async () => {
    const { user } = await renderApp(`/talks/${CHEETAH_SLUG}`)
    const save = screen.getByRole('button', { name: 'Save to my list' })
    expect(screen.queryByRole('checkbox', { name: 'Watched' })).toBeNull()
    await user.click(save)
    expect(save).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('checkbox', { name: 'Watched' }))
    expect(stored()).toEqual([expect.objectContaining({ slug: CHEETAH_SLUG, watched: true })])
  })

  it('follows changes made in another tab', async () => {
    await renderApp('/')
    localStorage.setItem(KEY, JSON.stringify([{ slug: CHEETAH_SLUG, added: 1, watched: false }]))
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    await waitFor(() => expect(star(CHEETAH)).toHaveAttribute('aria-pressed', 'true'))
  })
})

describe('the list page', () => {
  it('shows the saved talks newest first, marks watched ones, removes, and says when empty', async () => {
    myList.toggle(WIREGUARD_SLUG)
    myList.toggle(CHEETAH_SLUG)
    const { user } = await renderApp('/list')
    expect(screen.getByRole('heading', { level: 1, name: 'My list' })).toBeInTheDocument()
    expect(listTitles()).toEqual([CHEETAH, expect.stringMatching(/^Low Trust Edge Network/)])
    expect(screen.getByText('2 talks · 0 watched')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: `Watched: “${CHEETAH}”` }))
    expect(screen.getByText('2 talks · 1 watched')).toBeInTheDocument()
    expect(stored().find((e) => e.slug === CHEETAH_SLUG)?.watched).toBe(true)

    await user.click(screen.getByRole('button', { name: `Remove “${CHEETAH}” from my list` }))
    await user.click(screen.getAllByRole('button', { name: /^Remove/ })[0]!)
    expect(screen.getByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument()
  })

  it('shares the list as a link holding the slugs, which opens the same list and adds it to another', async () => {
    myList.toggle(WIREGUARD_SLUG)
    myList.toggle(CHEETAH_SLUG)
    const mine = await renderApp('/list')
    const url = (screen.getByRole('textbox', { name: 'Link to this list' }) as HTMLInputElement).value
    mine.unmount()
    expect(url).toBe(`${window.location.origin}/list?talks=${CHEETAH_SLUG},${WIREGUARD_SLUG}`)

    // Another device: an empty list, the shared link, plus a slug this site does not have.
    localStorage.clear()
    myList.reload()
    const { user, router } = await renderApp(`${new URL(url).pathname}${new URL(url).search},no-such-talk`)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A shared list')
    // The router writes the parsed list back as it was: comma-separated, not JSON.
    expect(decodeURIComponent(router.state.location.searchStr)).toBe(`?talks=${CHEETAH_SLUG},${WIREGUARD_SLUG},no-such-talk`)
    expect(screen.getByText(/Someone shared 2 talks with you \(1 talk of it no longer on this site\)\./)).toBeInTheDocument()
    expect(listTitles()).toEqual([CHEETAH, expect.stringMatching(/^Low Trust Edge Network/)])
    await user.click(screen.getByRole('button', { name: 'Add 2 talks to my list' }))
    expect(stored().map((e) => e.slug)).toEqual([CHEETAH_SLUG, WIREGUARD_SLUG])
    expect(screen.getByRole('button', { name: 'All in my list' })).toBeDisabled()
    await user.click(screen.getByRole('link', { name: 'See my list' }))
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    expect(screen.getByText('2 talks · 0 watched')).toBeInTheDocument()
  })

  it('ignores a stored list it cannot read, and entries that are not slugs', async () => {
    localStorage.setItem(KEY, '{not json')
    myList.reload()
    await renderApp('/list')
    expect(screen.getByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument()
    localStorage.setItem(KEY, JSON.stringify([{ slug: '<img src=x onerror=alert(1)>' }, { slug: CHEETAH_SLUG, watched: 'yes' }, 7, null]))
    myList.reload()
    await renderApp('/list')
    expect(within(screen.getAllByRole('main').at(-1)!).getByText('1 talk · 0 watched')).toBeInTheDocument()
  })
})

describe('without JavaScript', () => {
  it('the prerendered list page says it needs it, and stars are neither shown nor focusable', async () => {
    const list = await renderServer('/list')
    expect(list.status).toBe(200)
    expect(list.html).toMatch(/<noscript>.*needs JavaScript, which is off here.*<\/noscript>/s)
    expect(list.html).not.toContain('Nothing here yet')
    const home = await renderServer('/')
    const stars = [...home.html.matchAll(/<button[^>]*aria-label="Save “[^"]*” to my list"[^>]*>/g)].map((m) => m[0])
    expect(stars).toHaveLength(5)
    for (const s of stars) expect(s).toMatch(/disabled=""[^>]*class="invisible /)
  })
})
