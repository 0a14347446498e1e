/**
 * Limits for content entries and packs. They keep an own library small enough for localStorage (about 5 MB per
 * origin) and stop a wrong file (a whole document pasted as one phrase) from flooding the task pane.
 */
export const LIMITS = {
  /** A pack file, in UTF-16 code units of its text. */
  packChars: 2_000_000,
  phrases: 3000,
  sections: 500,
  skeletons: 100,
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
