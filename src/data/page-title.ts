// Page titles, in one place for the prerendered <title> and the app's document.title.
export type TitledPage =
  | { kind: 'home'; query?: string }
  | { kind: 'talk'; title: string }
  | { kind: 'speaker'; name: string }
  | { kind: 'speakers' }
  | { kind: 'list'; shared?: boolean }
  | { kind: 'not-found' }

export function titleOf(page: TitledPage, siteTitle: string): string {
  switch (page.kind) {
    case 'home':
      return page.query ? `“${page.query}” · ${siteTitle}` : siteTitle
    case 'talk':
      return `${page.title} · ${siteTitle}`
    case 'speaker':
      return `${page.name} · ${siteTitle}`
    case 'speakers':
      return `Speakers · ${siteTitle}`
    case 'list':
      return `${page.shared ? 'A shared list' : 'My list'} · ${siteTitle}`
    case 'not-found':
      return `Not found · ${siteTitle}`
  }
}
