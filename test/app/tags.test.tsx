// @vitest-environment jsdom
// Tags as a filter, on a collection that has them (as real ones do, tracks among them): a picker with
// counts, in the URL as ?tag=, combined with year, speaker and search; talk pages link their tags to
// it; one matching subscription is offered; on phones the filters fold behind one control.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { TalkDetail } from '../../src/data/types.ts'
import { renderApp } from './render-app.tsx'

const collection = vi.hoisted(() => {
  const talk = (slug: string, date: string, title: string, speakers: string[], tags: string[]): TalkDetail => ({
    slug, title, date, year: Number(date.slice(0, 4)), speakers, links: {}, buttons: [], slides: [],
    summary: `${title}, in short.`, tags, aliases: [], html: `<p>${title}</p>`,
  })
  return {
    talks: [
      talk('mesh-2023', '2023-03-01', 'Meshes without tears', ['ann'], ['Service Mesh', 'Kubernetes']),
      talk('ebpf-2022', '2022-06-01', 'eBPF for the rest of us', ['bob'], ['eBPF', 'kubernetes']),
      talk('k8s-2022', '2022-01-10', 'Operators in anger', ['ann', 'bob'], ['KUBERNETES']),
      talk('rust-2021', '2021-05-05', 'Rust in the kernel', ['cy'], ['Rust']),
    ],
  }
})

vi.mock('virtual:talks', async () => {
  const { talksModule, speakerOf } = await import('./talks-module.ts')
  return talksModule(collection.talks, [speakerOf('ann', 'Ann Archer'), speakerOf('bob', 'Bob Brandt'), speakerOf('cy', 'Cy Chen')])
})

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  Element.prototype.scrollIntoView = vi.fn()
})

const topic = () => screen.getByRole('combobox', { name: 'Topic' })
const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)
const status = () => screen.getByRole('status')

describe('the tag filter', () => {
  it('takes a query still waiting for the address along when a filter changes right after typing', async () => {
    const { router, user } = await renderApp('/')
    await user.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'operators')
    // At once, before the address has followed the typing.
    await user.selectOptions(topic(), 'kubernetes')
    expect(router.state.location.search).toEqual({ q: 'operators', tag: 'kubernetes' })
    await waitFor(() => expect(titles()).toEqual(['Operators in anger']))
  })

  it('lists each tag once, however spelled, with its count, most used first', async () => {
    await renderApp('/')
    expect(within(topic()).getAllByRole('option').map((o) => o.textContent)).toEqual(['All topics', 'Kubernetes (3)', 'eBPF (1)', 'Rust (1)', 'Service Mesh (1)'])
  })

  it('filters by ?tag= and combines with year, speaker and search, counts following the others', async () => {
    const { router, user } = await renderApp('/')
    await user.selectOptions(topic(), 'kubernetes')
    await waitFor(() => expect(router.state.location.search).toEqual({ tag: 'kubernetes' }))
    await waitFor(() => expect(titles()).toEqual(['Meshes without tears', 'eBPF for the rest of us', 'Operators in anger']))
    expect(status()).toHaveTextContent(/^3 of 4 talks$/)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2022')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'bob')
    await waitFor(() => expect(router.state.location.search).toEqual({ tag: 'kubernetes', year: 2022, speaker: 'bob' }))
    await waitFor(() => expect(titles()).toEqual(['eBPF for the rest of us', 'Operators in anger']))
    // Under 2022 and Bob, the topics on offer are the ones his 2022 talks carry.
    expect(within(topic()).getAllByRole('option').map((o) => o.textContent)).toEqual(['All topics', 'Kubernetes (2)', 'eBPF (1)'])

    await user.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'operators')
    await waitFor(() => expect(titles()).toEqual(['Operators in anger']))
    // The address follows once typing rests.
    await waitFor(() => expect(router.state.location.search).toEqual({ tag: 'kubernetes', year: 2022, speaker: 'bob', q: 'operators' }))
  })

  it('an unknown or malformed tag says so or is dropped, and never crashes', async () => {
    await renderApp('/?tag=quantum')
    expect(status()).toHaveTextContent(/^0 of 4 talks · no such topic$/)
    expect(topic()).toHaveValue('quantum')
    await renderApp('/?tag=%3Cscript%3E')
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent(/^4 talks$/)
  })

  it('a talk page links each tag to the filtered list', async () => {
    const { router, user } = await renderApp('/talks/ebpf-2022')
    const tags = screen.getByRole('list', { name: 'Tags' })
    const link = within(tags).getByRole('link', { name: 'Talks on kubernetes' })
    expect(link).toHaveAttribute('href', '/?tag=kubernetes')
    await user.click(link)
    await waitFor(() => expect(router.state.location.search).toEqual({ tag: 'kubernetes' }))
    await waitFor(() => expect(titles()).toHaveLength(3))
  })
})

describe('subscriptions on the home page', () => {
  it.each([
    ['/?tag=service-mesh', 'Subscribe to talks on Service Mesh', 'feeds/tag/service-mesh'],
    ['/?year=2022', 'Subscribe to talks from 2022', 'feeds/year/2022'],
    ['/?speaker=ann', 'Subscribe to Ann Archer’s talks', 'feeds/speaker/ann'],
  ])('%s offers %s', async (path, label, file) => {
    await renderApp(path)
    expect(screen.getByText(`${label}:`)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^Atom feed of/ })).toHaveAttribute('href', `/${file}.xml`)
    expect(screen.getByRole('link', { name: /^Calendar \(\.ics\) of/ })).toHaveAttribute('href', `/${file}.ics`)
  })

  it.each(['/', '/?tag=kubernetes&year=2022', '/?q=rust&tag=rust', '/?tag=quantum', '/?year=1999', '/?speaker=nobody'])('%s offers none (no file matches it)', async (path) => {
    await renderApp(path)
    expect(screen.queryByText(/^Subscribe to/)).toBeNull()
  })
})

describe('on phones, the filters fold behind one control', () => {
  it('that says how many filters are set and opens them', async () => {
    const { user } = await renderApp('/?tag=rust&year=2021')
    const toggle = screen.getByRole('button', { name: 'Filters, 2 active' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!
    // Hidden below the sm breakpoint until opened; from sm up always shown (sm:flex).
    expect(panel).toHaveClass('hidden', 'sm:flex')
    expect(panel).toContainElement(topic())
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(panel).not.toHaveClass('hidden')
    await renderApp('/')
    expect(screen.getAllByRole('button', { name: /^Filters/ }).at(-1)).toHaveAccessibleName('Filters')
  })
})
