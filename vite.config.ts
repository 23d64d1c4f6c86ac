import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { staticSitePlugin } from './src/build/static-site.ts'
import { talksPlugin } from './src/data/plugin/index.ts'

export default defineConfig({
  plugins: [talksPlugin(), react(), tailwindcss(), staticSitePlugin()],
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
  },
})
