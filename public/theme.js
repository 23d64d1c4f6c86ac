// Applies the saved or system colour scheme before the first paint (no flash of the wrong theme).
// An external file, not inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
// One of .dark or .light is always set; with neither (JavaScript off) the CSS follows the system.
try {
  var saved = localStorage.getItem('talkshelf-theme')
  var dark = saved === 'dark' || saved === 'light' ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.classList.toggle('light', !dark)
} catch (e) {}
