// Site settings in one place. Deploy-specific values come from the environment at build time
// (see vite.config.ts: SITE_TITLE, SITE_URL, BASE_PATH).
export const site = {
  title: import.meta.env.VITE_SITE_TITLE || 'Talkshelf',
  description: import.meta.env.VITE_SITE_DESCRIPTION || 'Talks and webinars, searchable: watch the video, read the slides, meet the speakers.',
}
