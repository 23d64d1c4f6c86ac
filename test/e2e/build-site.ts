// A production build for a browser test, with the environment a deploy would set (BASE_PATH,
// TALKS_CONTENT_DIR, TALKSHELF_SITE…) set for the build only, then put back as it was.
import { build } from 'vite'

export async function buildSite(outDir: string, env: Record<string, string>, logLevel: 'error' | 'warn' = 'error'): Promise<void> {
  const all = { NODE_ENV: 'production', ...env }
  const saved = Object.fromEntries(Object.keys(all).map((k) => [k, process.env[k]]))
  Object.assign(process.env, all)
  try {
    await build({ mode: 'production', logLevel, build: { outDir, emptyOutDir: true } })
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}
