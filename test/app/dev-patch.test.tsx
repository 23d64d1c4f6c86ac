// @vitest-environment jsdom
// Dev: an edited talk shows its new title on the open home page and talk page, and an added or
// deleted one comes or goes on the open home page, without a reload.
import { act, screen, waitFor } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { compileCollection, FileCache } from '../../src/compiler/compile.ts'
import { folderConfig } from '../../src/compiler/config/resolve.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { applyTalkPatch } from '../../src/data/dev-updates.ts'
import { removalPatch, talkPatch } from '../../src/vite/dev-updates.ts'
import { NO_SPEAKERS } from '../../src/compiler/speaker-files.ts'
import { renderApp } from './render-app.tsx'

const CHEETAH = '2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md'
const SLUG = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'

// Tests run from the repository root (jsdom gives this module no file: URL to find it by).
const REPO_ROOT = process.cwd()

const config = folderConfig(join(REPO_ROOT, 'content/talks'), join(REPO_ROOT, 'public'))
const ctx = { includeDrafts: false, config, root: REPO_ROOT, fileExists: () => true, speakers: NO_SPEAKERS, readData: () => undefined }
const collection = () => compileCollection({ config, includeDrafts: false, root: REPO_ROOT, cache: new FileCache() })
const cheetahText = () => readFileSync(join(REPO_ROOT, 'content/talks', CHEETAH), 'utf8')
const compiled = (name: string, text: string) => compileFile(`content/talks/${name}`, new TextEncoder().encode(text), ctx)
const retitled = (text: string, title: string) => text.replace(/^title = ".*"$/m, `title = ${JSON.stringify(title)}`)

function patchedCheetah(title: string) {
  return talkPatch(collection(), compiled(CHEETAH, retitled(cheetahText(), title)))!.patch
}

beforeAll(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
})

describe('a talk edited in dev', () => {
  it('shows its new title on the open home page', async () => {
    await renderApp('/')
    expect(screen.getByRole('heading', { level: 3, name: /cheetah within your Calico/ })).toBeInTheDocument()
    act(() => applyTalkPatch(patchedCheetah('A cheetah, renamed')))
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'A cheetah, renamed' })).toBeInTheDocument())
  })

  it('shows its new title on its own page once the route reads it again', async () => {
    const { router } = await renderApp(`/talks/${SLUG}`)
    act(() => applyTalkPatch(patchedCheetah('A cheetah, renamed again')))
    await act(() => router.invalidate())
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A cheetah, renamed again'))
  })

  it('shows a new talk file in its place on the open home page, and takes it out when the file goes', async () => {
    await renderApp('/')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^5 talks$/))
    // A talk of its own: newer than every other, by a speaker the archive did not have.
    const text = retitled(cheetahText(), 'A brand new talk').replace(/^date = .*$/m, 'date = "2030-05-01"').replace(/name="[^"]*"/, 'name="Nova Speaker @ Newco"')
    const added = compiled('2030_new_talk.md', text)
    const update = talkPatch(collection(), added, { added: true })!
    act(() => applyTalkPatch(update.patch))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^6 talks$/))
    expect(screen.getByRole('heading', { level: 3, name: 'A brand new talk' })).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: /Nova Speaker/ }).length).toBeGreaterThan(0)

    act(() => applyTalkPatch(removalPatch(update.after, added)!.patch))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^5 talks$/))
    expect(screen.queryByRole('heading', { level: 3, name: 'A brand new talk' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: /A cheetah, renamed again|cheetah within your Calico/ })).toBeInTheDocument()
  })
})
