import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { prerenderPlugin, siteFilesDevPlugin } from './src/build/prerender.ts'
import { talksPlugin } from './src/data/plugin/index.ts'
import { siteSettingsFromEnv } from './src/site-settings.ts'

const site = siteSettingsFromEnv()
const talks = talksPlugin()

export default defineConfig({
  base: site.base,
  define: { __SITE__: JSON.stringify(site) },
  plugins: [talks, react(), tailwindcss(), prerenderPlugin({ site, talks }), siteFilesDevPlugin({ site, talks })],
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
  },
})
