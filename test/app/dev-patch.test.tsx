// @vitest-environment jsdom
// Dev: an edited talk shows its new title on the open home page and talk page, without a reload.
import { act, screen, waitFor } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { compileCollection, FileCache } from '../../src/compiler/compile.ts'
import { folderConfig } from '../../src/compiler/config/resolve.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { applyTalkPatch } from '../../src/data/dev-updates.ts'
import { talkPatch } from '../../src/vite/dev-updates.ts'
import { NO_SPEAKERS } from '../../src/compiler/speaker-files.ts'
import { renderApp } from './render-app.tsx'

const CHEETAH = '2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah.md'
const SLUG = '2022-02-06-fosdem-kubernetes-networking-is-there-a-cheetah'

// Tests run from the repository root (jsdom gives this module no file: URL to find it by).
const REPO_ROOT = process.cwd()

function patchedCheetah(title: string) {
  const config = folderConfig(join(REPO_ROOT, 'content/talks'), join(REPO_ROOT, 'public'))
  const before = compileCollection({ config, includeDrafts: false, root: REPO_ROOT, cache: new FileCache() })
  const text = readFileSync(join(REPO_ROOT, 'content/talks', CHEETAH), 'utf8').replace(/^title = ".*"$/m, `title = ${JSON.stringify(title)}`)
  const ctx = { includeDrafts: false, config, root: REPO_ROOT, fileExists: () => true, speakers: NO_SPEAKERS, readData: () => undefined }
  return talkPatch(before, compileFile(`content/talks/${CHEETAH}`, new TextEncoder().encode(text), ctx))!
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
})
