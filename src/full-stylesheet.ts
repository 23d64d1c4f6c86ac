// A prerendered page carries inline only the rules its own markup uses, and links the whole
// stylesheet as media="print" so that fetching it does not hold the first paint (see
// src/prerender/page-styles.ts). The app renders more than that markup (other pages, states that
// exist only in the browser), so it turns the whole sheet on before it renders. The rules repeat
// the inline ones, so turning it on changes nothing on screen.

/** Resolves once every deferred stylesheet applies (or has failed to load: the page stays as it is). */
export function applyFullStylesheet(doc: Document = document): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[data-stylesheet]')]
  return Promise.all(links.map(apply)).then(() => undefined)
}

function apply(link: HTMLLinkElement): Promise<void> {
  return new Promise((done) => {
    const on = () => {
      link.media = 'all'
      done()
    }
    // A loaded sheet has its CSSStyleSheet, whatever its media.
    if (link.sheet) return on()
    link.addEventListener('load', on, { once: true })
    link.addEventListener('error', () => done(), { once: true })
  })
}
