import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { siteFilesDevPlugin } from './src/vite/dev-site-files.ts'
import { imagesPlugin } from './src/vite/images-plugin.ts'
import { prerenderPlugin } from './src/vite/prerender-plugin.ts'
import { siteStaticPlugin } from './src/vite/site-static.ts'
import { talksPlugin } from './src/vite/talks-plugin.ts'
import { loadSiteConfig } from './src/compiler/config/resolve.ts'
import { siteSettingsFromEnv, type SiteDefaults } from './src/data/site-settings.ts'

/** The Hugo site's own title, description and language, when TALKSHELF_SITE (or the config) names one. */
async function hugoDefaults(): Promise<SiteDefaults> {
  try {
    const { hugo } = await loadSiteConfig({ root: process.cwd(), env: process.env })
    return { title: hugo.title, description: hugo.description, lang: hugo.lang }
  } catch {
    return {} // a config that does not load is reported by the talks plugin, with its file
  }
}

export default defineConfig(async () => {
  const site = siteSettingsFromEnv(process.env, await hugoDefaults())
  // The talk rows carry each preview image's resized copies, which the images plugin makes from the
  // compiled talks: each asks the other, lazily (a build only).
  const talks = talksPlugin({ pictures: () => images.api!.pictures() })
  const images = imagesPlugin({ talks })

  return {
    base: site.base,
    define: { __SITE__: JSON.stringify(site) },
    plugins: [talks, images, react(), tailwindcss(), siteStaticPlugin({ talks, base: site.base }), prerenderPlugin({ site, talks }), siteFilesDevPlugin({ site, talks })],
    // The search worker (src/search-worker/) is a module worker, as `new Worker(…, { type: 'module' })` says.
    worker: { format: 'es' as const },
    build: {
      rolldownOptions: {
        output: {
          // Separate chunks so a content change does not invalidate the cached app code, and
          // an app release does not invalidate the cached talk list.
          codeSplitting: {
            groups: [
              { name: 'talk-list', test: /^\0virtual:talks$/ },
              // React apart from the rest, so src/boot.ts can run it in a task of its own: evaluated
              // as one, the libraries were a 60 ms task on a slow machine.
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
              // fuse.js ranks in the search worker; the page loads it only where there is no worker.
              { name: 'vendor', test: /node_modules[\\/](?!fuse\.js[\\/])/, priority: 1 },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      setupFiles: ['test/setup.ts'],
    },
  }
})
