// DataONE's webinars (github.com/DataONEorg/dataone-web), with
//   TALKSHELF_SITE=../shared/sites/dataone TALKSHELF_CONFIG=examples/dataone.config.ts npm run build
// Everything else (event_datetime and duration for the date and time, vimeoID, slides, the speakers
// joined by path to content/people/*.md with fullname, role, organization, avatar and longbio, the
// abstract when the body is empty) is found by the defaults.
import { defineConfig } from '../src/compiler/config/define-config.ts'

export default defineConfig({
  // Uploads (slides, images) are not in the repository's static/: link to the live site's copies.
  baseUrl: 'https://dataone.org',
  // CMS bookkeeping.
  ignore: ['status', 'disqus_shortname'],
})
