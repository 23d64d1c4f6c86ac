// A prerendered page carries inline only the rules its own markup uses, and names the whole
// stylesheet on that <style> (data-stylesheet) rather than linking it, so that it does not share a
// slow link with the page's first image (see src/prerender/page-styles.ts). The app renders more
// than that markup (other pages, states that exist only in the browser), so it loads the whole
// sheet before it renders. Its rules repeat the inline ones: applying it changes nothing on screen.

/** Resolves once every whole stylesheet the page names applies (or has failed to load: the page stays as it is). */
export function applyFullStylesheet(doc: Document = document): Promise<void> {
  const named = [...doc.querySelectorAll<HTMLStyleElement>('style[data-stylesheet]')]
  return Promise.all(named.map((style) => load(doc, style.dataset.stylesheet!))).then(() => undefined)
}

function load(doc: Document, href: string): Promise<void> {
  return new Promise((done) => {
    const link = doc.createElement('link')
    link.rel = 'stylesheet'
    link.crossOrigin = ''
    link.href = href
    link.addEventListener('load', () => done(), { once: true })
    link.addEventListener('error', () => done(), { once: true })
    doc.head.append(link)
  })
}
