// Builds the site with the bundled talks and serves it; tests receive the URL via inject('baseUrl').
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { launchChromium } from '../../scripts/lib/chromium.ts'
import { serveStatic } from './static-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  // Fail fast, before the build, when there is no browser or it does not start (this also unpacks the
  // npm Chromium once, before the test files' workers look for it).
  await (await launchChromium()).close()
  // Vitest sets NODE_ENV=test, which would give a development React build: test what ships.
  process.env.NODE_ENV = 'production'
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } })
  const site = await serveStatic('dist')
  project.provide('baseUrl', site.url)
  return () => site.close()
}
