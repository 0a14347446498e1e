import type { SpanEdit } from "../../src/host/port";
import { PartialEditError } from "../../src/host/errors";
import type { SimulatedDocument } from "../../src/playground/fakeWord/document";
import { UNCONFIRMED_CODE } from "../../src/word/edits";
import { WORD_MESSAGES } from "../../src/word/messages";
import { setup, target } from "./helpers";

describe("replaceSpans", () => {
  it("picks the right occurrence: the 2nd of 3 identical excerpts", async () => {
    const texts = ["一是抓落实，二是抓落实，三是抓落实。"];
    const { gateway, doc, trips } = setup(texts);
    const { result, syncs } = await trips(() => gateway.replaceSpans([{ target: target(texts, 0, "抓落实", 1), text: "重实效" }]));
    expect(syncs).toBe(2);
    expect(result).toEqual({ applied: [0], skipped: [] });
    expect(doc.texts()).toEqual(["一是抓落实，二是重实效，三是抓落实。"]);
  });

  it("compares the paragraph read before the writes without its mark: a fix lands, never written then taken back", async () => {
    // Word's paragraph "Whole" range ends with the paragraph mark ("\r"); paragraph.text and "Content" do not.
    const texts = ["首段", "抓落实。"];
    const { gateway, doc, sim, trips } = setup(texts);
    const { result, syncs } = await trips(() => gateway.replaceSpans([{ target: target(texts, 1, "抓落实"), text: "重实效" }]));
    expect({ result, syncs, writes: sim.opCount("insertText") }).toEqual({ result: { applied: [0], skipped: [] }, syncs: 2, writes: 1 });
    expect(doc.texts()).toEqual(["首段", "重实效。"]);
  });

  it("counts occurrences in earlier paragraphs and table cells (body-wide search)", async () => {
    const texts = ["抓落实", "抓落实", "表格中抓落实", "最后抓落实"];
    const { gateway, doc } = setup(texts.map((text, i) => ({ text, tableNestingLevel: i === 2 ? 1 : 0 })));
    const report = await gateway.replaceSpans([{ target: target(texts, 2, "抓落实"), text: "X" }]);
    expect(report.applied).toEqual([0]);
    expect(doc.texts()).toEqual(["抓落实", "抓落实", "表格中X", "最后抓落实"]);
  });

  it("applies many edits in one paragraph, including one whose text contains another's excerpt", async () => {
    const texts = ["甲乙丙甲乙丙"];
    const { gateway, doc } = setup(texts);
    const edits: SpanEdit[] = [
      { target: target(texts, 0, "甲", 0), text: "乙乙" },
      { target: target(texts, 0, "乙", 0), text: "" },
      { target: target(texts, 0, "丙", 1), text: "丁" },
      { target: { ...target(texts, 0, "甲", 1), end: target(texts, 0, "甲", 1).start }, text: "【" },
    ];
    const report = await gateway.replaceSpans(edits);
    expect(report).toEqual({ applied: [0, 1, 2, 3], skipped: [] });
    expect(doc.texts()).toEqual(["乙乙丙【甲乙丁"]);
  });

  it("refuses overlapping edits and line breaks, applies the rest", async () => {
    const texts = ["一二三四五"];
    const { gateway, doc } = setup(texts);
    const report = await gateway.replaceSpans([
      { target: target(texts, 0, "二三"), text: "B" },
      { target: target(texts, 0, "三四"), text: "C" },
      { target: target(texts, 0, "五"), text: "五\n六" },
    ]);
    expect(report).toEqual({
      applied: [0],
      skipped: [
        { index: 1, status: "changed", reason: "overlap" },
        { index: 2, status: "changed", reason: "lineBreak" },
      ],
    });
    expect(doc.texts()).toEqual(["一B四五"]);
  });

  it("reaches a span inside an overlapping Word match (aa at offset 1 of aaa)", async () => {
    const texts = ["aaa"];
    const { gateway, doc } = setup(texts);
    const report = await gateway.replaceSpans([{ target: { paragraphIndex: 0, start: 1, end: 3, paragraphText: "aaa" }, text: "b" }]);
    expect(report.applied).toEqual([0]);
    expect(doc.texts()).toEqual(["ab"]);
  });

  it("handles excerpts longer than 255 characters with anchors", async () => {
    const long = "很".repeat(300);
    const texts = [`前${long}后`, long];
    const { gateway, doc, trips } = setup(texts);
    const { result, syncs } = await trips(() => gateway.replaceSpans([{ target: target(texts, 0, long), text: "短" }]));
    expect(syncs).toBe(2);
    expect(result.applied).toEqual([0]);
    expect(doc.texts()).toEqual(["前短后", long]);
  });

  it("escapes ^ so Word searches it literally", async () => {
    const texts = ["指标^1提高^p了"];
    const { gateway, doc } = setup(texts);
    const report = await gateway.replaceSpans([{ target: target(texts, 0, "^p"), text: "" }, { target: target(texts, 0, "^1"), text: "1" }]);
    expect(report.applied).toEqual([0, 1]);
    expect(doc.texts()).toEqual(["指标1提高了"]);
  });

  it("counts the 255-character limit on the escaped string (200 carets become 400 characters)", async () => {
    const texts = [`前${"^".repeat(200)}后`];
    const { gateway, doc } = setup(texts);
    const report = await gateway.replaceSpans([{ target: target(texts, 0, "^".repeat(200)), text: "—" }]);
    expect(report.applied).toEqual([0]);
    expect(doc.texts()).toEqual(["前—后"]);
  });

  it("skips a paragraph edited since the check as 'changed' and leaves the document untouched", async () => {
    const texts = ["今年完成了任务。", "明年继续努力。"];
    const { gateway, doc } = setup(texts);
    const edit = { target: target(texts, 0, "完成了"), text: "圆满完成" };
    doc.setParagraphText(0, "今年已完成了任务。");
    const before = doc.changeCount;
    expect(await gateway.replaceSpans([edit])).toEqual({ applied: [], skipped: [{ index: 0, status: "changed" }] });
    expect(doc.texts()).toEqual(["今年已完成了任务。", "明年继续努力。"]);
    expect(doc.changeCount).toBe(before);
  });

  it("writes a group whole or not at all: one edited paragraph keeps every edit of its group out (a renumbering)", async () => {
    const texts = ["一、甲", "三、乙", "四、丙", "五、丁"];
    const { gateway, doc } = setup(texts);
    const renumber = (i: number, from: string, to: string): SpanEdit => ({ target: target(texts, i, from), text: to, group: 7 });
    const alone: SpanEdit = { target: target(texts, 0, "甲"), text: "甲方" };
    doc.setParagraphText(2, "四、丙（已改）");
    const report = await gateway.replaceSpans([renumber(1, "三、", "二、"), renumber(2, "四、", "三、"), renumber(3, "五、", "四、"), alone]);
    expect(report).toEqual({
      applied: [3],
      skipped: [
        { index: 0, status: "changed", reason: "group" },
        { index: 1, status: "changed" },
        { index: 2, status: "changed", reason: "group" },
      ],
    });
    expect(doc.texts()).toEqual(["一、甲方", "三、乙", "四、丙（已改）", "五、丁"]);
  });

  it("recomputes the occurrence index over the current texts when another paragraph changed", async () => {
    const texts = ["甲乙", "丙"];
    const { gateway, doc } = setup(texts);
    doc.setParagraphText(1, "甲乙丙"); // a later paragraph now holds the excerpt too
    const report = await gateway.replaceSpans([{ target: target(texts, 0, "甲乙"), text: "X" }]);
    expect(report.applied).toEqual([0]); // the index is recomputed over current texts: still the right one
    expect(doc.texts()).toEqual(["X", "甲乙丙"]);
  });

  it.each([1, 500])("takes at most 2 round trips for %i edits", async (n) => {
    const texts = Array.from({ length: n }, (_, i) => `第${i}项工作已经完成。`);
    const { gateway, doc, trips } = setup(texts);
    const edits = texts.map((_, i) => ({ target: target(texts, i, "已经完成"), text: "已完成" }));
    const { result, syncs } = await trips(() => gateway.replaceSpans(edits));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(result.applied).toHaveLength(n);
    expect(doc.texts()[n - 1]).toBe(`第${n - 1}项工作已完成。`);
  });
});

describe("replaceSpans on a long document: short excerpts are widened so that locating stays light", () => {
  const N = 5000;
  const lines = Array.from({ length: N }, (_, i) => `第${i + 1}条：加强学习、改进作风、狠抓落实、务求实效，确保第${i + 1}项任务完成。`);

  it.each([
    ["a fix anchored on 、", (i: number) => ({ target: target(lines, i, "、", 1), text: "，" })],
    ["a fix at the paragraph end (。)", (i: number) => ({ target: target(lines, i, "。"), text: "！" })],
    ["an insertion after 、", (i: number) => ({ target: { ...target(lines, i, "、"), start: target(lines, i, "、").end }, text: "并" })],
  ])("%s in paragraph 2,500 of 5,000 loads a handful of ranges, in 2 round trips", async (_, edit) => {
    const { gateway, sim, doc, trips } = setup(lines);
    const e: SpanEdit = edit(2499);
    const { result, syncs } = await trips(() => gateway.replaceSpans([e]));
    expect({ result, syncs }).toEqual({ result: { applied: [0], skipped: [] }, syncs: 2 });
    expect(sim.searchResultsLoaded()).toBeLessThanOrEqual(4); // a body-wide search for "、" alone would load 15,000
    const t = e.target;
    expect(doc.texts()[2499]).toBe(t.paragraphText.slice(0, t.start) + e.text + t.paragraphText.slice(t.end));
  });

  it("fix-all of every 、 in 200 paragraphs stays at 2 round trips and loads about one range per needle", async () => {
    const { gateway, sim, doc, trips } = setup(lines);
    const edits: SpanEdit[] = Array.from({ length: 200 }, (_, k) => ({ target: target(lines, k * 25, "、", 2), text: "，" }));
    const { result, syncs } = await trips(() => gateway.replaceSpans(edits));
    expect({ applied: result.applied.length, skipped: result.skipped, syncs }).toEqual({ applied: 200, skipped: [], syncs: 2 });
    expect(sim.searchResultsLoaded()).toBeLessThanOrEqual(2 * edits.length);
    expect(doc.texts()[25]).toBe(lines[25].replace("狠抓落实、", "狠抓落实，"));
  });
});

describe("replaceSpans under failures", () => {
  const texts = ["甲一", "乙二", "丙三"];
  const edits = (): SpanEdit[] => texts.map((_, i) => ({ target: target(texts, i, texts[i][1]), text: "X" }));

  it("a failed first round trip changes nothing and says why in Chinese", async () => {
    const { gateway, sim, doc } = setup(texts);
    sim.failOn({ sync: 1, code: "GeneralException" });
    await expect(gateway.replaceSpans(edits())).rejects.toMatchObject({ name: "HostError", code: "GeneralException", message: expect.stringContaining("Word") });
    expect(doc.texts()).toEqual(texts);
  });

  it.each([0, 1, 2])("a second round trip failing after %i edits reports exactly those", async (landed) => {
    const { gateway, sim, doc } = setup(texts);
    sim.failOn({ op: "insertText", nth: landed + 1, code: "AccessDenied" });
    const error = await gateway.replaceSpans(edits()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialEditError);
    const report = (error as PartialEditError).report;
    expect(report?.applied).toEqual([0, 1, 2].slice(0, landed));
    expect(report?.skipped.map((s) => s.index)).toEqual([0, 1, 2].slice(landed));
    expect(doc.texts()).toEqual(texts.map((t, i) => (i < landed ? `${t[0]}X` : t)));
    expect((error as PartialEditError).code).toBe("AccessDenied");
  });

  it("says the outcome is unknown when the read-back fails too", async () => {
    const { gateway, sim } = setup(texts);
    sim.failOn({ sync: 2, afterOps: 1, code: "GeneralException" });
    sim.failOn({ sync: 3, code: "GeneralException" });
    const error = await gateway.replaceSpans(edits()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialEditError);
    expect((error as PartialEditError).report).toBeUndefined();
  });

  it("never overwrites what a writer retyped between the two round trips", async () => {
    const { gateway, sim, doc } = setup(["请在此处填写内容，然后提交。"]);
    const t = target(doc.texts(), 0, "此处");
    sim.beforeSync((n) => {
      if (n === 2) doc.setParagraphText(0, "全新的段落。"); // retyped: the located range collapses
    });
    const report = await gateway.replaceSpans([{ target: t, text: "这里" }]);
    expect(doc.texts()).toEqual(["全新的段落。"]);
    expect(report).toEqual({ applied: [], skipped: [{ index: 0, status: "changed" }] });
  });
});

describe("replaceSpans: a writer edits between the two round trips", () => {
  const N = 50;
  const lines = Array.from({ length: N }, (_, i) => `（${i + 1}）第${i + 1}项工作已经完成，成效明显。`);
  const fixes = (): SpanEdit[] => lines.map((_, i) => ({ target: target(lines, i, "已经完成"), text: "已完成" }));
  const fixed = (i: number) => `（${i + 1}）第${i + 1}项工作已完成，成效明显。`;

  it("takes exactly 2 round trips for 50 fixes when nobody types", async () => {
    const { gateway, doc, trips } = setup(lines);
    const { result, syncs } = await trips(() => gateway.replaceSpans(fixes()));
    expect(syncs).toBe(2);
    expect(result).toEqual({ applied: lines.map((_, i) => i), skipped: [] });
    expect(doc.texts()).toEqual(lines.map((_, i) => fixed(i)));
  });

  it.each([
    ["retypes it (the located range collapses)", (doc: SimulatedDocument) => doc.setParagraphText(24, "（25）这一段作者刚刚重写过。")],
    ["adds a word at its end (the located range stays)", (doc: SimulatedDocument) => doc.replace({ para: 24, offset: lines[24].length }, { para: 24, offset: lines[24].length }, [{ text: "补充" }])],
    ["changes the very text being fixed", (doc: SimulatedDocument) => doc.replace({ para: 24, offset: 11 }, { para: 24, offset: 12 }, [{ text: "全" }]) /* 已经完成 → 已全完成 */],
  ])("paragraph 25 of 50: the writer %s; only it is skipped, as the writer left it", async (_, edit) => {
    const { gateway, sim, doc, trips } = setup(lines);
    let writer = "";
    sim.beforeSync((n) => {
      if (n !== 2) return;
      edit(doc);
      writer = doc.texts()[24];
    });
    const { result, syncs } = await trips(() => gateway.replaceSpans(fixes()));
    expect(syncs).toBe(3); // the take-back round trip only happens because of the edit
    expect(result).toEqual({ applied: lines.map((_, i) => i).filter((i) => i !== 24), skipped: [{ index: 24, status: "changed" }] });
    expect(doc.texts()).toEqual(lines.map((_, i) => (i === 24 ? writer : fixed(i))));
  });

  it("takes back removals and insertions at a point too, restoring what they had replaced", async () => {
    const texts = ["甲乙丙丁戊", "其他段落已经完成"];
    const { gateway, sim, doc } = setup(texts);
    const edits: SpanEdit[] = [
      { target: target(texts, 0, "乙"), text: "" }, // removal
      { target: { ...target(texts, 0, "丁"), end: target(texts, 0, "丁").start }, text: "、" }, // insertion at a point
      { target: target(texts, 0, "戊"), text: "己" }, // replacement
      { target: target(texts, 1, "已经完成"), text: "已完成" },
    ];
    sim.beforeSync((n) => n === 2 && doc.replace({ para: 0, offset: 0 }, { para: 0, offset: 0 }, [{ text: "新" }]));
    const report = await gateway.replaceSpans(edits);
    expect(report).toEqual({ applied: [3], skipped: [0, 1, 2].map((index) => ({ index, status: "changed" })) });
    expect(doc.texts()).toEqual(["新甲乙丙丁戊", "其他段落已完成"]);
  });

  it("a fault in the take-back round trip: PartialEditError names the paragraph; the report is exact", async () => {
    const { gateway, sim, doc } = setup(lines);
    sim.beforeSync((n) => n === 2 && doc.setParagraphText(24, "（25）这一段作者刚刚重写过。"));
    sim.failOn({ sync: 3, code: "GeneralException" });
    const error = await gateway.replaceSpans(fixes()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialEditError);
    const partial = error as PartialEditError;
    expect(partial.code).toBe("GeneralException");
    expect(partial.message).toBe(WORD_MESSAGES.repairUnconfirmed(["第 25 段（“（25）这一段作者刚刚重…”）"], N - 1));
    expect(partial.report).toEqual({ applied: lines.map((_, i) => i).filter((i) => i !== 24), skipped: [{ index: 24, status: "changed", reason: "unconfirmed" }] });
    // Every other paragraph is exactly fixed; paragraph 25 still shows our misplaced text, which the message points at.
    // (The span's two points collapsed to the two ends of the retyped paragraph, so our text covers it: the take-back
    // would have restored it; it failed, and the message names the paragraph to undo.)
    expect(doc.texts().filter((_, i) => i !== 24)).toEqual(lines.map((_, i) => fixed(i)).filter((_, i) => i !== 24));
    expect(doc.texts()[24]).toBe("已完成");
  });

  it("a writer typing again before the take-back: it is not confirmed and says so", async () => {
    const { gateway, sim, doc } = setup(lines);
    sim.beforeSync((n) => {
      if (n === 2) doc.setParagraphText(24, "（25）重写。");
      if (n === 3) doc.replace({ para: 24, offset: 0 }, { para: 24, offset: 0 }, [{ text: "又" }]);
    });
    const error = await gateway.replaceSpans(fixes()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialEditError);
    expect((error as PartialEditError).code).toBe(UNCONFIRMED_CODE);
    expect((error as PartialEditError).message).toContain("第 25 段");
    expect((error as PartialEditError).report?.skipped).toEqual([{ index: 24, status: "changed", reason: "unconfirmed" }]);
    expect((error as PartialEditError).report?.applied).toHaveLength(N - 1);
  });
});
