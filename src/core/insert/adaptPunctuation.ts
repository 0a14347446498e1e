/**
 * A phrase inserted into the writer's sentence takes the punctuation of the place it goes to, so that the insertion
 * never creates a slip the 标点 check would report (issue 12): no 成效。。 when a phrase ending in 。 goes before an
 * existing 。, no ，。 in mid-sentence, and no run-on (务求实效明确责任分工) when a clause goes before more text.
 *
 * - The text around the cursor decides the marks at the phrase's edges: a mark already there stays, and the phrase
 *   gives up its own at that edge (before 。 or ，: 务求实效。 → 务求实效; after ，: ，坚持 → 坚持).
 * - Inserted in mid-sentence (after ， or ；, before more text), a phrase that ends a sentence (务求实效。) becomes
 *   one more clause of that sentence and ends with the mark before it (，务求实效，).
 * - A clause with marks of its own (坚持问题导向，务求实效) put before more text ends with ， so that it does not
 *   run on into the next words; a word or a short adverb (切实, 进一步) is inserted as it is.
 * The 标点 rules use the same marks (punctuationChars.ts), so what this writes is what the check accepts.
 */
import { isClauseMarkAt, isHanCode, isSpaceCode } from "../rules/punctuationChars";

/** Marks that end a sentence, and those that join clauses inside one. */
const SENTENCE_END = "。？！";
const CLAUSE_JOIN = "，；、";
/** Opening marks: right after one, a phrase needs no mark of its own at its start. */
const OPENERS = "“‘（《【〔";

export interface CursorText {
  /** The paragraph's text before the insertion point (or before the selection it replaces). */
  readonly before: string;
  /** The paragraph's text after the insertion point (or after the selection). */
  readonly after: string;
}

/** The phrase as it should be inserted between `before` and `after`. */
export function adaptPhrase(phrase: string, { before, after }: CursorText): string {
  let start = 0;
  let end = phrase.length;
  while (start < end && isClauseMarkAt(phrase, start)) start++;
  while (end > start && isClauseMarkAt(phrase, end - 1)) end--;
  if (start === end) return phrase;
  const lead = phrase.slice(0, start);
  const core = phrase.slice(start, end);
  const trail = phrase.slice(end);

  const lastAt = lastVisible(before);
  const nextAt = firstVisible(after);
  const last = lastAt < 0 ? undefined : before[lastAt];
  const next = nextAt < 0 ? undefined : after[nextAt];
  const beforeClosed = last === undefined || isClauseMarkAt(before, lastAt) || OPENERS.includes(last);
  const afterMark = next !== undefined && isClauseMarkAt(after, nextAt);
  const continues = next !== undefined && (isHanCode(next.charCodeAt(0)) || /[0-9A-Za-z“‘（《]/.test(next));

  const head = beforeClosed ? "" : lead;
  let tail = trail;
  if (afterMark) tail = "";
  else if (continues && last !== undefined && CLAUSE_JOIN.includes(last) && [...trail].some((c) => SENTENCE_END.includes(c))) tail = last;
  else if (continues && trail === "" && /[，；、,;]/.test(core)) tail = "，";
  return head + core + tail;
}

/** Index of the last character that is not a space, or -1. */
function lastVisible(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i;
}

/** Index of the first character that is not a space, or -1. */
function firstVisible(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i < text.length ? i : -1;
}
