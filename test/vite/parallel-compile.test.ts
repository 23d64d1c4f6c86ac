// @vitest-environment node
// A build compiling on every core gives the very collection one thread gives: same talks, bodies,
// texts and diagnostics, in the same order.
import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { compileCollection, FileCache, type CompileOptions } from '../../src/compiler/compile.ts'
import { loadSiteConfig } from '../../src/compiler/config/resolve.ts'
import { listTalkFiles } from '../../src/compiler/files.ts'
import { compileInParallel } from '../../src/vite/parallel-compile.ts'
import { REPO_ROOT } from '../compiler/helpers.ts'

describe('compileInParallel', () => {
  it.runIf(availableParallelism() > 1)('fills the cache with every file, and the collection is the one-thread one', async () => {
    const sources = { root: REPO_ROOT, env: {} }
    const config = await loadSiteConfig(sources)
    const options = (): CompileOptions => ({ config, includeDrafts: false, root: REPO_ROOT, cache: new FileCache() })
    const alone = compileCollection(options())
    const parallel = options()
    await compileInParallel(parallel, sources, { minFiles: 1 })
    expect(parallel.cache!.compiled().map(([file]) => file).sort()).toEqual(listTalkFiles(config.contentDir, config.language))
    expect(compileCollection(parallel)).toEqual(alone)
  }, 60_000)
})
