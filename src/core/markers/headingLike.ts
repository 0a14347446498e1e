/**
 * Unnumbered lines that read like headings: part titles of long reports (党的十四大以来……的基本情况, 2014年工作安排).
 * A numbering run may legitimately restart after one; they also close the scope of an inline enumeration.
 */
import { trimSpaces } from "../text/spaces";

/** Longest line still taken for an unnumbered title. */
export const HEADING_LIKE_MAX_LENGTH = 40;

const CLOSING_PUNCTUATION = "。；，、：:;,！!？?…";
const HAS_CJK = /[\u4e00-\u9fff]/;

/** True for a short line with Chinese words that does not end like a sentence or a lead-in. */
export function isHeadingLikeLine(text: string): boolean {
  const line = trimSpaces(text);
  if (line.length < 2 || line.length > HEADING_LIKE_MAX_LENGTH) return false;
  if (CLOSING_PUNCTUATION.includes(line[line.length - 1])) return false;
  if (line.startsWith("——")) return false;
  if (BRACKETED_NOTE.test(line)) return false;
  return HAS_CJK.test(line);
}

/**
 * A line of bracketed notes only, with footnote references at most: an editor's note standing for a lost article
 * (（十一、遗漏—译者）〔4〕, 1921 纲领) or a newspaper's (（紧转第2版） （紧接第1版）, 乐山 2022), not a title.
 */
const BRACKETED_NOTE = /^(?:[（(][^（()）]*[)）]\s*)+(?:[〔［[][^〔［[]*[〕］\]]\s*)*$/;
