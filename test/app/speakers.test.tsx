// @vitest-environment jsdom
// Speaker pages, the speaker index, and the 404 view, on the real collection.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { renderApp } from './render-app.tsx'

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
})

describe('speaker page', () => {
  it('shows the speaker, their 3 talks and who they spoke with', async () => {
    await renderApp('/speakers/chris-tomkins')
    expect(screen.getByRole('heading', { level: 1, name: 'Chris Tomkins' })).toBeInTheDocument()
    expect(screen.getByText('Developer Advocate @ Project Calico/Tigera')).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Chris Tomkins · Talkshelf'))

    const talks = screen.getByRole('region', { name: '3 talks' })
    const titles = within(talks)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(titles).toEqual([
      'Kubernetes networking : is there a cheetah within your Calico?',
      'Calico/VPP: Using Calico’s Pluggable Dataplanes for Fun and Fast Networking',
      'Low Trust Edge Network? No Problem - Get Great Performance and Security Using Calico, VPP, and WireGuard',
    ])

    // Most shared talks first: two with Nathan, one with Aloys.
    const partners = within(screen.getByRole('region', { name: 'Spoke with' })).getAllByRole('link')
    expect(partners).toHaveLength(2)
    expect(partners[0]).toHaveAccessibleName('Nathan Skrzypczak')
    expect(partners[1]).toHaveAccessibleName('Aloys Augustin')
    expect(partners[0]).toHaveAttribute('href', '/speakers/nathan-skrzypczak')
    expect(partners[1]).toHaveAttribute('href', '/speakers/aloys-augustin')

    const social = screen.getByRole('list', { name: 'Chris Tomkins elsewhere' })
    expect(within(social).getByRole('link', { name: /X \(Twitter\)/ })).toHaveAttribute('href', 'https://x.com/TomkinsDa')
  })

  it('follows a co-speaker link to their page', async () => {
    const { user } = await renderApp('/speakers/chris-tomkins')
    await user.click(within(screen.getByRole('region', { name: 'Spoke with' })).getByRole('link', { name: 'Aloys Augustin' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Aloys Augustin' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '2 talks' })).toBeInTheDocument()
    const partners = within(screen.getByRole('region', { name: 'Spoke with' }))
    expect(partners.getAllByRole('link')).toHaveLength(2)
    expect(partners.getByRole('link', { name: 'Casey Davenport' })).toHaveAttribute('href', '/speakers/casey-davenport')
    expect(partners.getByRole('link', { name: 'Chris Tomkins' })).toHaveAttribute('href', '/speakers/chris-tomkins')
  })

  it('a speaker with one talk says "1 talk"', async () => {
    await renderApp('/speakers/casey-davenport')
    expect(screen.getByRole('heading', { level: 1, name: 'Casey Davenport' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '1 talk' })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: /elsewhere/ })).not.toBeInTheDocument()
  })
})

describe('speakers index', () => {
  const search = () => screen.getByRole('searchbox', { name: 'Find a speaker' })
  const names = () =>
    screen
      .queryAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)

  it('lists the 4 speakers by name, with their talk counts', async () => {
    await renderApp('/speakers')
    expect(screen.getByRole('heading', { level: 1, name: 'Speakers' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/^4 speakers$/)
    expect(names()).toEqual(['Aloys Augustin', 'Casey Davenport', 'Chris Tomkins', 'Nathan Skrzypczak'])
    const chris = screen.getByRole('link', { name: 'Chris Tomkins' })
    expect(chris).toHaveAttribute('href', '/speakers/chris-tomkins')
    expect(chris.closest('li')).toHaveTextContent('3 talks')
    expect(screen.getByRole('link', { name: 'Casey Davenport' }).closest('li')).toHaveTextContent('1 talk')
    expect(screen.getByRole('link', { name: 'Speakers' })).toHaveAttribute('aria-current', 'page')
  })

  it('filters by name or organisation as you type, in the URL', async () => {
    const { router, user } = await renderApp('/speakers')
    await user.type(search(), 'cisco')
    await waitFor(() => expect(names()).toEqual(['Aloys Augustin', 'Nathan Skrzypczak']))
    expect(router.state.location.search).toEqual({ q: 'cisco' })
    expect(screen.getByRole('status')).toHaveTextContent(/^2 of 4 speakers$/)

    await user.clear(search())
    await waitFor(() => expect(names()).toHaveLength(4))
    expect(router.state.location.search).toEqual({})
  })

  it('lets you type a full name, spaces included', async () => {
    const { router, user } = await renderApp('/speakers')
    await user.type(search(), 'chris tomkins')
    expect(search()).toHaveValue('chris tomkins')
    await waitFor(() => expect(names()).toEqual(['Chris Tomkins']))
    expect(router.state.location.search).toEqual({ q: 'chris tomkins' })
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of 4 speakers$/)
  })

  it('ignores accents and case', async () => {
    const { user } = await renderApp('/speakers')
    await user.type(search(), 'CÁSEY')
    await waitFor(() => expect(names()).toEqual(['Casey Davenport']))
  })

  it('opens filtered from the URL, and shows nobody for no match', async () => {
    await renderApp('/speakers?q=nathan')
    expect(search()).toHaveValue('nathan')
    expect(names()).toEqual(['Nathan Skrzypczak'])
    await renderApp('/speakers?q=zebra')
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent(/^0 of 4 speakers$/)
  })

  it.each(['/speakers?q=123', '/speakers?q=%5B1%2C2%5D', '/speakers?q=%20%20'])('does not crash on odd params: %s', async (path) => {
    await renderApp(path)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Speakers' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/speakers$/)
  })
})

describe('not found', () => {
  it.each([
    ['/speakers/nobody', 'nobody'],
    ['/talks/nope', 'nope'],
    ['/no/such/page', 'page'],
  ])('%s shows the 404 view with a way to search', async (path, words) => {
    const { router, user } = await renderApp(path)
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument()
    expect(screen.getByText(path)).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Not found · Talkshelf'))
    const searchLink = screen.getByRole('link', { name: `Search all talks for “${words}”` })
    expect(searchLink).toHaveAttribute('href', `/?q=${words}`)
    expect(screen.getByRole('link', { name: 'Browse speakers' })).toHaveAttribute('href', '/speakers')

    await user.click(searchLink)
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(await screen.findByRole('searchbox', { name: 'Search talks' })).toHaveValue(words)
  })

  it('suggests the talks a mistyped address was after', async () => {
    await renderApp('/talks/kubernetes-networking-cheetah')
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument()
    const close = screen.getByRole('region', { name: 'Were you looking for…' })
    expect(within(close).getByRole('link', { name: 'Kubernetes networking : is there a cheetah within your Calico?' })).toHaveAttribute(
      'href',
      '/talks/2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah',
    )
  })

  it('survives an undecodable address', async () => {
    await renderApp('/talks/%E0%A4%A')
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument()
  })
})
