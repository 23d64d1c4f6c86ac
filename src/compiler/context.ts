// What compiling one file may ask of the world outside it: kept to an interface so stages stay
// pure and tests pass a stub.
export interface CompileContext {
  /** Whether a public path such as "/img/a.jpg" exists under the site's public (static) folder. */
  imageExists(publicPath: string): boolean
  includeDrafts: boolean
}
