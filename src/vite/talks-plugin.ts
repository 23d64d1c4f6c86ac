// The Vite plugin: only Vite hooks live here. It serves `virtual:talks` (the talk index) and
// `virtual:talks/body/N` (lazily loaded bodies), fails the build on content errors with a located
// message, reloads the dev page when talk files change, and publishes dist/talks.json.
import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import type { Diagnostic } from '../data/types.ts'
import { publicExport, type Collection } from '../compiler/collection.ts'
import { clientPayload, type ClientPayload } from '../data/wire.ts'
import { ContentStore } from '../compiler/compile.ts'
import { INDEX_ID, isTalksModule, moduleSource } from './talk-modules.ts'
import { formatDiagnostic } from '../compiler/diagnostics.ts'

export interface TalksPluginOptions {
  /** Folder of talk files, relative to the Vite root. `TALKS_CONTENT_DIR` overrides it. */
  contentDir?: string
}

const RESOLVED = '\0'

export function resolveContentDir(root: string, option?: string): string {
  return resolve(root, process.env.TALKS_CONTENT_DIR || option || 'content/talks')
}

function errorSummary(errors: Diagnostic[]): string {
  const lines = errors.slice(0, 50).map(formatDiagnostic)
  if (errors.length > 50) lines.push(`… and ${errors.length - 50} more (run npm run check for the full list)`)
  return `${errors.length} error${errors.length === 1 ? '' : 's'} in talk files:\n${lines.join('\n')}`
}

/** Vite's error shape: the first error located (columns are 0-based there), all of them in the text. */
function locatedError(root: string, errors: Diagnostic[]) {
  const first = errors[0]!
  const file = resolve(root, first.file)
  return { message: errorSummary(errors), id: file, loc: { file, line: first.line, column: first.column - 1 } }
}

/** What other build plugins (the prerenderer) may ask of the talks plugin. */
export interface TalksApi {
  /** The compiled collection (compiled once per build, then cached). */
  collection(): Collection
}

export function talksPlugin(options: TalksPluginOptions = {}): Plugin<TalksApi> {
  let store: ContentStore
  let collection: (Collection & { files: string[] }) | undefined
  let server: ViteDevServer | undefined
  let isBuild = false

  let payload: ClientPayload | undefined
  const compile = () => {
    if (!collection) {
      collection = store.compileAll()
      payload = undefined
    }
    return collection
  }

  return {
    name: 'talkshelf:talks',
    api: { collection: () => compile() },
    configResolved(config) {
      isBuild = config.command === 'build'
      // A nested build (the prerenderer's server bundle) reuses this store and its cache.
      if (store) return
      store = new ContentStore({
        contentDir: resolveContentDir(config.root, options.contentDir),
        publicDir: config.publicDir || resolve(config.root, 'public'),
        includeDrafts: !isBuild,
        root: config.root,
      })
    },
    buildStart() {
      collection = undefined
      const c = compile()
      for (const d of c.diagnostics) if (d.severity === 'warning') this.warn(formatDiagnostic(d))
      const errors = c.diagnostics.filter((d) => d.severity === 'error')
      if (errors.length && isBuild) this.error(locatedError(store.options.root, errors))
    },
    resolveId(id) {
      if (isTalksModule(id)) return RESOLVED + id
      return undefined
    },
    load(id) {
      if (!id.startsWith(RESOLVED + 'virtual:talks')) return undefined
      const c = compile()
      // Watching every talk file once (from the index module) covers edits; chunks need not repeat it.
      if (id === RESOLVED + INDEX_ID) for (const f of c.files) this.addWatchFile(f)
      const errors = c.diagnostics.filter((d) => d.severity === 'error')
      if (errors.length) this.error(locatedError(store.options.root, errors))
      payload ??= clientPayload(c.index, c.bodies)
      const code = moduleSource(id.slice(RESOLVED.length), payload)
      // Generated data has no source to map back to; without this, dev serves a source map of
      // each data module inline (10 MB for the list of 10,000 talks).
      return code === undefined ? undefined : { code, map: { mappings: '' } }
    },
    generateBundle() {
      const c = compile()
      this.emitFile({ type: 'asset', fileName: 'talks.json', source: `${JSON.stringify(publicExport(c.index), null, 2)}\n` })
    },
    configureServer(devServer) {
      server = devServer
      devServer.watcher.add(store.options.contentDir)
      const onChange = (file: string) => {
        if (!store.owns(file)) return
        store.invalidate(file)
        collection = undefined
        const env = server!.environments.client
        for (const mod of [...env.moduleGraph.idToModuleMap.values()]) {
          if (mod.id?.startsWith(RESOLVED + 'virtual:talks')) env.moduleGraph.invalidateModule(mod)
        }
        env.hot.send({ type: 'full-reload', path: '*' })
      }
      devServer.watcher.on('add', onChange)
      devServer.watcher.on('unlink', onChange)
      devServer.watcher.on('change', onChange)
    },
  }
}
