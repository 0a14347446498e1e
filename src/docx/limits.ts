/**
 * What the reader agrees to inflate and parse. A .docx is a ZIP, so a file of a few hundred KB can declare (or hide)
 * gigabytes of XML; these limits are checked against the central directory before anything is inflated, and again
 * while inflating, because a declared size can lie.
 *
 * Why these figures: Word writes very roughly 0.5–2 KB of XML per paragraph (run properties, rsids), so 64 MB is
 * thousands of pages, beyond any report this tool is for (an estimate, not measured on a corpus of large files).
 * The reader peaks at about 7× the XML it parses (the bench's "docx 60 MB document.xml" line: ~420 MB), so 80 MB
 * of XML in all keeps a check under 1 GB with room for the engine; past that a writer is better served by
 * splitting the document than by a pane that stops responding.
 */
const MB = 1024 * 1024;

/** One XML part (document.xml, styles.xml, a header …) after inflating. */
export const MAX_PART_BYTES = 64 * MB;
/** All the XML parts the reader inflates for one document together. */
export const MAX_XML_BYTES = 80 * MB;
/**
 * DEFLATE can reach about 1,000:1; Word's XML compresses 5–20:1, and even a document of one repeated line stays
 * under 100:1. A part both that compressed and big is a compression bomb, not something Word wrote.
 */
export const BOMB_RATIO = 100;
export const BOMB_MIN_BYTES = 8 * MB;
/**
 * Elements nested deeper than this are refused: Word's own limit on nested tables is far lower, and the reader's
 * walkers may then recurse without any risk to the stack.
 */
export const MAX_XML_DEPTH = 1000;

/** A size as a writer reads it: "176 KB", "9.5 MB", "70 MB". */
export function megabytes(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}
