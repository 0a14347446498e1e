/**
 * punctuation-pairs — GB/T 15834—2011: brackets, quotes and book-title marks come in pairs, and the pair matches
 * (（…） “…” 《…》 【…】 〔…〕). A mark left open in its paragraph, a closer with no opener, or a pair closed by the
 * wrong mark (（见附件】) is a slip. A quotation running over several paragraphs opens each with “ and closes only
 * the last (GB/T 15834—2011), so an open “ before a paragraph that starts with “ is fine. A bracket split by a line
 * break (a hard-wrapped text: the bracket opened in the paragraph's last sentence, closed in the next paragraph's
 * first) is one pair; a bracket that a sentence's end follows was left open. Half- and full-width
 * brackets pair with each other here; their width is punctuation-width's. The only fix offered is the mismatched
 * closer's (the opener says which mark was meant); where a missing mark belongs only the writer knows.
 */
import type { Finding } from "../finding";
import { singleEditFix } from "../finding";
import { punctuationMsg, punctuationRuleText, PUNCTUATION_BASIS } from "../messages";
import type { DocSnapshot } from "../model";
import { charClassBody } from "../text/charClass";
import { leadingSpaceLength } from "../text/spaces";
import { isAbbreviatedYear, protectedSpans } from "./punctuationChars";
import { makeFinding } from "./report";
import { inSlices } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "punctuation-pairs",
  category: "punctuation",
  ...punctuationRuleText.pairs,
  defaultSeverity: "error",
  fixable: true,
  basis: PUNCTUATION_BASIS.marks,
};

/** Each opener with its closer; half-width brackets pair with full-width ones of their kind. */
const OPEN_TO_CLOSE: Readonly<Record<string, string>> = {
  "（": "）",
  "(": "）",
  "“": "”",
  "‘": "’",
  "《": "》",
  "〈": "〉",
  "【": "】",
  "〔": "〕",
  "〖": "〗",
  "［": "］",
  "[": "］",
  "「": "」",
  "『": "』",
};
const CLOSE_KIND: Readonly<Record<string, string>> = { "）": "）", ")": "）", "］": "］", "]": "］" };
const CLOSE_TO_OPEN: Readonly<Record<string, string>> = { "）": "（", "”": "“", "’": "‘", "》": "《", "〉": "〈", "】": "【", "〕": "〔", "〗": "〖", "］": "［", "」": "「", "』": "『" };
/** Quotes that may close “ or ‘ in a slip of form (see checkParagraph). */
const LOOK_ALIKE_QUOTES: ReadonlySet<string> = new Set(['"', "'", "＂", "″"]);
/**
 * Every mark checkParagraph looks at, made from the tables above so that no mark can be left out of the pre-check (a
 * hand-written class once lacked ）, and a paragraph whose only slip was an unopened ） was never read).
 */
const PAIR_MARKS: ReadonlySet<string> = new Set([...Object.keys(OPEN_TO_CLOSE), ...Object.keys(CLOSE_KIND), ...Object.keys(CLOSE_TO_OPEN), ...LOOK_ALIKE_QUOTES]);
const ANY_PAIR_MARK = new RegExp(`[${charClassBody(PAIR_MARKS)}]`);

/** What a list marker closed by a bracket is made of (1） a) 一）). */
const MARKER_CHAR = /[0-9０-９a-zA-Z一二三四五六七八九十]/;
/** What may stand before such a marker: the paragraph's start, a space or a 点号 (；5）城乡居民……). */
const BEFORE_MARKER = /[\s\u3000，。；：、,;:.]/;

/** A closer that ends a list marker (1） a) 一）), at the start or inline: a closer with no opener by design. */
function closesListMarker(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && MARKER_CHAR.test(text[j])) j--;
  return j < i - 1 && i - j <= 4 && (j < 0 || BEFORE_MARKER.test(text[j]));
}

interface Open {
  readonly at: number;
  readonly mark: string;
}

/** A bracket left open at the end of a paragraph, which the next paragraph may still close. */
interface Carried extends Open {
  readonly paragraphIndex: number;
}

/** Quotes have their own rule over paragraphs (GB/T 15834—2011: each paragraph opens again); brackets do not. */
const QUOTE_OPENERS: ReadonlySet<string> = new Set(["“", "‘"]);

/**
 * The marks that end a sentence or a clause of a list (GB/T 15834—2011 句末点号, and the 分号 that ends each 一是……；
 * item): a bracket split by a line break has none between its opener and the break, nor between the break and its
 * closer, except those of a sentence inside the bracket, which a closing mark follows at once (罢了！）, 说？）,
 * lawtext/cpc/党代会报告/1928-六大政治报告.txt). Without this limit any bracket left open anywhere in a paragraph was
 * closed by any stray closer in the next (“会议强调（要加强领导，落实责任。” then “二是……分工）。” gave no finding).
 */
const SENTENCE_END = /[。！？；!?;]/g;

/** Where the first sentence end at or after `from` that no closing mark follows is, or the text's length if none. */
function outerSentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  for (let found = SENTENCE_END.exec(text); found; found = SENTENCE_END.exec(text)) {
    const after = text[found.index + 1];
    if (after === undefined || (CLOSE_TO_OPEN[CLOSE_KIND[after] ?? after] === undefined && !LOOK_ALIKE_QUOTES.has(after))) return found.index;
  }
  return text.length;
}

export const punctuationPairs: Rule = steppedRule(meta, function* (doc) {
  const findings: Finding[] = [];
  // A bracket opened at the end of one paragraph and closed at the start of the next is one pair over a line
  // break (lawtext/cpc/党规/规定/国有企业领导人员廉洁从业规定.txt: the dates under the title, in parentheses over two
  // lines). Only the next paragraph of the same part may close it, within its first sentence (checkParagraph).
  let carried: Carried[] = [];
  // In slices of paragraphs (what is carried over stays in `carried`): in a cold page at 4× this pass over 800 pages
  // took 35–130 ms in one task.
  yield* inSlices(doc.paragraphs, (from, to) => {
    for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
      const paragraph = doc.paragraphs[paragraphIndex];
      if (!ANY_PAIR_MARK.test(paragraph.text)) {
        carried = reportCarried(doc, carried, findings);
        continue;
      }
      const left = checkParagraph(doc, paragraphIndex, findings, carried);
      reportCarried(doc, carried, findings);
      carried = left;
    }
  });
  reportCarried(doc, carried, findings);
  return findings;
});

/** Reports the brackets still open from the previous paragraph; returns the empty list to carry on with. */
function reportCarried(doc: DocSnapshot, carried: readonly Carried[], findings: Finding[]): Carried[] {
  for (const open of carried) findings.push(unclosedFinding(doc, open.paragraphIndex, open));
  return [];
}

function unclosedFinding(doc: DocSnapshot, paragraphIndex: number, open: Open): Finding {
  return makeFinding(meta, doc, { paragraphIndex, range: [open.at, open.at + 1], message: punctuationMsg.unclosed(open.mark, OPEN_TO_CLOSE[open.mark]) });
}

/**
 * Checks one paragraph. A closer with no opener of its own first closes the last bracket `carried` from the previous
 * paragraph when it is of its kind (taken out of `carried`, which the caller then reports). Returns the brackets this
 * paragraph leaves open when the next paragraph of its part may still close them; reports every other slip.
 */
function checkParagraph(doc: DocSnapshot, paragraphIndex: number, findings: Finding[], carried: Carried[]): Carried[] {
  const text = doc.paragraphs[paragraphIndex].text;
  const guard = protectedSpans(text);
  const report = (at: number, message: string, fixText?: string) =>
    findings.push(makeFinding(meta, doc, { paragraphIndex, range: [at, at + 1], message, ...(fixText ? { fix: singleEditFix(paragraphIndex, [at, at + 1], fixText) } : {}) }));

  const stack: Open[] = [];
  // A closer may close a bracket carried from the previous paragraph only within this paragraph's first sentence.
  const carriedClosableBefore = carried.length ? outerSentenceEnd(text, 0) : 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (LOOK_ALIKE_QUOTES.has(ch)) {
      // A look-alike quote closing “ or ‘ (“……")): a pair whose form punctuation-width mends; others are not ours.
      const top = stack[stack.length - 1];
      if (top && top.mark === (ch === "'" ? "‘" : "“") && !guard.covers(i)) stack.pop();
      continue;
    }
    if (ch === "’" && isAbbreviatedYear(text, i)) continue;
    const closeOf = OPEN_TO_CLOSE[ch];
    const openOf = CLOSE_TO_OPEN[CLOSE_KIND[ch] ?? ch];
    if (closeOf === undefined && openOf === undefined) continue;
    if (guard.covers(i)) continue;
    if (closeOf !== undefined) {
      stack.push({ at: i, mark: ch });
      continue;
    }
    const closer = CLOSE_KIND[ch] ?? ch;
    const top = stack[stack.length - 1];
    if (closer === "）" && top?.mark !== "（" && top?.mark !== "(" && closesListMarker(text, i)) continue;
    if (top && OPEN_TO_CLOSE[top.mark] === closer) {
      stack.pop();
      continue;
    }
    // The opener is further down: those above it were left open.
    const depth = findOpen(stack, closer);
    if (depth >= 0) {
      while (stack.length > depth + 1) {
        const open = stack.pop()!;
        report(open.at, punctuationMsg.unclosed(open.mark, OPEN_TO_CLOSE[open.mark]));
      }
      stack.pop();
      continue;
    }
    if (top) {
      // A closer of another kind right where the open pair ends: the opener says which was meant.
      stack.pop();
      const expected = OPEN_TO_CLOSE[top.mark];
      report(i, punctuationMsg.mismatched(ch, top.mark, expected), expected);
      continue;
    }
    const last = carried[carried.length - 1];
    if (last && i < carriedClosableBefore && OPEN_TO_CLOSE[last.mark] === closer) {
      carried.pop();
      continue;
    }
    report(i, punctuationMsg.unopened(ch, openOf));
  }
  const left: Carried[] = [];
  const next = doc.paragraphs[paragraphIndex + 1];
  const nextInPart = next !== undefined && next.part === doc.paragraphs[paragraphIndex].part;
  for (const open of stack) {
    if (open.mark === "“" && nextParagraphOpensQuote(doc, paragraphIndex)) continue;
    if (nextInPart && !QUOTE_OPENERS.has(open.mark) && outerSentenceEnd(text, open.at) === text.length) left.push({ ...open, paragraphIndex });
    else findings.push(unclosedFinding(doc, paragraphIndex, open));
  }
  return left;
}

function findOpen(stack: readonly Open[], closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (OPEN_TO_CLOSE[stack[k].mark] === closer) return k;
  return -1;
}

/** A quotation over several paragraphs: the next paragraph (of the same part) starts with “ again. */
function nextParagraphOpensQuote(doc: DocSnapshot, paragraphIndex: number): boolean {
  const next = doc.paragraphs[paragraphIndex + 1];
  if (!next || next.part !== doc.paragraphs[paragraphIndex].part) return false;
  return next.text[leadingSpaceLength(next.text)] === "“";
}
