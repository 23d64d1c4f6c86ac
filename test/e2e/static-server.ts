// A plain static file server, like any static host: files as they are, folder/index.html,
// and 404.html (with status 404) for everything else. No SPA rewrites, no server code.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}


function fileFor(root: string, urlPath: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const full = normalize(join(root, path))
  if (full !== root && !full.startsWith(root + sep)) return undefined
  for (const candidate of [full, join(full, 'index.html'), `${full}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

export interface StaticSite {
  url: string
  server: Server
  /** Serves another folder from now on, at the same address (a new deploy). */
  serve(dir: string): void
  /** Stops answering, dropping kept-alive connections too: the site is unreachable (offline). */
  close(): Promise<void>
}

/** Serves `dir` under `base` (e.g. "/" or "/talks/") on a free port of 127.0.0.1 (or `port`). */
export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticSite> {
  let root = resolve(dir)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const inBase = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined
    const file = inBase !== undefined ? fileFor(root, inBase) : undefined
    const target = file ?? join(root, '404.html')
    res.statusCode = file ? 200 : 404
    if (!existsSync(target)) return res.end('Not found')
    res.setHeader('Content-Type', TYPES[extname(target)] ?? 'application/octet-stream')
    createReadStream(target).pipe(res)
  })
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok))
  const address = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    server,
    serve: (next) => void (root = resolve(next)),
    close: () =>
      new Promise((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      }),
  }
}
