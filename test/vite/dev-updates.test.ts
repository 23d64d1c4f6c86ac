// @vitest-environment node
// Dev: which edits become an in-place patch of the open page, and what the patch holds.
import { describe, expect, it } from 'vitest'
import { collectTalks } from '../../src/compiler/collection.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { decodeRows } from '../../src/data/wire.ts'
import { talkPatch } from '../../src/vite/dev-updates.ts'
import { context, encode, talk } from '../compiler/helpers.ts'

const ada = '{{< speaker name="Ada Lovelace - Analyst @ Babbage" >}}Bio.{{< /speaker >}}'
const file = (name: string, front: string[], body = ada) => compileFile(`talks/${name}.md`, encode(talk(front, body)), context())
const before = () => {
  const files = [file('a', ['title = "A"', 'date = "2023-01-02"']), file('b', ['title = "B"', 'date = "2022-01-02"'])]
  return { ...collectTalks(files), files: [], speakerFiles: [], skipped: [] }
}

describe('talkPatch', () => {
  it('patches an edit that keeps the talk in its place: the new title, body and row, with its speakers', () => {
    const patch = talkPatch(before(), file('a', ['title = "A, retitled"', 'date = "2023-01-02"'], `New abstract.\n\n${ada}`))!
    expect(patch.talk).toMatchObject({ slug: 'a', title: 'A, retitled', speakers: ['ada-lovelace'] })
    expect(patch.talk.html).toContain('New abstract.')
    const [row] = decodeRows(patch.set.rows, patch.set.speakers)
    expect(row).toMatchObject({ slug: 'a', title: 'A, retitled', speakers: ['ada-lovelace'] })
    expect(patch.set.speakers).toEqual([{ slug: 'ada-lovelace', name: 'Ada Lovelace', role: 'Analyst', org: 'Babbage', image: undefined }])
    expect(patch.set.summaries).toEqual(['New abstract.'])
  })

  it('reloads instead when the date, the slug or the speakers change, or when there are errors', () => {
    expect(talkPatch(before(), file('a', ['title = "A"', 'date = "2023-05-02"']))).toBeUndefined()
    expect(talkPatch(before(), file('a', ['title = "A"', 'date = "2023-01-02"', 'slug = "other"']))).toBeUndefined()
    expect(talkPatch(before(), file('a', ['title = "A"', 'date = "2023-01-02"'], 'No speaker now.'))).toBeUndefined()
    expect(talkPatch(before(), file('a', ['title = "A"', 'date = "2023-02-30"']))).toBeUndefined()
    expect(talkPatch(undefined, file('a', ['title = "A"', 'date = "2023-01-02"']))).toBeUndefined()
  })
})
