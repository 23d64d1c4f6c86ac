// Applies the saved or system colour scheme before the first paint (no flash of the wrong theme).
// An external file, not inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
try {
  var saved = localStorage.getItem('talkshelf-theme')
  var dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches
  document.documentElement.classList.toggle('dark', dark)
} catch (e) {}
