/**
 * Validates built-in content and user-imported packs. Every problem is reported at once, in Chinese, with where it
 * is, so a writer can fix a pack in one pass; on any error the caller changes nothing.
 *
 * validation/collector.ts  error collector, places and value descriptions for messages
 * validation/fields.ts     text fields with limits, ids, tags
 * validation/entries.ts    phrases, section templates, skeletons, blocks
 * validation/set.ts        a whole set or pack: lists, duplicate ids, pack header
 * validation/parse.ts      the text of a pack file: JSON parsing and error positions
 * validation/editorMessages.ts  the same problems worded for the own-library editors ("请填写常用语内容。")
 *
 * Pack messages say where for the writer ("第3条常用语的类别“foo”无法识别……"); the JSON path ("phrases[2].category")
 * is the error's `path`, shown in parentheses at the end of the line for whoever fixes the file.
 */
export { PACK_FORMAT, PACK_VERSION, validateContentSet, validatePack } from "./validation/set";
export { parsePack } from "./validation/parse";
