// Builds the server entry (the app for Node) and the prerender worker into one Node bundle, reusing
// the talks plugin and its compiled content.
import react from '@vitejs/plugin-react'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'

const SSR_DIR = join('node_modules', '.talkshelf-ssr')

export interface ServerBundle {
  /** file: URL of the server entry, in a folder fresh per build. */
  entry: string
  /** Path of the worker module. */
  worker: string
  /** Where both were written (removed after prerendering). */
  dir: string
}

export async function buildServerBundle(config: ResolvedConfig, talks: Plugin): Promise<ServerBundle> {
  // A folder of its own per build: a second build in the same process must not get the first one's
  // modules from Node's cache. (Not a query on the entry's URL: a lazy chunk imports the entry by its
  // plain name, which Node would load as a second instance, with module state of its own.)
  const dir = join(config.root, SSR_DIR, `${Date.now()}-${process.pid}`)
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    define: config.define,
    plugins: [talks, react()],
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rolldownOptions: {
        input: { 'entry-server': 'src/entry-server.tsx', 'prerender-worker': 'src/prerender/worker.ts' },
        output: { entryFileNames: '[name].js' },
      },
    },
  })
  return { entry: pathToFileURL(join(dir, 'entry-server.js')).href, worker: join(dir, 'prerender-worker.js'), dir }
}
