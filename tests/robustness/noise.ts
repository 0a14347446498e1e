/** Adversarial text for the robustness tests: marker-rich random strings, realistic mutations, a 50,000-paragraph document. */
import type { DocParagraph, DocSnapshot } from "../../src/core/model";
import { createRandom, type Random } from "../support/random";

/** An alphabet rich in what the rules look at: numerals, brackets, marks, 是/要/第, placeholders, odd spaces. */
export const ALPHABET = [
  ..."一二三四五六七八九十百零〇两",
  ..."（）()、.．，,：:；;。！？!?",
  ..."是要第首先其次再次最后",
  ..."*＊XxＸｘ×Ⅹ○◯□☐【】[]〔〕_＿",
  " ", "　", "\t", "\u00a0", "\u2002",
  ..."0123456789１２３",
  ..."年月日个次篇项件元",
  ..."甲乙丙的工作推进加强",
  "😀", "𠮷", "👨‍👩‍👧", "\u0301", "\u0300", "\u200b", "\ufeff", "\ud800", "\udc00",
];

export function numberingLike(r: Random, maxLength: number): string {
  const length = r.int(0, maxLength);
  let s = "";
  for (let i = 0; i < length; i++) s += r.pick(ALPHABET);
  return s;
}

/** Text mutations real documents carry: odd spaces, emoji, combining marks, full-width digits. */
export function mutate(r: Random, text: string): string {
  const inserts = ["😀", "𠮷", "\u0301", "\u00a0", "\t", "　", " ", "１", "Ｘ", "\u200b"];
  let s = text;
  const n = r.int(0, 3);
  for (let i = 0; i < n; i++) {
    // Insert between code points (never inside a pair) so only the engine could split one.
    const points = [...s];
    const at = r.int(0, points.length);
    points.splice(at, 0, r.pick(inserts));
    s = points.join("");
  }
  return s;
}

const p = (text: string): DocParagraph => ({ text, tableNestingLevel: 0 });

/** 50,000 short paragraphs: headings with gaps and duplicates, enumerations, placeholders and noise. */
export function fiftyThousandParagraphs(seed: number): DocSnapshot {
  const r = createRandom(seed);
  const paragraphs: DocParagraph[] = [];
  for (let i = 0; paragraphs.length < 50_000; i++) {
    const kind = r.int(0, 9);
    if (kind === 0) paragraphs.push(p(`${["一", "二", "三", "十", "九十九"][r.int(0, 4)]}、标题${i}`));
    else if (kind === 1) paragraphs.push(p(`（${["一", "二", "四"][r.int(0, 2)]}）小标题`));
    else if (kind === 2) paragraphs.push(p(`${r.int(1, 12)}.要点。正文`));
    else if (kind === 3) paragraphs.push(p("一是甲；二是乙；四是丙。"));
    else if (kind === 4) paragraphs.push(p(`累计*多篇，XX个，${i}次`));
    else paragraphs.push(p(numberingLike(r, 12)));
  }
  return { paragraphs };
}
