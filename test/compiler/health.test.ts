// @vitest-environment node
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { healthReport } from '../../src/compiler/health.ts'
import type { Speaker, Talk, TalkIndex } from '../../src/data/types.ts'
import { compilerFor, REPO_ROOT } from './helpers.ts'

const base: Talk = {
  slug: 'ok',
  title: 'OK',
  date: '2023-01-01',
  year: 2023,
  speakers: ['ada'],
  links: {},
  buttons: [],
  video: { kind: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://youtu.be/dQw4w9WgXcQ' },
  slides: [],
  previewImage: '/img/ok.jpg',
  summary: 'Summary.',
  tags: [],
  aliases: [],
}
const t = (slug: string, more: Partial<Talk> = {}): Talk => ({ ...base, slug, previewImage: `/img/${slug}.jpg`, ...more })
const sp = (slug: string, variants: string[]): Speaker => ({ slug, name: slug, links: {}, talks: [], variants })
const index = (talks: Talk[], speakers: Speaker[] = []): TalkIndex => ({ talks, speakers, aliases: {} })

describe('healthReport', () => {
  it('says there is nothing to fix for a healthy index', () => {
    expect(healthReport(index([t('a'), t('b')], [sp('ada', ['Ada'])]), '2024-01-01')).toEqual(['Content health:', '- nothing to fix'])
  })

  it('lists each kind of problem with a count and the talks concerned', () => {
    const report = healthReport(
      index(
        [
          t('no-video', { video: undefined }),
          t('external-video', { video: { kind: 'external', url: 'https://e.example' } }),
          t('no-speakers', { speakers: [] }),
          t('no-summary', { summary: '' }),
          t('no-image', { previewImage: undefined }),
          t('late', { timeSlot: { text: '11:55am - 12:30am PST', start: '11:55', end: '00:30' } }),
          t('fine-slot', { timeSlot: { text: '9 - 10am', start: '09:00', end: '10:00' } }),
          t('unparsed-slot', { timeSlot: { text: 'TBD' } }),
          t('shared-1', { previewImage: '/img/shared.jpg' }),
          t('shared-2', { previewImage: '/img/shared.jpg' }),
          t('past-register', { date: '2023-06-01', buttons: [{ label: 'Register now', url: 'https://r.example' }] }),
          t('future-register', { date: '2024-06-01', buttons: [{ label: 'Registration', url: 'https://r.example' }] }),
        ],
        [sp('chris', ['Chris - A', 'Chris - B']), sp('ada', ['Ada'])],
      ),
      '2024-01-01',
    )
    expect(report).toEqual([
      'Content health:',
      '- talks without an embeddable video (none, or only an event page) (2): no-video, external-video',
      '- talks without speakers (1): no-speakers',
      '- talks without a summary (1): no-summary',
      '- talks without a preview image (1): no-image',
      '- time slots that end before they start (1): late ("11:55am - 12:30am PST")',
      '- preview images shared by several talks (1): /img/shared.jpg (shared-1, shared-2)',
      '- "Register" links on past talks (1): past-register',
      '- speakers written in several ways (1): chris: "Chris - A" / "Chris - B"',
    ])
  })

  it('shows at most eight examples per line', () => {
    const talks = Array.from({ length: 10 }, (_, i) => t(`t${i}`, { speakers: [] }))
    expect(healthReport(index(talks), '2024-01-01')[1]).toBe('- talks without speakers (10): t0, t1, t2, t3, t4, t5, t6, t7, …')
  })

  it('reports on the bundled content: no embeddable videos, two talks without images, one slot ending at 00:30', () => {
    const c = compilerFor({ contentDir: join(REPO_ROOT, 'content/talks'), publicDir: join(REPO_ROOT, 'public'), includeDrafts: false, root: REPO_ROOT }).compileAll()
    const report = healthReport(c.index, '2024-01-01')
    expect(report[0]).toBe('Content health:')
    expect(report.find((l) => l.startsWith('- talks without an embeddable video'))).toContain('(5)')
    expect(report).toContain('- talks without a preview image (2): 2021-10-15-calico-vpp-using-calico-pluggable-dataplanes, 2021-10-12-calico-vpp-low-trust-edge-network-no-problem')
    expect(report).toContain('- time slots that end before they start (1): 2021-10-15-calico-vpp-using-calico-pluggable-dataplanes ("11:55am - 12:30am PST")')
    expect(report.some((l) => l.includes('speakers written in several ways'))).toBe(false)
  })

  it('defaults "today" to the current date', () => {
    const future = t('future', { date: '2999-01-01', buttons: [{ label: 'Register', url: 'https://r.example' }] })
    expect(healthReport(index([future]))).toEqual(['Content health:', '- nothing to fix'])
  })
})
