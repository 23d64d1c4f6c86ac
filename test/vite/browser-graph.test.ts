// @vitest-environment node
// The boundary between runtimes, checked on the real module graph: the browser bundle never reaches
// the compiler, the Vite plugins, the prerenderer or any Node built-in module. (The type projects
// check the same from the types' side: tsconfig.app.json has no Node types.)
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { build, type Plugin } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT, workspace, type Workspace } from '../compiler/helpers.ts'

const NODE_ONLY = ['src/compiler/', 'src/images/', 'src/vite/', 'src/prerender/']
const BUILTINS = new Set(builtinModules)

/** Why a module may not be in the browser bundle, or undefined when it may. */
function forbidden(id: string): string | undefined {
  const path = relative(REPO_ROOT, id).split('\\').join('/')
  const folder = NODE_ONLY.find((f) => path.startsWith(f))
  if (folder) return `${folder} is Node-only code`
  const bare = id.replace(/^\0?(__vite-browser-external:)?/, '')
  if (bare.startsWith('node:') || BUILTINS.has(bare.split('/')[0]!)) return 'a Node built-in module'
  return undefined
}

/** Every module a client build of `root` reaches, with the chain of importers that led to it. */
async function browserGraph(options: { root: string; configFile: string | false; input?: string }): Promise<{ id: string; chain: string[] }[]> {
  const found: { id: string; chain: string[] }[] = []
  const recorder: Plugin = {
    name: 'record-module-graph',
    buildEnd() {
      const chainOf = (id: string, seen = new Set<string>()): string[] => {
        const importer = this.getModuleInfo(id)?.importers.find((i) => !seen.has(i))
        seen.add(id)
        return importer ? [...chainOf(importer, seen), id] : [id]
      }
      for (const id of this.getModuleIds()) found.push({ id, chain: chainOf(id).map((i) => relative(REPO_ROOT, i)) })
    },
  }
  await build({
    configFile: options.configFile,
    root: options.root,
    logLevel: 'silent',
    plugins: [recorder],
    // write: false skips the prerender plugin (it runs on writeBundle) and leaves dist/ alone.
    build: { write: false, ...(options.input ? { rolldownOptions: { input: options.input } } : {}) },
  })
  return found
}

function violations(graph: { id: string; chain: string[] }[]): string[] {
  return graph.flatMap(({ id, chain }) => {
    const why = forbidden(id)
    return why ? [`${chain.join(' → ')}: ${why}`] : []
  })
}

let ws: Workspace | undefined
afterEach(() => ws?.remove())

describe('the browser bundle', () => {
  it('reaches no compiler, plugin or prerender code and no Node module', async () => {
    const graph = await browserGraph({ root: REPO_ROOT, configFile: join(REPO_ROOT, 'vite.config.ts') })
    expect(graph.some(({ id }) => id.endsWith('src/main.tsx'))).toBe(true)
    expect(graph.some(({ id }) => id.endsWith('src/data/wire.ts'))).toBe(true)
    expect(violations(graph)).toEqual([])
  }, 120_000)

  it('would be caught reaching them (the check itself works)', async () => {
    ws = workspace({
      'index.html': '<!doctype html><html><body><script type="module" src="/bad.js"></script></body></html>',
      'bad.js': `import { slugify } from ${JSON.stringify(join(REPO_ROOT, 'src/compiler/slug.ts'))}\nimport { join } from 'node:path'\nconsole.log(slugify(join('a', 'b')))\n`,
    })
    const found = violations(await browserGraph({ root: ws.root, configFile: false }))
    expect(found.some((v) => v.includes('src/compiler/slug.ts') && v.includes('Node-only'))).toBe(true)
    expect(found.some((v) => v.includes('node:path') && v.includes('built-in'))).toBe(true)
  }, 60_000)
})
