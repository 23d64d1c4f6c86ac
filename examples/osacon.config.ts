// OSA Con's sessions (github.com/softwareguru/osacon-website), with
//   TALKSHELF_SITE=../shared/sites/osacon TALKSHELF_CONFIG=examples/osacon.config.ts npm run build
// The defaults find content/sessions, time_start/time_end, video, topics and track (as tags) and
// speakers by name in content/speakers/<slug>/_index.md (title, designation, images, body as bio).
import { defineConfig } from '../src/compiler/config/define-config.ts'

export default defineConfig({
  // static/ (slides, photos) is not in the repository export: link to the live site's copies.
  baseUrl: 'https://osacon.io',
  fields: {
    // The theme links slides as /slides/<value> (static/slides/2023/…); `timeslot` is a grid position, not a time.
    slides: [{ key: 'slides', base: '/slides/' }],
    timeSlot: [],
  },
  ignore: ['day', 'room', 'timeslot', 'gridarea'],
})
