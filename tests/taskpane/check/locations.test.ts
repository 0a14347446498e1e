import { headingLocator, sameHeadingsInput, type Location } from "../../../src/taskpane/check/locations";
import { DocSnapshot, snapshotFromLines } from "../../../src/core/model";

/** Every paragraph's place, asked from the top, as the 检查 tab asks them (one locator per reading). */
const placesOf = (snapshot: DocSnapshot): (Location | undefined)[] => {
  const locate = headingLocator(snapshot);
  return snapshot.paragraphs.map((_, i) => locate(i));
};

describe("where a finding is, as the writer finds it in Word", () => {
  it("names the heading a paragraph sits under, marks headings, and the part before the first heading", () => {
    const snapshot = snapshotFromLines(
      ["市委办公室2025年工作总结", "今年以来……现将有关情况总结如下：", "一、加强理论学习", "组织学习**次。", "（一）抓好集中学习，全年组织中心组学习十二次以上", "正文。"].join("\n"),
    );
    expect(placesOf(snapshot)).toEqual([
      { kind: "beforeHeadings" },
      { kind: "beforeHeadings" },
      { kind: "heading" },
      { kind: "under", heading: "一、加强理论学习" },
      { kind: "heading" },
      { kind: "under", heading: "（一）抓好集中学习，全年组织中心组学习十…" }, // cut at 20 characters
    ]);
  });
});

describe("a finding outside the main text", () => {
  it("is placed in its part, whatever heading the main text ended under", () => {
    const snapshot = {
      paragraphs: [
        { text: "一、主要工作", tableNestingLevel: 0 },
        { text: "正文。", tableNestingLevel: 0 },
        { text: "XX市人民政府办公室", tableNestingLevel: 0, part: "header" as const },
        { text: "见XX号文件。", tableNestingLevel: 0, part: "footnote" as const },
      ],
    };
    expect(placesOf(snapshot)).toEqual([
      { kind: "heading" },
      { kind: "under", heading: "一、主要工作" },
      { kind: "part", part: "header" },
      { kind: "part", part: "footnote" },
    ]);
  });
});

describe("places read as far down as asked", () => {
  it("gives a far paragraph the heading it sits under, whichever paragraph is asked first, as a reading of the whole would", () => {
    const lines: string[] = [];
    for (let section = 1; section <= 30; section++) {
      lines.push(`${section}. 第${section}项工作`);
      for (let k = 0; k < 60; k++) lines.push(`第${section}项工作的正文第${k}段。`);
    }
    const snapshot = snapshotFromLines(lines.join("\n"));
    const whole: Location[] = [];
    for (let section = 1; section <= 30; section++) {
      whole.push({ kind: "heading" });
      for (let k = 0; k < 60; k++) whole.push({ kind: "under", heading: `${section}.第${section}项工作` });
    }
    const locate = headingLocator(snapshot);
    const far = lines.length - 1;
    expect(locate(far)).toEqual({ kind: "under", heading: "30.第30项工作" });
    expect(locate(0)).toEqual({ kind: "heading" });
    expect(snapshot.paragraphs.map((_, i) => locate(i))).toEqual(whole);
    expect(locate(lines.length)).toBeUndefined();
  });

  it("agrees with a reading from the top in any order asked, with or without headings, tables and parts", () => {
    const snapshot = {
      paragraphs: [
        { text: "关于XX的报告", tableNestingLevel: 0 },
        { text: "正文。", tableNestingLevel: 0 },
        { text: "一、主要工作", tableNestingLevel: 0 },
        { text: "1. 表格里的编号", tableNestingLevel: 1 },
        { text: "正文。", tableNestingLevel: 0 },
        { text: "（一）抓学习", tableNestingLevel: 0 },
        { text: "正文。", tableNestingLevel: 0 },
        { text: "正文。", tableNestingLevel: 0 },
        // A header's paragraphs come after the main text's in a snapshot (src/core/model.ts).
        { text: "二、其他", tableNestingLevel: 0, part: "header" as const },
      ],
    };
    const whole: Location[] = [
      { kind: "beforeHeadings" }, // 关于XX的报告: an unnumbered title is no heading a writer is placed under
      { kind: "beforeHeadings" },
      { kind: "heading" },
      { kind: "under", heading: "一、主要工作" }, // a numbered cell is not a heading
      { kind: "under", heading: "一、主要工作" },
      { kind: "heading" },
      { kind: "under", heading: "（一）抓学习" },
      { kind: "under", heading: "（一）抓学习" },
      { kind: "part", part: "header" },
    ];
    for (const order of [[8, 0, 4, 6, 1, 2, 3, 5, 7], [0, 1, 2, 3, 4, 5, 6, 7, 8], [6, 5, 4, 3, 2, 1, 0, 8, 7]]) {
      const locate = headingLocator(snapshot);
      const asked = new Map(order.map((i) => [i, locate(i)] as const));
      expect(snapshot.paragraphs.map((_, i) => asked.get(i))).toEqual(whole);
    }
    const plain = snapshotFromLines(["正文一。", "正文二。", "正文三。"].join("\n"));
    const locate = headingLocator(plain);
    expect([2, 0, 1].map((i) => locate(i))).toEqual([{ kind: "beforeHeadings" }, { kind: "beforeHeadings" }, { kind: "beforeHeadings" }]);
  });
});

describe("a re-check keeps the places read when nothing they are told from changed", () => {
  const lines = ["一、主要工作", "完成XX项。", "二、下一步", "完成XX件。"];
  const base = snapshotFromLines(lines.join("\n"));
  it("keeps them for the same text read again, with its layout or not", () => {
    const again = snapshotFromLines(lines.join("\n"));
    expect(again).not.toBe(base);
    expect(sameHeadingsInput(base, again)).toBe(true);
    const withLayout = { ...again, paragraphs: again.paragraphs.map((p) => ({ ...p, styleBuiltIn: "Normal" })) };
    expect(sameHeadingsInput(base, withLayout)).toBe(true);
  });
  it("reads them again when a paragraph's text, its automatic number, its table or its part changed, or one was added", () => {
    const changed = (index: number, patch: object) => ({ ...base, paragraphs: base.paragraphs.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
    expect(sameHeadingsInput(base, changed(2, { text: "三、下一步" }))).toBe(false);
    expect(sameHeadingsInput(base, changed(1, { listString: "（一）" }))).toBe(false);
    expect(sameHeadingsInput(base, changed(2, { tableNestingLevel: 1 }))).toBe(false);
    expect(sameHeadingsInput(base, changed(3, { part: "footer" }))).toBe(false);
    expect(sameHeadingsInput(base, snapshotFromLines([...lines, "三、其他"].join("\n")))).toBe(false);
  });
});
