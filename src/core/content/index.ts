/** The content library's public API (pure; the built-in data itself is in src/content, loaded on demand). */
export * from "./types";
export { LIMITS } from "./limits";
export { parsePack, validatePack, validateContentSet, PACK_FORMAT, PACK_VERSION } from "./validate";
export { exportPack, importPack, contentKey, type ImportOptions, type ImportReport, type ImportResult, type CollisionPolicy } from "./pack";
export {
  STORAGE_KEY,
  storageKey,
  emptyLibrary,
  addEntry,
  updateEntry,
  deleteEntry,
  copyToOwn,
  toggleFavourite,
  isFavourite,
  recordUse,
  pruneRefs,
  type Draft,
  type LibraryResult,
  type EntryOptions,
} from "./library";
export { decodePackBytes, type DecodedPack, type PackEncoding } from "./decode";
export { serializeLibrary, parseLibrary, type StoredLibraryResult } from "./storage";
export { overflows, importOverflowErrors, roomSentence, overLimit, kindNoun, countOf, countLimit, storedSize, type Overflow } from "./capacity";
export { buildSearchIndex, withInitials, search, type SearchIndex, type SearchHit, type SearchOptions } from "./search";
export { loadPinyinInitials, makeInitialsOf, type InitialsOf } from "./pinyin";
export { lintContentText, isValidDateLine } from "./lint";
export { textWarnings, phraseWarnings, blocksWarnings, pasteSeams } from "./hygiene";
export { editorMessage, editorErrors } from "./validation/editorMessages";
