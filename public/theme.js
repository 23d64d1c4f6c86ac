// Applies the saved or system colour scheme before the first paint (no flash of the wrong theme).
// The build inlines it in each page (a file held the first paint for a round trip), allowed by its
// hash in the Content-Security-Policy (src/prerender/page-styles.ts); the dev server loads the file.
// One of .dark or .light is always set; with neither (JavaScript off) the CSS follows the system.
try {
  var saved = localStorage.getItem('talkshelf-theme')
  var dark = saved === 'dark' || saved === 'light' ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.classList.toggle('light', !dark)
} catch (e) {}
