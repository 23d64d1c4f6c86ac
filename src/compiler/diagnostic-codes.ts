// The catalogue of every problem the compiler reports: a closed set of permanent codes, each with
// one severity, a one-line title and what to do about it. Diagnostics are only made through it
// (see diagnostics.ts), and the README's table of problems is checked against it.

export type Severity = 'error' | 'warning'

export interface DiagnosticInfo {
  severity: Severity
  /** What happened, in a few words. */
  title: string
  /** What to do about it. */
  hint: string
}

export const DIAGNOSTICS = {
  // ---- Files and front matter
  'no-content-folder': { severity: 'error', title: 'The talk folder does not exist', hint: 'Create it, or point TALKS_CONTENT_DIR (or TALKSHELF_SITE / the config) at the right folder.' },
  'not-utf8': { severity: 'error', title: 'The file is not UTF-8 text', hint: 'Re-save the file with UTF-8 encoding.' },
  'empty-file': { severity: 'error', title: 'The file is empty', hint: 'A talk needs front matter with at least a title and a date.' },
  'no-front-matter': { severity: 'error', title: 'No front matter', hint: 'Start the file with a "+++" (TOML) or "---" (YAML) line, the fields, and the same line again; or with a JSON object ("{" … "}").' },
  'unclosed-front-matter': { severity: 'error', title: 'The front matter is never closed', hint: 'Add the closing "+++" or "---" line (or the JSON object\'s "}") after the last field.' },
  'toml-syntax': { severity: 'error', title: 'Malformed TOML front matter', hint: 'Fix the TOML at the line and column shown (quotes, brackets, one value per key).' },
  'lenient-yaml': { severity: 'warning', title: 'YAML that only Hugo’s lenient parser reads', hint: 'Indent the continuation lines of the quoted text (or quote it on one line), or remove a key given twice; it was read as Hugo reads it.' },
  'json-syntax': { severity: 'error', title: 'Malformed JSON front matter', hint: 'Fix the JSON at the line and column shown (quotes around keys and text, commas between fields, none after the last).' },
  'yaml-syntax': { severity: 'error', title: 'Malformed YAML front matter', hint: 'Fix the YAML at the line and column shown (indentation, quotes, "key: value").' },
  // ---- Fields
  'missing-title': { severity: 'error', title: 'The talk has no title', hint: 'Add title = "…" to the front matter.' },
  'missing-date': { severity: 'error', title: 'The talk has no date', hint: 'Add date = "YYYY-MM-DD" to the front matter.' },
  'unscheduled': { severity: 'warning', title: 'A page the schedule does not list, with no date', hint: 'Add it to the site’s schedule (data/schedule.yml) or give it a date; until then it is not published.' },
  'invalid-date': { severity: 'error', title: 'The date is not a real calendar date', hint: 'Write it as YYYY-MM-DD (February 30 or month 13 do not exist).' },
  'invalid-publish-date': { severity: 'warning', title: 'publishDate is not a real calendar date', hint: 'Write it as YYYY-MM-DD, or remove it; it is ignored meanwhile.' },
  'wrong-type': { severity: 'error', title: 'The title or the draft flag has the wrong type', hint: 'Write the title as text in quotes and draft as true or false without quotes.' },
  'ignored-value': { severity: 'warning', title: 'A field whose value cannot be used', hint: 'Write text in quotes and lists as ["a", "b"]; if the site uses this key for something else, map the field to other keys in the config (fields: { timeSlot: [] }). The talk is published without it meanwhile.' },
  'unknown-key': { severity: 'warning', title: 'A front-matter key Talkshelf does not use', hint: 'It is kept in the data but not shown; check its spelling.' },
  'bad-url': { severity: 'error', title: 'A link that is not http(s)', hint: 'Write links as full https://… URLs; javascript:, data: and other schemes are refused.' },
  'repaired-url': { severity: 'warning', title: 'A link without its https://', hint: 'Write it in full (https://…) to silence this; it was read as an https link.' },
  'missing-file': { severity: 'warning', title: 'A linked file is not in the static folders', hint: "Add it to the site's static/ (or public/), or set baseUrl in the config to link to the live site." },
  'bad-handle': { severity: 'warning', title: 'A social handle that is neither a link nor a handle', hint: 'Write a handle ("name") or a full https://… link; it is left out meanwhile.' },
  'missing-image': { severity: 'warning', title: 'An image that cannot be shown', hint: 'Use a site path to a file that exists under public/ (like /img/a.jpg) or an https URL.' },
  'empty-slug': { severity: 'warning', title: 'The slug has no letters or digits', hint: 'Set slug = "…" to words; the file name gives the URL meanwhile.' },
  'no-slug': { severity: 'error', title: 'Neither the slug nor the file name gives a URL', hint: 'Rename the file or set slug = "…" to words.' },
  // ---- Speakers from front matter, and the config's transform
  'speaker-not-found': { severity: 'warning', title: 'A speaker without a speaker file', hint: 'Check the name or path against the speaker files; the speaker is shown by name only.' },
  'speaker-outside-site': { severity: 'error', title: 'A speaker path that leaves the site', hint: 'Give the speaker file as a path inside the site (no "../" out of it).' },
  'transform-failed': { severity: 'error', title: "The config's transform threw", hint: 'Fix the transform (the message says what went wrong); the file is left out meanwhile.' },
  'transform-shape': { severity: 'error', title: "The config's transform returned the wrong shape", hint: 'Return the talk it was given (changed), or null to leave the talk out.' },
  'data-file': { severity: 'error', title: 'A data file that cannot be read', hint: 'Fix the YAML, TOML or JSON at the line shown, or the path given to readData().' },
  // ---- Text
  'repaired-text': { severity: 'warning', title: 'Double-encoded text was repaired', hint: "Fix the file's encoding (it was once read as Windows-1252) to silence this." },
  'deep-nesting': { severity: 'warning', title: 'Quotes or lists nested over 100 levels deep', hint: 'Flatten them; the text inside the deepest ones is left out.' },
  // ---- Shortcodes
  'unclosed-shortcode': { severity: 'error', title: 'A shortcode is never closed', hint: 'Close it with ">}}" (or "%}}"), and a paired one with {{< /name >}}.' },
  'mismatched-shortcode': { severity: 'error', title: 'A closing shortcode without its opening', hint: 'Remove it, or add the opening {{< name >}} before it.' },
  'shortcode-arguments': { severity: 'error', title: 'A shortcode Hugo cannot read', hint: 'Give it a name and quote its arguments: {{< name key="value" >}}.' },
  'unknown-shortcode': { severity: 'warning', title: 'A shortcode Talkshelf does not know', hint: 'It is left out of the page (its inner text is kept).' },
  'speaker-without-name': { severity: 'error', title: 'A speaker shortcode without a name', hint: 'Add name="Full Name - Role @ Org".' },
  'button-without-link': { severity: 'warning', title: 'A button shortcode without a link', hint: 'Add link="https://…"; the button is left out meanwhile.' },
  'unresolved-ref': { severity: 'warning', title: 'A ref or relref to no page of the archive', hint: 'Point it at a talk or speaker file, relative to the page or to content/; the link is left out meanwhile (its text is kept).' },
  'youtube-without-id': { severity: 'warning', title: 'A video shortcode (youtube, vimeo) without a video id', hint: 'Add the id: {{< youtube VIDEO_ID >}} or {{< vimeo VIDEO_ID >}}.' },
  // ---- Across files

  'duplicate-slug': { severity: 'warning', title: 'Two talks have the same slug', hint: 'Rename one file or give it a different slug = "…"; the later file (by path) is published under its file name, or the slug numbered, meanwhile.' },
  'duplicate-alias': { severity: 'warning', title: 'Two talks claim the same alias', hint: 'Remove it from one of them; the newer talk keeps it meanwhile.' },
  'alias-collision': { severity: 'warning', title: "An alias is another talk's page or slug", hint: 'Remove the alias or give it a path of its own.' },
} as const satisfies Record<string, DiagnosticInfo>

export type DiagnosticCode = keyof typeof DIAGNOSTICS
