// @vitest-environment jsdom
// The home page end to end: the real talk collection, the real router, the URL as the state.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { renderApp } from './render-app.tsx'

const CHEETAH = 'Kubernetes networking : is there a cheetah within your Calico?'
const WIREGUARD = 'Low Trust Edge Network? No Problem - Get Great Performance and Security Using Calico, VPP, and WireGuard'
const NEED_TO_CONNECT = 'Need to connect your k8s pods to multiple networks? No problem with calico/vpp'
const PLUGGABLE = 'Calico/VPP: Using Calico’s Pluggable Dataplanes for Fun and Fast Networking'

beforeAll(() => {
  // jsdom implements neither; the router's scroll restoration and the year bar call them.
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  Element.prototype.scrollIntoView = vi.fn()
})

const status = () => screen.getByRole('status')
const searchBox = () => screen.getByRole('searchbox', { name: 'Search talks' })
const speakerSelect = () => screen.getByRole('combobox', { name: 'Speaker' })
const yearSelect = () => screen.getByRole('combobox', { name: 'Year' })
const yearOptions = () => within(yearSelect()).getAllByRole('option').map((o) => o.textContent)
/** Titles of the talks listed, in order (cards are the only level-3 headings). */
const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)
const resultTitles = () =>
  within(screen.getByRole('region', { name: 'Search results' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent)

describe('home page: the timeline', () => {
  it('lists all 5 talks, newest first, under year headings', async () => {
    await renderApp('/')
    expect(screen.getByRole('heading', { level: 1, name: 'Talks' })).toBeInTheDocument()
    expect(status()).toHaveTextContent(/^5 talks$/)
    expect(titles()).toHaveLength(5)
    expect(titles()[0]).toMatch(/^Need to connect your k8s pods/)
    expect(titles()[1]).toBe(CHEETAH)

    const years = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(years).toEqual(['20231 talk', '20221 talk', '20213 talks'].map((t) => expect.stringMatching(new RegExp(`^${t.slice(0, 4)}\\s*${t.slice(4)}$`))))

    // Each talk sits in its year's section.
    const y2021 = document.getElementById('year-2021')!
    expect(within(y2021).getAllByRole('heading', { level: 3 })).toHaveLength(3)
    expect(within(document.getElementById('year-2022')!).getByRole('link', { name: CHEETAH })).toHaveAttribute(
      'href',
      '/talks/2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah',
    )
  })

  it('links each card to its talk and speakers', async () => {
    await renderApp('/')
    const card = screen.getByRole('heading', { level: 3, name: CHEETAH }).closest('article')!
    expect(within(card).getByRole('link', { name: 'Chris Tomkins' })).toHaveAttribute('href', '/speakers/chris-tomkins')
    expect(within(card).getByRole('link', { name: 'Nathan Skrzypczak' })).toHaveAttribute('href', '/speakers/nathan-skrzypczak')
    expect(within(card).getByRole('list', { name: 'Available' })).toHaveTextContent(/^Slides\s*Event page$/)
  })

  it('jumps to a year from the year bar', async () => {
    const { user } = await renderApp('/')
    const bar = screen.getByRole('navigation', { name: 'Jump to year' })
    await user.click(within(bar).getByRole('link', { name: '2021' }))
    await waitFor(() => expect(Element.prototype.scrollIntoView).toHaveBeenCalled())
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts.at(-1)).toBe(document.getElementById('year-2021'))
  })
})

describe('home page: search', () => {
  it('typing updates the URL and the results', async () => {
    const { router, user } = await renderApp('/')
    await user.type(searchBox(), 'wireguard')
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'wireguard' }))
    // The talk with WireGuard in its title first, then the one whose body mentions it.
    await waitFor(() => expect(resultTitles()).toEqual([WIREGUARD, NEED_TO_CONNECT]))
    expect(searchBox()).toHaveValue('wireguard')
    expect(status()).toHaveTextContent(/^2 of 5 talks$/)
    expect(document.title).toMatch(/^“wireguard” · /)
  })

  it('keeps every keystroke when typing fast', async () => {
    const { router, user } = await renderApp('/')
    searchBox().focus()
    await user.keyboard('calico vpp')
    expect(searchBox()).toHaveValue('calico vpp')
    await waitFor(() => expect(router.state.location.search.q).toBe('calico vpp'))
    expect(searchBox()).toHaveValue('calico vpp')
  })

  it('typing replaces history instead of pushing an entry per keystroke', async () => {
    const { router, user } = await renderApp('/')
    const before = router.history.length
    await user.type(searchBox(), 'vpp')
    await waitFor(() => expect(router.state.location.search.q).toBe('vpp'))
    expect(router.history.length).toBe(before)
  })

  it('"cheeta" ranks the cheetah talk first and highlights the match', async () => {
    const { user } = await renderApp('/')
    await user.type(searchBox(), 'cheeta')
    await waitFor(() => expect(resultTitles()[0]).toBe(CHEETAH))
    const heading = screen.getByRole('heading', { level: 3, name: CHEETAH })
    const marks = heading.querySelectorAll('mark')
    expect(marks.length).toBeGreaterThan(0)
    expect(marks[0]!.textContent).toBe('cheeta')
    // Highlighting never changes the text itself.
    expect(heading).toHaveTextContent(CHEETAH)
  })

  it('forgives typos: "calcio" finds the Calico talks, "wiregard" the WireGuard one', async () => {
    const { user } = await renderApp('/')
    await user.type(searchBox(), 'calcio')
    await waitFor(() => expect(resultTitles()).toHaveLength(5))
    for (const title of resultTitles()) expect(title).toMatch(/calico/i)
    const marked = [...document.querySelectorAll('h3 mark')].map((m) => m.textContent?.toLowerCase())
    expect(marked).toContain('calico')

    await user.clear(searchBox())
    await user.type(searchBox(), 'wiregard')
    await waitFor(() => expect(resultTitles()).toEqual([WIREGUARD, NEED_TO_CONNECT]))
    const heading = screen.getByRole('heading', { level: 3, name: WIREGUARD })
    const marks = [...heading.querySelectorAll('mark')]
    expect(marks.length).toBeGreaterThan(0)
    // What is marked lies inside the word that was meant.
    const at = WIREGUARD.indexOf('WireGuard')
    let offset = 0
    for (const node of heading.querySelector('a')!.childNodes) {
      if (node.nodeName === 'MARK') {
        expect(offset).toBeGreaterThanOrEqual(at)
        expect(offset + node.textContent!.length).toBeLessThanOrEqual(at + 'WireGuard'.length)
      }
      offset += node.textContent!.length
    }
  })

  it('searches speaker names too', async () => {
    const { user } = await renderApp('/')
    await user.type(searchBox(), 'skrzypczak')
    await waitFor(() => expect(resultTitles()).toHaveLength(3))
    expect(status()).toHaveTextContent(/^3 of 5 talks$/)
  })

  it('matches words across fields: a speaker with a title word', async () => {
    const { router, user } = await renderApp('/')
    await user.type(searchBox(), 'tomkins cheetah')
    await waitFor(() => expect(resultTitles()).toEqual([CHEETAH]))
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'tomkins cheetah' }))
    expect(status()).toHaveTextContent(/^1 of 5 talks$/)
    const marks = [...screen.getByRole('heading', { level: 3, name: CHEETAH }).querySelectorAll('mark')].map((m) => m.textContent)
    expect(marks).toContain('cheetah')

    await user.clear(searchBox())
    await user.type(searchBox(), 'nathan wireguard')
    await waitFor(() => expect(resultTitles()).toEqual([WIREGUARD, NEED_TO_CONNECT]))
    expect(status()).toHaveTextContent(/^2 of 5 talks$/)
  })

  it('a shared URL with words from different fields renders its results', async () => {
    await renderApp(`/?q=${encodeURIComponent('skrzypczak cheetah')}`)
    expect(resultTitles()).toEqual([CHEETAH])
    expect(status()).toHaveTextContent(/^1 of 5 talks$/)
  })

  it('Escape clears the search, and the URL with it', async () => {
    const { router, user } = await renderApp('/?q=cheetah')
    expect(searchBox()).toHaveValue('cheetah')
    expect(resultTitles()).toEqual([CHEETAH])
    await user.click(searchBox())
    await user.keyboard('{Escape}')
    expect(searchBox()).toHaveValue('')
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    await waitFor(() => expect(titles()).toHaveLength(5))
    expect(status()).toHaveTextContent(/^5 talks$/)
  })

  it('"/" and Ctrl+K focus the search box from anywhere, but "/" types normally in a field', async () => {
    const { user } = await renderApp('/')
    expect(searchBox()).not.toHaveFocus()
    await user.keyboard('/')
    expect(searchBox()).toHaveFocus()
    // Inside the box, "/" is just a character.
    await user.keyboard('tcp/ip')
    expect(searchBox()).toHaveValue('tcp/ip')

    await user.click(screen.getByRole('heading', { level: 1 }))
    searchBox().blur()
    expect(searchBox()).not.toHaveFocus()
    await user.keyboard('{Control>}k{/Control}')
    expect(searchBox()).toHaveFocus()
  })

  it('does not steal "/" from another field', async () => {
    const { user } = await renderApp('/')
    speakerSelect().focus()
    await user.keyboard('/')
    expect(speakerSelect()).toHaveFocus()
  })
})

describe('home page: filters', () => {
  it('the year select lists years with counts and filters by year', async () => {
    const { router, user } = await renderApp('/')
    expect(yearOptions()).toEqual(['All years', '2023 (1)', '2022 (1)', '2021 (3)'])
    expect(yearSelect()).toHaveValue('')

    await user.selectOptions(yearSelect(), '2021')
    await waitFor(() => expect(router.state.location.search).toEqual({ year: 2021 }))
    expect(yearSelect()).toHaveValue('2021')
    await waitFor(() => expect(titles()).toHaveLength(3))
    expect(status()).toHaveTextContent(/^3 of 5 talks$/)
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([expect.stringMatching(/^2021/)])

    // "All years" lifts the filter.
    await user.selectOptions(yearSelect(), '')
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    await waitFor(() => expect(titles()).toHaveLength(5))
  })

  it('the years are listed once: a picker, and the year bar of the timeline', async () => {
    await renderApp('/')
    expect(screen.queryByRole('group', { name: 'Filter by year' })).toBeNull()
    expect(screen.queryAllByRole('button', { name: /^20\d\d/ })).toEqual([])
    expect(within(screen.getByRole('navigation', { name: 'Jump to year' })).getAllByRole('link').map((a) => a.textContent)).toEqual(['2023', '2022', '2021'])
  })

  it('the speaker select lists speakers with counts and filters by speaker', async () => {
    const { router, user } = await renderApp('/')
    const options = within(speakerSelect())
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual(['All speakers', 'Aloys Augustin (2)', 'Casey Davenport (1)', 'Chris Tomkins (3)', 'Nathan Skrzypczak (3)'])

    await user.selectOptions(speakerSelect(), 'chris-tomkins')
    await waitFor(() => expect(router.state.location.search).toEqual({ speaker: 'chris-tomkins' }))
    await waitFor(() => expect(titles()).toHaveLength(3))
    expect(speakerSelect()).toHaveValue('chris-tomkins')
    expect(status()).toHaveTextContent(/^3 of 5 talks$/)
    for (const h of screen.getAllByRole('heading', { level: 3 })) {
      expect(within(h.closest('article')!).getByRole('link', { name: 'Chris Tomkins' })).toBeInTheDocument()
    }
    // Year counts follow the speaker filter: Chris has no 2023 talk.
    expect(yearOptions()).toEqual(['All years', '2022 (1)', '2021 (2)'])
  })

  it('combines year, speaker and query, and "Clear all" resets everything', async () => {
    const { router, user } = await renderApp('/')
    await user.selectOptions(yearSelect(), '2021')
    await user.selectOptions(speakerSelect(), 'chris-tomkins')
    await user.type(searchBox(), 'wireguard')
    await waitFor(() => expect(router.state.location.search).toEqual({ year: 2021, speaker: 'chris-tomkins', q: 'wireguard' }))
    await waitFor(() => expect(resultTitles()).toEqual([WIREGUARD]))
    expect(status()).toHaveTextContent(/^1 of 5 talks$/)

    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    expect(searchBox()).toHaveValue('')
    expect(speakerSelect()).toHaveValue('')
    await waitFor(() => expect(titles()).toHaveLength(5))
    expect(status()).toHaveTextContent(/^5 talks$/)
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument()
  })

  it('keeps filtering history: Back undoes a filter', async () => {
    const { router, user } = await renderApp('/')
    await user.selectOptions(yearSelect(), '2022')
    await waitFor(() => expect(titles()).toEqual([CHEETAH]))
    router.history.back()
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    await waitFor(() => expect(titles()).toHaveLength(5))
  })
})

describe('home page: nothing found', () => {
  it('says so, offers to clear, and suggests the closest talks', async () => {
    const { router, user } = await renderApp('/')
    await user.selectOptions(yearSelect(), '2023')
    await user.type(searchBox(), 'cheetah xylophone')
    await waitFor(() => expect(screen.getByRole('heading', { name: 'No talks found' })).toBeInTheDocument())
    expect(status()).toHaveTextContent(/^0 of 5 talks$/)
    expect(screen.getByText(/Nothing matches “cheetah xylophone” with these filters\./)).toBeInTheDocument()
    // The closest talks come from the single words that do match, once the engine has looked.
    expect(await screen.findByRole('heading', { name: 'Closest talks' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: CHEETAH })).toHaveAttribute('href', '/talks/2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah')

    await user.click(screen.getByRole('button', { name: 'Clear the filters' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'cheetah xylophone' }))
    expect(screen.getByText(/Nothing matches “cheetah xylophone”\./)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear the filters' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear the search' }))
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    expect(searchBox()).toHaveValue('')
    await waitFor(() => expect(titles()).toHaveLength(5))
  })

  it('filters alone that match nothing say so without a query', async () => {
    await renderApp('/?year=2023&speaker=chris-tomkins')
    expect(screen.getByRole('heading', { name: 'No talks found' })).toBeInTheDocument()
    expect(screen.getByText('Nothing matches these filters.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear the search' })).not.toBeInTheDocument()
    // The chosen options stay listed, with 0, so they can be seen and undone.
    expect(yearSelect()).toHaveValue('2023')
    expect(within(yearSelect()).getByRole('option', { name: '2023 (0)' })).toBeInTheDocument()
    expect(within(speakerSelect()).getByRole('option', { name: 'Chris Tomkins (0)' })).toBeInTheDocument()
  })
})

describe('home page: the URL is the state', () => {
  it('renders the view a shared URL describes', async () => {
    await renderApp('/?year=2021&speaker=chris-tomkins&q=vpp')
    expect(searchBox()).toHaveValue('vpp')
    expect(speakerSelect()).toHaveValue('chris-tomkins')
    expect(yearSelect()).toHaveValue('2021')
    expect(status()).toHaveTextContent(/^2 of 5 talks$/)
    expect(resultTitles()).toHaveLength(2)
    expect(resultTitles()).toEqual(expect.arrayContaining([WIREGUARD, PLUGGABLE]))
  })

  it('ignores a year that is not a year', async () => {
    const { router, user } = await renderApp('/?year=abc')
    expect(status()).toHaveTextContent(/^5 talks$/)
    expect(titles()).toHaveLength(5)
    expect(yearOptions()).toEqual(['All years', '2023 (1)', '2022 (1)', '2021 (3)'])
    expect(yearSelect()).toHaveValue('')
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument()
    // Picking a real year from there replaces the bad one.
    await user.selectOptions(yearSelect(), '2022')
    await waitFor(() => expect(router.state.location.search).toEqual({ year: 2022 }))
    await waitFor(() => expect(titles()).toEqual([CHEETAH]))
  })

  it.each(['/?year=99999&speaker=%3Cscript%3E', '/?year=%5B2021%5D&speaker=%7B%22a%22%3A1%7D', '/?year=2021.5&q=%20%20'])('ignores malformed params: %s', async (path) => {
    await renderApp(path)
    expect(status()).toHaveTextContent(/^5 talks$/)
    expect(titles()).toHaveLength(5)
    expect(speakerSelect()).toHaveValue('')
    expect(searchBox()).toHaveValue('')
  })

  it('an unknown speaker says "no such speaker" and does not crash', async () => {
    const { user, router } = await renderApp('/?speaker=nobody')
    expect(status()).toHaveTextContent(/^0 of 5 talks · no such speaker$/)
    expect(screen.getByRole('heading', { name: 'No talks found' })).toBeInTheDocument()
    expect(speakerSelect()).toHaveValue('nobody')
    expect(within(speakerSelect()).getByRole('option', { name: 'No such speaker (nobody)' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }))
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    await waitFor(() => expect(titles()).toHaveLength(5))
  })

  it('survives a 10,000-character query', async () => {
    const long = 'calico '.repeat(1500).slice(0, 10_000)
    const { router } = await renderApp(`/?q=${encodeURIComponent(long)}`)
    expect(router.state.location.search.q!.length).toBeLessThanOrEqual(200)
    expect((searchBox() as HTMLInputElement).value.length).toBeLessThanOrEqual(200)
    expect(status()).toHaveTextContent(/^5 of 5 talks$/)

    const noise = 'x'.repeat(10_000)
    await renderApp(`/?q=${noise}`)
    expect(screen.getAllByRole('heading', { name: 'No talks found' }).length).toBeGreaterThan(0)
  })

  it('treats search operators as plain text', async () => {
    await renderApp(`/?q=${encodeURIComponent("!calico ^'vpp$ | =x")}`)
    expect(screen.getByRole('heading', { level: 1, name: 'Talks' })).toBeInTheDocument()
    expect(status()).toHaveTextContent(/ of 5 talks$/)
  })
})
