// What the server entry (src/entry-server.tsx, built by Vite for Node) offers the prerenderer. Types
// only, shared by the app's and Node's type projects.
export interface RenderedRoute {
  html: string
  /** The <link rel="preload"> tags React made for the page, for its <head>. */
  hints: string
  /** 200, 404 when the route rendered the not-found page, 500 when a loader or view threw. */
  status: number
  /** What went wrong, for a status of 500. */
  error?: string
  /** Where the router rendered it (path and query as the router spells them): the browser takes
   * this markup over in place only at the same location (src/main.tsx). */
  href: string
}

export interface ServerEntry {
  /** Renders one URL (with the base path) to HTML, after its loaders have run. */
  render(url: string): Promise<RenderedRoute>
}
