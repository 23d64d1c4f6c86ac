// A plain static file server, like any static host: files as they are, folder/index.html,
// and 404.html (with status 404) for everything else. No SPA rewrites, no server code.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

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
  '.avif': 'image/avif',
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

/** Text compresses; images and media are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/

export interface ServeOptions {
  /** gzip text files (level 6) for a client that accepts it, as most static hosts do; off by default. */
  compress?: boolean
  /** The port of 127.0.0.1 to listen on; a free one by default. */
  port?: number
}

export interface StaticSite {
  url: string
  server: Server
  /** Serves another folder from now on, at the same address (a new deploy). */
  serve(dir: string): void
  /** Stops answering, dropping kept-alive connections too: the site is unreachable (offline). */
  close(): Promise<void>
}

/** Serves `dir` under `base` (e.g. "/" or "/talks/") on 127.0.0.1. */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  let root = resolve(dir)
  // Compressed once per file, as a host that pre-compresses or caches does.
  const gzipped = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    // A path such as "//x" is a host to URL(); only the path is wanted here.
    const url = new URL(`http://localhost${req.url ?? '/'}`)
    const inBase = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined
    const file = inBase !== undefined ? fileFor(root, inBase) : undefined
    const target = file ?? join(root, '404.html')
    res.statusCode = file ? 200 : 404
    if (!existsSync(target)) return res.end('Not found')
    const type = TYPES[extname(target)] ?? 'application/octet-stream'
    res.setHeader('Content-Type', type)
    if (options.compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(target)
      try {
        if (!body) gzipped.set(target, (body = gzipSync(readFileSync(target), { level: 6 })))
      } catch {
        res.statusCode = 404
        return res.end('Not found')
      }
      res.setHeader('Content-Encoding', 'gzip')
      res.setHeader('Vary', 'Accept-Encoding')
      return res.end(body)
    }
    // A file removed between the check and the read (a test's teardown deleting the site while a
    // late request is served) ends that response, never the test run.
    createReadStream(target)
      .on('error', () => {
        if (!res.headersSent) res.statusCode = 404
        res.end()
      })
      .pipe(res)
  })
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok))
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
