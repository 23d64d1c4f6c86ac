/** A public-folder path ("/img/a.jpg") under the site's base path; absolute URLs pass through. */
export function publicUrl(path: string): string {
  return /^https?:\/\//i.test(path) ? path : `${import.meta.env.BASE_URL}${path.replace(/^\/+/, '')}`
}
