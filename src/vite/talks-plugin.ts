// The talks plugin: only Vite hooks live here. It serves `virtual:talks` and its lazily loaded
// chunks (src/data/wire.ts), fails the build on content errors with a located message, updates the
// dev page in place when a talk file is saved, added or deleted (dev-updates.ts; a reload when the
// patch cannot say it), and publishes dist/talks.json.
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, Rollup } from 'vite'
import { compileCollection, compileTalkFile, FileCache, ownsFile, type CompileOptions, type CompileResult } from '../compiler/compile.ts'
import { loadSiteConfig, type ConfigSources, type ResolvedConfig } from '../compiler/config/resolve.ts'
import { formatDiagnostic, type Diagnostic } from '../compiler/diagnostics.ts'
import { publicExport } from '../compiler/exports.ts'
import { encodePayload, type Payload } from '../data/payload.ts'
import { isTalksModule, TALK_PATCH_EVENT, TALKS_MODULE } from '../data/wire.ts'
import { removalPatch, talkPatch } from './dev-updates.ts'
import { watchTalkFiles } from './dev-watch.ts'
import { OpenPage } from './open-page.ts'
import { DATA_DIR, dataFiles, dataVersion, pageDataFiles, writeDataFiles } from './data-files.ts'
import type { PictureLookup } from './images-plugin.ts'
import { compileInParallel } from './parallel-compile.ts'
import { moduleSource, type DataAccess } from './talk-modules.ts'

export interface TalksPluginOptions {
  /** Folder of talk files, relative to the Vite root. `TALKS_CONTENT_DIR` overrides it. */
  contentDir?: string
  /** The build's responsive images (images-plugin.ts), for the rows' `picture` column; none in dev. */
  pictures?: () => Promise<PictureLookup | undefined>
}

const RESOLVED = '\0'

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

const errorsOf = (c: CompileResult) => c.diagnostics.filter((d) => d.severity === 'error')

/** What other build plugins (the prerenderer, the site's static files) may ask of the talks plugin. */
export interface TalksApi {
  /** The compiled collection (compiled once per build, then cached). */
  collection(): CompileResult
  /** The site config in use. */
  config(): ResolvedConfig
  /** The data files a page fetches as it starts, in a build (see pageDataFiles). */
  pageData(pagePath: string): string[]
}

/** In a build, errors fail it unless the config says to skip bad files, which are then listed. */
function reportErrors(ctx: Rollup.PluginContext, c: CompileResult, o: CompileOptions): void {
  const errors = errorsOf(c)
  if (!errors.length) return
  if (o.config.onError !== 'skip') ctx.error(locatedError(o.root, errors))
  ctx.warn(`${errors.length} error${errors.length === 1 ? '' : 's'}: skipped ${c.skipped.length} file${c.skipped.length === 1 ? '' : 's'} (onError: 'skip'), published the rest:\n${c.skipped.map((f) => `  ${f}`).join('\n')}`)
}

export function talksPlugin(options: TalksPluginOptions = {}): Plugin<TalksApi> {
  let compileOptions: CompileOptions | undefined
  let collection: CompileResult | undefined
  let payload: Payload | undefined
  let files: { version: string; files: Map<string, string> } | undefined
  let talkSpeakers: Map<string, readonly string[]> | undefined
  let isBuild = false
  /** The browser build's output folder, where the server bundle reads the data files from. */
  let clientOutDir: string | undefined
  /** Dev: the collection as the open page has it (what a change is compared with). */
  const page = new OpenPage()
  /** Dev: stops watching the talk files (a server without an HTTP server, as in tests, has only buildEnd to say it closes). */
  let stopWatching: (() => void) | undefined

  /** The payload's data files and their version, made once per payload (made when the index module loads, with the build's pictures). */
  const dataFilesOf = () => {
    if (!payload) throw new Error('talkshelf:talks: the data files were asked for before the data module was loaded')
    if (!files) {
      const all = dataFiles(payload)
      files = { version: dataVersion(all), files: all }
    }
    return files
  }

  const dataAccess = (ssr: boolean): DataAccess => {
    if (!isBuild) return { kind: 'modules' }
    const dir = `${DATA_DIR}/${dataFilesOf().version}`
    return ssr && clientOutDir ? { kind: 'disk', dir: resolve(clientOutDir, dir) } : { kind: 'fetch', dir }
  }

  let sources: ConfigSources | undefined
  const compile = (): CompileResult => {
    if (!compileOptions) throw new Error('talkshelf:talks: the collection was asked for before Vite resolved its config')
    if (!collection) {
      collection = compileCollection(compileOptions)
      if (!isBuild) page.adoptIfUnset(collection, compileOptions.cache!)
      payload = undefined
      files = undefined
      talkSpeakers = undefined
    }
    return collection
  }

  return {
    name: 'talkshelf:talks',
    api: {
      collection: compile,
      config: () => {
        if (!compileOptions) throw new Error('talkshelf:talks: the config was asked for before Vite resolved its own')
        return compileOptions.config
      },
      pageData: (pagePath) => {
        if (!isBuild) return []
        const { version } = dataFilesOf()
        talkSpeakers ??= new Map(compile().index.talks.map((t) => [t.slug, t.speakers]))
        return pageDataFiles(pagePath, version, payload!, (slug) => talkSpeakers!.get(slug) ?? [])
      },
    },
    async configResolved(config) {
      isBuild = config.command === 'build'
      if (isBuild && !config.build?.ssr) clientOutDir = resolve(config.root, config.build?.outDir ?? 'dist')
      // A nested build (the prerenderer's server bundle) reuses these options and their cache.
      if (compileOptions) return
      sources = { root: config.root, env: process.env, contentDir: options.contentDir }
      compileOptions = { config: await loadSiteConfig(sources), includeDrafts: !isBuild, root: config.root, cache: new FileCache() }
    },
    async buildStart() {
      // The prerenderer's server bundle, right after the browser build: the same collection and
      // payload (compiling and encoding them again took 2–3 s at 10,000 talks), warned about once.
      if (isBuild && this.environment.config.build.ssr && collection && payload) return
      collection = undefined
      if (isBuild) await compileInParallel(compileOptions!, sources!)
      const c = compile()
      for (const d of c.diagnostics) if (d.severity === 'warning') this.warn(formatDiagnostic(d))
      if (isBuild) reportErrors(this, c, compileOptions!)
    },
    buildEnd() {
      stopWatching?.()
    },
    resolveId(id) {
      return isTalksModule(id) ? RESOLVED + id : undefined
    },
    load(id, loadOptions) {
      if (!id.startsWith(RESOLVED) || !isTalksModule(id.slice(RESOLVED.length))) return undefined
      const c = compile()
      // A build in watch mode learns of edits from this (once, from the index module). The dev server
      // must not: Vite would answer an edit with a reload of its own; configureServer watches instead.
      if (isBuild && id === RESOLVED + TALKS_MODULE) for (const f of c.files) this.addWatchFile(f)
      if (errorsOf(c).length && (!isBuild || compileOptions!.config.onError !== 'skip')) this.error(locatedError(compileOptions!.root, errorsOf(c)))
      const source = (pictures?: PictureLookup) => {
        payload ??= encodePayload(c.index, c.bodies, { pictures, texts: c.texts })
        const code = moduleSource(id.slice(RESOLVED.length), payload, dataAccess(loadOptions?.ssr ?? false))
        // Generated data has no source to map back to; without this, dev serves a source map of
        // each data module inline (10 MB for the list of 10,000 talks).
        return code === undefined ? undefined : { code, map: { mappings: '' } }
      }
      // A build's rows wait for its resized images; dev has none and answers at once.
      return options.pictures && !payload ? options.pictures().then(source) : source()
    },
    // Written here rather than emitted as assets: Vite would gzip each of them to list its size (a
    // few seconds at 50,000 talks, and a line per file). The prerenderer's writeBundle runs after this.
    writeBundle() {
      // The server bundle reads the browser build's files; it writes none of its own.
      if (!isBuild || this.environment.config.build.ssr || !clientOutDir) return
      const started = performance.now()
      writeFileSync(join(clientOutDir, 'talks.json'), `${JSON.stringify(publicExport(compile().index), null, 2)}\n`)
      const { version, files: all } = dataFilesOf()
      const bytes = writeDataFiles(join(clientOutDir, DATA_DIR, version), all)
      this.environment.logger.info(`talk data: ${all.size} JSON files, ${(bytes / 1e6).toFixed(1)} MB in ${DATA_DIR}/${version}/, and talks.json, written in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    },
    configureServer(server) {
      const o = compileOptions!
      const env = server.environments.client
      const reload = () => {
        page.reset()
        env.hot.send({ type: 'full-reload', path: '*' })
      }
      // The data modules are made again when next asked for; the page decides whether it asks.
      const forget = () => {
        collection = undefined
        for (const mod of [...env.moduleGraph.idToModuleMap.values()]) if (mod.id?.startsWith(RESOLVED + TALKS_MODULE)) env.moduleGraph.invalidateModule(mod)
      }
      stopWatching = watchTalkFiles(server, {
        contentDir: o.config.contentDir,
        inContent: (file) => ownsFile(o, file),
        speakerFolders: o.config.speakers.folders,
        dataFolders: o.config.dataDir && existsSync(o.config.dataDir) ? [o.config.dataDir] : [],
        extra: o.config.file ? [o.config.file] : [],
        page,
        onTalkFile(file, kind) {
          const previous = page.get(file)?.result
          o.cache!.invalidate(file)
          forget()
          const after = kind === 'unlink' ? undefined : compileTalkFile(file, o)
          const update = after ? talkPatch(page.collection, after, { previous, added: kind === 'add' }) : removalPatch(page.collection, previous)
          if (!update) return reload()
          // The next change is compared with the collection as the page now has it.
          page.patched(file, after && o.cache!.entry(file), update.after)
          env.hot.send({ type: 'custom', event: TALK_PATCH_EVENT, data: update.patch })
        },
        // A speaker file may be read by any talk, an image or a language variant by some: everything is compiled again.
        onOther() {
          o.cache!.clear()
          forget()
          reload()
        },
      })
    },
  }
}
