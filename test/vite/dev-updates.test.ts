// @vitest-environment node
// Dev: which saves, adds and deletes become an in-place patch of the open page, and what it holds.
import { describe, expect, it } from 'vitest'
import { collectTalks } from '../../src/compiler/collection.ts'
import { compileFile } from '../../src/compiler/talk.ts'
import { decodeRows, type TalkChange } from '../../src/data/wire.ts'
import { removalPatch, talkPatch } from '../../src/vite/dev-updates.ts'
import { context, encode, talk } from '../compiler/helpers.ts'

const ada = '{{< speaker name="Ada Lovelace - Analyst @ Babbage" >}}Bio.{{< /speaker >}}'
const file = (name: string, front: string[], body = ada) => compileFile(`talks/${name}.md`, encode(talk(front, body)), context())
const A = file('a', ['title = "A"', 'date = "2023-01-02"'])
const B = file('b', ['title = "B"', 'date = "2022-01-02"'])
const before = () => ({ ...collectTalks([A, B]), files: [], speakerFiles: [], skipped: [], compiled: [A, B] })
const ops = (changes: TalkChange[]) => changes.map((c) => `${c.op}@${c.op === 'replace' ? c.set.pos[0] : c.pos}`)

describe('talkPatch', () => {
  it('patches an edit that keeps the talk in its place: the new title, body, row and search text, with its speakers', () => {
    const { patch, after } = talkPatch(before(), file('a', ['title = "A, retitled"', 'date = "2023-01-02"'], `New abstract.\n\n${ada}`), { previous: A })!
    expect(ops(patch.changes)).toEqual(['replace@0'])
    const change = patch.changes[0]!
    if (change.op !== 'replace') throw new Error('not a replace')
    expect(change.talk).toMatchObject({ slug: 'a', title: 'A, retitled', speakers: ['ada-lovelace'] })
    expect(change.talk.html).toContain('New abstract.')
    const [row] = decodeRows(change.set.rows, change.set.speakers)
    expect(row).toMatchObject({ slug: 'a', title: 'A, retitled', speakers: ['ada-lovelace'] })
    expect(change.set.speakers).toEqual([{ slug: 'ada-lovelace', name: 'Ada Lovelace', role: 'Analyst', org: 'Babbage', image: undefined }])
    expect(change.set.summaries).toEqual(['New abstract.'])
    expect(change.search.text).toContain('New abstract.')
    expect(after.index.talks.map((t) => t.title)).toEqual(['A, retitled', 'B'])
  })

  it('moves a talk whose date moves it: taken out, put in at its new place', () => {
    const { patch, after } = talkPatch(before(), file('a', ['title = "A"', 'date = "2021-05-02"']), { previous: A })!
    expect(ops(patch.changes)).toEqual(['remove@0', 'insert@1'])
    expect(patch.changes[0]).toMatchObject({ op: 'remove', slug: 'a', year: 2023, speakers: ['ada-lovelace'] })
    expect(after.index.talks.map((t) => t.slug)).toEqual(['b', 'a'])
  })

  it('puts a new file in at its place in the timeline, with a speaker nobody had before', () => {
    const added = file('c', ['title = "C"', 'date = "2022-06-01"'], '{{< speaker name="Grace Hopper @ Navy" >}}Bio.{{< /speaker >}}')
    const { patch, after } = talkPatch(before(), added, { added: true })!
    expect(ops(patch.changes)).toEqual(['insert@1'])
    const change = patch.changes[0]!
    if (change.op !== 'insert') throw new Error('not an insert')
    expect(change.set.speakers).toEqual([{ slug: 'grace-hopper', name: 'Grace Hopper', role: undefined, org: 'Navy', image: undefined }])
    expect(after.index.talks.map((t) => t.slug)).toEqual(['a', 'c', 'b'])
    expect(after.index.speakers.map((s) => s.slug)).toEqual(['ada-lovelace', 'grace-hopper'])
    // The next change is compared with the collection that has it.
    const again = talkPatch(after, file('c', ['title = "C, again"', 'date = "2022-06-01"'], '{{< speaker name="Grace Hopper @ Navy" >}}Bio.{{< /speaker >}}'), { previous: added })!
    expect(ops(again.patch.changes)).toEqual(['replace@1'])
  })

  it('reloads instead for a new file taking a slug another has, for errors, and without a collection', () => {
    expect(talkPatch(before(), file('b2', ['title = "B2"', 'date = "2023-01-02"', 'slug = "b"']), { added: true })).toBeUndefined()
    expect(talkPatch(before(), file('a', ['title = "A"', 'date = "2023-01-02"', 'slug = "b"']), { previous: A })).toBeUndefined()
    expect(talkPatch(before(), file('a', ['title = "A"', 'date = "2023-02-30"']), { previous: A })).toBeUndefined()
    expect(talkPatch(undefined, file('a', ['title = "A"', 'date = "2023-01-02"']), { previous: A })).toBeUndefined()
  })
})

describe('removalPatch', () => {
  it('takes a deleted file\'s talk out, with what the page needs to recount', () => {
    const { patch, after } = removalPatch(before(), B)!
    expect(patch.changes).toEqual([{ op: 'remove', slug: 'b', pos: 1, year: 2022, speakers: ['ada-lovelace'] }])
    expect(after.index.talks.map((t) => t.slug)).toEqual(['a'])
  })

  it('reloads for a file it knows nothing of', () => {
    expect(removalPatch(before(), undefined)).toBeUndefined()
    expect(removalPatch(before(), file('z', ['title = "Z"', 'date = "2020-01-01"']))).toBeUndefined()
  })
})
