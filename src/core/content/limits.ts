/**
 * Limits for content entries and for the writer's own library, defined once: the library's limits are also a pack's
 * (a pack is an export of a library), so whatever a library may hold can be exported and imported again.
 *
 * The binding constraint is localStorage: about 5 MB per origin in Chromium and WebView2, counted in UTF-16 code
 * units of keys and values, i.e. about 5.2 million characters. The stored library may use `storedChars` (2 million):
 * a library that could not all be read is kept once more under a backup key until the writer saves again, so two
 * copies (4 million) still fit, with room left for the other keys of the origin.
 */
export const LIMITS = {
  /**
   * A pack file, in UTF-16 code units of its text: a guard against a wrong file, not a limit on content. An export
   * is pretty-printed (up to about 2.6 times the stored size for templates of many short paragraphs), so three times
   * `storedChars` lets the export of any library within `storedChars` be imported again.
   */
  packChars: 6_000_000,
  /**
   * Own phrases in the whole library. 5,000 short phrases take about 0.6 million characters of storage; a list that
   * long is still searched at once. Two imports of 2,000 (issue 9) fit.
   */
  phrases: 5000,
  /** Own section templates in the whole library. */
  sections: 500,
  /** Own skeletons (whole documents) in the whole library. */
  skeletons: 100,
  /** The stored library (its JSON in localStorage), in UTF-16 code units; see above. */
  storedChars: 2_000_000,
  phraseChars: 500,
  blockChars: 5000,
  blocks: 200,
  titleChars: 60,
  descriptionChars: 200,
  tags: 10,
  tagChars: 20,
  idChars: 64,
  /** Validation stops listing after this many problems and says how many more there were. */
  errors: 100,
  /** Recently used entries kept per library. */
  recent: 30,
  favourites: 500,
} as const;

/** Letters, digits, dot, hyphen, underscore: safe in storage keys and in HTML ids. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
