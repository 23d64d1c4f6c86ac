// A compile worker: compiles a share of the talk files in a thread of its own, so a large build
// compiles on every core (src/vite/parallel-compile.ts bundles and starts it). It resolves the site
// config itself, as the plugin did, and hands back its cache's entries by structured clone.
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { loadSiteConfig, type ConfigSources } from './config/resolve.ts'
import { compileTalkFile, FileCache, type CompileOptions } from './compile.ts'

export interface CompileShare {
  sources: ConfigSources
  /** As the plugin's CompileOptions say. */
  root: string
  includeDrafts: boolean
  /** Absolute paths, as listTalkFiles gives them. */
  files: string[]
}

export async function compileShare(share: CompileShare): Promise<ReturnType<FileCache['compiled']>> {
  const options: CompileOptions = { config: await loadSiteConfig(share.sources), includeDrafts: share.includeDrafts, root: share.root, cache: new FileCache() }
  for (const file of share.files) compileTalkFile(file, options)
  return options.cache!.compiled()
}

if (!isMainThread && parentPort) {
  const port = parentPort
  void compileShare(workerData as CompileShare).then((entries) => port.postMessage(entries))
}
