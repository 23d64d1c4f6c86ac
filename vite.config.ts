import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { talksPlugin } from './src/data/plugin/index.ts'

export default defineConfig({
  plugins: [talksPlugin(), react(), tailwindcss()],
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
    setupFiles: ['test/setup.ts'],
  },
})
