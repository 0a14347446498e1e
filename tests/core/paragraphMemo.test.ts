/**
 * Per-paragraph reuse across checks (src/core/paragraphMemo.ts): a re-check after a small edit gives exactly the
 * findings a fresh engine gives — same findings, same order — for edits that move paragraphs, change a heading
 * marker, a list number, a table level, a part or only the layout; and it works out again only what changed.
 */
import { checkDocument } from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import type { ParagraphLayout } from "../../src/core/layout/types";
import { DocParagraph, DocSnapshot, snapshotFromLines } from "../../src/core/model";
import { clearParagraphMemo, keptParagraphs, paragraphPasses, resetPassCounters } from "../../src/core/paragraphMemo";
import { generateDocument } from "../support/generateDocument";
import { readTexts, SEEDS_DIR } from "./sharedTexts";

type Edit = (paragraphs: DocParagraph[]) => void;

/** A layout per paragraph, varied as drafts are (some paragraphs in 宋体小四, some centred, some indented by points). */
function withLayout(doc: DocSnapshot, seed: number): DocSnapshot {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const paragraphs = doc.paragraphs.map((p) => ({ ...p, layout: layoutFor(p.text, next) }));
  return { ...doc, paragraphs, layout: { page: { widthMm: 210, heightMm: 297 } } };
}

function layoutFor(text: string, random: () => number): ParagraphLayout {
  const r = random();
  const font = r < 0.15 ? "宋体" : r < 0.2 ? "黑体" : "仿宋_GB2312";
  const sizePt = random() < 0.15 ? 12 : 16;
  const split = text.length > 8 && random() < 0.2 ? 4 : 0;
  const runs =
    split > 0
      ? [
          { range: [0, split] as const, eastAsiaFont: "黑体", sizePt, bold: random() < 0.5 },
          { range: [split, text.length] as const, eastAsiaFont: font, latinFont: random() < 0.5 ? "Times New Roman" : "Arial", sizePt },
        ]
      : [{ range: [0, text.length] as const, eastAsiaFont: font, sizePt }];
  const a = random();
  return {
    alignment: a < 0.1 ? "center" : a < 0.15 ? "left" : "justify",
    firstLineIndent: random() < 0.2 ? { pt: 24 } : { chars: 2 },
    lineSpacing: random() < 0.3 ? { rule: "exact", pt: 28 } : { rule: "multiple", lines: 1 },
    runs,
  };
}

function copy(doc: DocSnapshot): DocSnapshot {
  return { ...doc, paragraphs: doc.paragraphs.map((p) => ({ ...p })) };
}

function edited(doc: DocSnapshot, edit: Edit): DocSnapshot {
  const paragraphs = doc.paragraphs.map((p) => ({ ...p }));
  edit(paragraphs);
  return { ...doc, paragraphs };
}

/** A fresh engine's findings: nothing kept from before. */
function fresh(doc: DocSnapshot, options?: Parameters<typeof checkDocument>[1]): Finding[] {
  clearParagraphMemo();
  const findings = checkDocument(copy(doc), options);
  clearParagraphMemo();
  return findings;
}

/** The first body paragraph (not in a table) at or after `from` whose text passes `test`; from the start if none. */
function find(paragraphs: readonly DocParagraph[], test: (p: DocParagraph) => boolean, from = 0): number {
  const at = (i: number) => paragraphs[i].part === undefined && paragraphs[i].tableNestingLevel === 0 && test(paragraphs[i]);
  for (let i = Math.min(from, paragraphs.length); i < paragraphs.length; i++) if (at(i)) return i;
  for (let i = 0; i < paragraphs.length; i++) if (at(i)) return i;
  throw new Error("no such paragraph");
}

const isHeading = (p: DocParagraph) => /^[一二三四五六七八九十]+、/.test(p.text);
const isProse = (p: DocParagraph) => p.text.length > 40 && p.listString === undefined;

/** Edits a writer makes between two checks. */
const EDITS: ReadonlyArray<readonly [string, (doc: DocSnapshot) => Edit]> = [
  ["a few characters into one paragraph", (doc) => (ps) => void (ps[find(doc.paragraphs, isProse, 40)] = { ...ps[find(doc.paragraphs, isProse, 40)], text: "进一步" + ps[find(doc.paragraphs, isProse, 40)].text })],
  ["a paragraph inserted near the top", () => (ps) => void ps.splice(3, 0, { text: "二是加强XX管理，完成*项任务。", tableNestingLevel: 0 })],
  ["a paragraph deleted", (doc) => (ps) => void ps.splice(find(doc.paragraphs, isProse, 20), 1)],
  ["a heading deleted", (doc) => (ps) => void ps.splice(find(doc.paragraphs, isHeading, 5), 1)],
  [
    "a paragraph moved",
    (doc) => (ps) => {
      const [moved] = ps.splice(find(doc.paragraphs, isProse, 10), 1);
      ps.splice(ps.length - 5, 0, moved);
    },
  ],
  [
    "a heading marker changed",
    (doc) => (ps) => {
      const i = find(doc.paragraphs, isHeading, 5);
      ps[i] = { ...ps[i], text: ps[i].text.replace(/^[一二三四五六七八九十]+、/, "九、") };
    },
  ],
  [
    "a list number changed",
    (doc) => (ps) => {
      const i = find(doc.paragraphs, isHeading, 5);
      ps[i] = { ...ps[i], text: ps[i].text.replace(/^[一二三四五六七八九十]+、/, ""), listString: "八、", listLevel: 0 };
    },
  ],
  [
    "the same text moved into a table and a footnote",
    (doc) => (ps) => {
      const i = find(doc.paragraphs, isProse, 30);
      ps[i] = { ...ps[i], tableNestingLevel: 1 };
      const j = find(doc.paragraphs, isProse, i + 1);
      ps[j] = { ...ps[j], part: "footnote" };
    },
  ],
  [
    "only the layout changed",
    (doc) => (ps) => {
      for (let i = find(doc.paragraphs, isProse, 10), k = 0; k < 6 && i < ps.length; i++, k++) {
        const layout = ps[i].layout;
        if (layout) ps[i] = { ...ps[i], layout: { ...layout, alignment: "right", runs: layout.runs.map((r) => ({ ...r, eastAsiaFont: "楷体", sizePt: 14 })) } };
      }
    },
  ],
  [
    "one text in two paragraphs",
    (doc) => (ps) => {
      const i = find(doc.paragraphs, isProse, 10);
      const j = find(doc.paragraphs, isHeading, i + 1);
      ps.splice(j + 1, 0, { ...ps[i] }, { ...ps[j] });
    },
  ],
];

function documents(): Array<readonly [string, DocSnapshot]> {
  const generated = [3, 17].map((seed) => [`generated ${seed}`, withLayout(generateDocument({ pages: 30, seed }).snapshot, seed)] as const);
  const seeds = readTexts(SEEDS_DIR)
    .slice(0, 2)
    .map(({ name, text }, k) => [`seed ${name.slice(0, 3)}`, withLayout(snapshotFromLines(text), 100 + k)] as const);
  return [...generated, ...seeds];
}

describe("per-paragraph reuse across checks", () => {
  afterEach(() => {
    clearParagraphMemo();
    resetPassCounters(false);
  });

  describe.each(documents())("%s", (_name, doc) => {
    it.each(EDITS)("a re-check after %s gives a fresh engine's findings", (_edit, make) => {
      const after = edited(doc, make(doc));
      const expected = fresh(after);
      checkDocument(copy(doc));
      const warm = checkDocument(copy(after));
      expect(warm).toEqual(expected);
      // And back: the first text again, with the edited one kept.
      expect(checkDocument(copy(doc))).toEqual(fresh(doc));
    });

    it("gives a fresh engine's findings under a house style (practice on, footnote stars flagged)", () => {
      const options = { layout: { level3Bold: true, latinTimesNewRoman: true, lineSpacingPt: 28 }, placeholder: { flagFootnoteStar: true } };
      const after = edited(doc, EDITS[1][1](doc));
      const expected = fresh(after, options);
      checkDocument(copy(doc));
      checkDocument(copy(doc), options);
      expect(checkDocument(copy(after), options)).toEqual(expected);
    });
  });

  it("tells a paragraph's part and table level apart for the same text", () => {
    // *数据为预计数 opening a footnote is the note's mark; in the body it is a blank. 二是 in a table starts its own list.
    const body = snapshotFromLines("一、总体情况\n*数据为预计数\n一是完成XX项。\n二是推进**工程。\n四是加强管理。");
    const moved = edited(body, (ps) => {
      ps[1] = { ...ps[1], part: "footnote" };
      ps[3] = { ...ps[3], tableNestingLevel: 1 };
    });
    const expected = fresh(moved);
    expect(expected).not.toEqual(fresh(body));
    checkDocument(copy(body));
    expect(checkDocument(copy(moved))).toEqual(expected);
    expect(checkDocument(copy(body))).toEqual(fresh(body));
  });

  it("works out again only the paragraph that changed, in each kept pass", () => {
    const doc = withLayout(generateDocument({ pages: 30, seed: 5 }).snapshot, 5);
    checkDocument(copy(doc));
    const i = find(doc.paragraphs, isProse, 60);
    // Something for every kept pass to find in the edited paragraph: a placeholder, an item, marks, a space, a date.
    const added = "二是完成XX项，，详见 (附件) 2024年01月05日第3号";
    const after = edited(doc, (ps) => void (ps[i] = { ...ps[i], text: ps[i].text + added }));
    resetPassCounters(true);
    checkDocument(copy(after));
    const passes = paragraphPasses().filter((p) => p.computed + p.reused > 0);
    expect(passes.map((p) => p.name).sort()).toEqual([
      "enumerationScan",
      "layout-font",
      "placeholderScan",
      "punctuation-date",
      "punctuation-doc-number",
      "punctuation-repeated",
      "punctuation-spaces",
      "punctuation-width",
    ]);
    for (const pass of passes) expect({ pass: pass.name, computedAt: [...new Set(pass.computedAt)] }).toEqual({ pass: pass.name, computedAt: [i] });
  });

  it("keeps one document's worth: the last one read", () => {
    const docs = [1, 2, 3].map((seed) => generateDocument({ pages: 10, seed }).snapshot);
    for (const doc of docs) checkDocument(copy(doc));
    const { kept, of } = keptParagraphs();
    expect(of).toBe(docs[2].paragraphs.length);
    expect(kept).toBeGreaterThan(of / 2);
    clearParagraphMemo();
    expect(keptParagraphs()).toEqual({ kept: 0, of: 0 });
  });
});
