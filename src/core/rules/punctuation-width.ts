/**
 * punctuation-width — GB/T 15834—2011: Chinese text takes the full-width marks (，。；：？！（）“”‘’); a half-width
 * comma or bracket between Chinese characters is a slip of the input method, and the reviewer sends the draft back.
 * Half-width marks inside numbers, dates, times, URLs, Latin words and version strings (1,000 2023.1.5 10:30 5+1 V2.0)
 * are left alone. A pair of half-width brackets or quotes is fixed as a pair; a pair mixing widths (“……") at the
 * half-width end. Runs of marks (完成,。) are punctuation-repeated's, 发文字号 brackets punctuation-doc-number's.
 */
import type { Finding, Fix, ParagraphEdit } from "../finding";
import { punctuationMsg, punctuationRuleText, PUNCTUATION_BASIS } from "../messages";
import type { DocSnapshot } from "../model";
import { chineseToward, clauseRunAt, HALF_TO_FULL, isAbbreviatedYear, isAlnumCode, isChineseCode, protectedSpans, SpanSet } from "./punctuationChars";
import { makeFinding } from "./report";
import { inSlices } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "punctuation-width",
  category: "punctuation",
  ...punctuationRuleText.width,
  defaultSeverity: "error",
  fixable: true,
  basis: PUNCTUATION_BASIS.marks,
};

/** A paragraph without any of these has nothing for this rule: the common case costs one regular expression. */
/** Half-width marks, and ＂ ″ typed for double quotes (五五″普法). */
const HALF_WIDTH = /[,.;:?!()"'＂″]/;

interface Opener {
  readonly at: number;
  /** Typed in a half-width (or look-alike) form: " ' ( ＂ ″. */
  readonly half: boolean;
}

/** The characters the scan stops at; everything else is skipped by the regular expression engine. */
const MARKS = /[,.;:?!()"'＂″（）“”‘’]/;
/** Marks that sit inside numbers (2.5 1,000 10:30) or after a heading number (1.). */
const HALF_IN_NUMBER = ".,:";
/** A Han character: a pair with one inside holds Chinese. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Full-width forms of the paired marks, by role. */
const PAIRS = {
  round: { open: "（", close: "）" },
  double: { open: "“", close: "”" },
  single: { open: "‘", close: "’" },
} as const;
type PairKind = keyof typeof PAIRS;

export const punctuationWidth: Rule = steppedRule(meta, function* (doc) {
  const findings: Finding[] = [];
  // In slices of paragraphs: in a cold page at 4× this pass over 800 pages took 25–100 ms in one task.
  yield* inSlices(doc.paragraphs, (from, to) => {
    for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
      if (HALF_WIDTH.test(doc.paragraphs[paragraphIndex].text)) scanParagraph(doc, paragraphIndex, findings);
    }
  });
  return findings;
});

/** MARKS as one global expression, made once (scanParagraph and onlyNumberMarks each start it from 0). */
const MARKS_G = new RegExp(MARKS.source, "g");

/** The common case of a mark: a dot or a comma inside a number or after a heading number (2.5 1,000 1.). */
function inNumber(text: string, i: number): boolean {
  const ch = text[i];
  return HALF_IN_NUMBER.includes(ch) && isAlnumCode(text.charCodeAt(i - 1)) && (ch === "." || isAlnumCode(text.charCodeAt(i + 1)));
}

/**
 * True when every mark the scan stops at is the common case: the scan would pass them all and find nothing. Most
 * paragraphs that reach the scan are like that (完成投资5.9亿元), and its helpers need not be built for them.
 */
function onlyNumberMarks(text: string): boolean {
  MARKS_G.lastIndex = 0;
  while (MARKS_G.test(text)) if (!inNumber(text, MARKS_G.lastIndex - 1)) return false;
  return true;
}

function scanParagraph(doc: DocSnapshot, paragraphIndex: number, findings: Finding[]): void {
  const text = doc.paragraphs[paragraphIndex].text;
  if (onlyNumberMarks(text)) return;
  let spans: SpanSet | undefined;
  const guard = () => (spans ??= protectedSpans(text));
  /** Chinese right before i (looking left from it) or right after i (looking right): see chineseToward. */
  const chineseBefore = (i: number) => chineseToward(text, i, -1);
  const chineseAfter = (i: number) => chineseToward(text, i, 1);
  const report = (at: number, end: number, message: string, edits: ParagraphEdit[]) => {
    const fix: Fix = { edits };
    findings.push(makeFinding(meta, doc, { paragraphIndex, range: [at, end], message, fix }));
  };
  const edit = (at: number, replacement: string, end = at + 1): ParagraphEdit => ({ paragraphIndex, range: [at, end], text: replacement });

  /** A pair with a half-width end: both half → both fixed when Chinese is inside or beside; mixed → the half end. */
  const settlePair = (kind: PairKind, open: Opener, close: number, closeHalf: boolean) => {
    const p = PAIRS[kind];
    if (!open.half && !closeHalf) return;
    if (open.half && closeHalf) {
      // Chinese inside, or the pair opens right after Chinese (总值(GDP)); Office 2016 (64-bit)版本 is Latin's.
      const chinese = chineseBefore(open.at) || chineseAfter(open.at) || chineseBefore(close) || HAN.test(text.slice(open.at + 1, close));
      if (chinese) report(open.at, open.at + 1, punctuationMsg.halfWidthPair(text[open.at], p.open), [edit(open.at, p.open), edit(close, p.close)]);
      return;
    }
    if (open.half) report(open.at, open.at + 1, punctuationMsg.mixedPair(text[open.at], p.close, p.open), [edit(open.at, p.open)]);
    else report(close, close + 1, punctuationMsg.mixedPair(text[close], p.open, p.close), [edit(close, p.close)]);
  };
  /** A half-width bracket or quote left without a partner: fixed to its role's full-width form beside Chinese. */
  const settleAlone = (kind: PairKind, at: number, opening: boolean) => {
    if (!chineseBefore(at) && !chineseAfter(at)) return;
    const p = PAIRS[kind];
    report(at, at + 1, punctuationMsg.halfWidthPair(text[at], opening ? p.open : p.close), [edit(at, opening ? p.open : p.close)]);
  };

  const round: Opener[] = [];
  const quotes: Record<"double" | "single", Opener | undefined> = { double: undefined, single: undefined };
  // Only the marks this rule looks at are visited: a regular expression jumps from one to the next.
  const marks = MARKS_G;
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    let i = m.index;
    const ch = m[0];
    // The common case, a dot or a comma inside a number or after a heading number (2.5 1,000 1.), is settled
    // without looking at the protected spans.
    if (inNumber(text, i)) continue;
    if (guard().covers(i)) continue;
    switch (ch) {
      case "(":
      case "（":
        round.push({ at: i, half: ch === "(" });
        break;
      case ")":
      case "）": {
        const open = round.pop();
        // A closer with no opener is punctuation-pairs' (reported, and mended when another pair was open).
        if (open) settlePair("round", open, i, ch === ")");
        break;
      }
      case "“":
      case "‘":
        quotes[ch === "“" ? "double" : "single"] = { at: i, half: false };
        break;
      case "”":
      case "’": {
        const kind = ch === "”" ? "double" : "single";
        const open = quotes[kind];
        if (open) settlePair(kind, open, i, false);
        quotes[kind] = undefined;
        break;
      }
      case '"':
      case "＂":
      case "″":
      case "'": {
        const kind = ch === "'" ? "single" : "double";
        // An apostrophe (don't), a foot/inch mark (5') or an abbreviated year ('94广州龙舟节): not a quote.
        if (ch === "'" && ((isAlnumCode(text.charCodeAt(i - 1)) && !chineseAfter(i)) || isAbbreviatedYear(text, i))) break;
        const open = quotes[kind];
        if (open) {
          settlePair(kind, open, i, true);
          quotes[kind] = undefined;
        } else quotes[kind] = { at: i, half: true };
        break;
      }
      case ".":
        i = checkDots(text, i, guard(), report, edit);
        marks.lastIndex = i + 1;
        break;
      case ",":
      case ";":
      case ":":
      case "?":
      case "!":
        checkMark(text, i, report, edit);
        break;
    }
  }
  for (const open of round) if (open.half) settleAlone("round", open.at, true);
  for (const kind of ["double", "single"] as const) {
    const open = quotes[kind];
    if (open?.half) settleAlone(kind, open.at, true);
  }
}

type Report = (at: number, end: number, message: string, edits: ParagraphEdit[]) => void;
type Edit = (at: number, replacement: string, end?: number) => ParagraphEdit;

/** , ; : ? ! beside Chinese and not inside a number or Latin word (1,000 10:30 a:b), nor part of a run of marks. */
function checkMark(text: string, i: number, report: Report, edit: Edit): void {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (isAlnumCode(before) && isAlnumCode(after)) return;
  if (!chineseToward(text, i, -1) && !chineseToward(text, i, 1)) return;
  if (clauseRunAt(text, i)) return;
  const full = HALF_TO_FULL[text[i]];
  report(i, i + 1, punctuationMsg.halfWidth(text[i], full), [edit(i, full)]);
}

/**
 * A . after Chinese (完成.) is a full stop; ... or ...... beside Chinese is an ellipsis (……). Dots inside numbers
 * and versions (2.5 V2.0 2023.1.5) follow a digit or letter and are left alone. Returns the last index examined.
 */
function checkDots(text: string, i: number, guard: SpanSet, report: Report, edit: Edit): number {
  let end = i;
  while (text[end] === ".") end++;
  const count = end - i;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(end);
  if (count === 1) {
    if (chineseToward(text, i, -1) && !isAlnumCode(before) && !isAlnumCode(after) && !clauseRunAt(text, i)) report(i, i + 1, punctuationMsg.halfWidth(".", "。"), [edit(i, "。")]);
    return i;
  }
  if ((count === 3 || count === 6) && (isChineseCode(before) || isChineseCode(after)) && !guard.covers(end - 1)) {
    report(i, end, punctuationMsg.halfWidthEllipsis(text.slice(i, end)), [edit(i, "……", end)]);
  }
  return end - 1;
}
