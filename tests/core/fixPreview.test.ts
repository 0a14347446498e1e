import { checkDocument } from "../../src/core/engine";
import { changedText, previewFixes } from "../../src/core/fixPreview";
import { snapshotFromLines } from "../../src/core/model";

describe("全部修正 preview", () => {
  it("lists each paragraph the plan changes, before and after, exactly as the plan writes it", () => {
    const doc = snapshotFromLines(["一、主要工作", "（一）、抓学习。", "三、存在问题", "一是学习不深；三是调研不够。", "四、下一步", "完成XX项。"].join("\n"));
    const fixable = checkDocument(doc).filter((f) => f.fix && f.severity !== "info");
    const preview = previewFixes(doc, fixable);
    expect(preview.changes).toEqual([
      { paragraphIndex: 1, before: "（一）、抓学习。", after: "（一）抓学习。" },
      { paragraphIndex: 2, before: "三、存在问题", after: "二、存在问题" },
      { paragraphIndex: 3, before: "一是学习不深；三是调研不够。", after: "一是学习不深；二是调研不够。" },
      { paragraphIndex: 4, before: "四、下一步", after: "三、下一步" },
    ]);
    // Applying the plan's edits to the snapshot gives the same texts: the preview and the writing are one plan.
    const written = doc.paragraphs.map((p) => p.text);
    for (const edit of [...preview.plan.edits].reverse()) {
      const t = written[edit.paragraphIndex];
      written[edit.paragraphIndex] = t.slice(0, edit.range[0]) + edit.text + t.slice(edit.range[1]);
    }
    for (const change of preview.changes) expect(written[change.paragraphIndex]).toBe(change.after);
  });

  it("is empty when nothing can be fixed", () => {
    const doc = snapshotFromLines("完成XX项。");
    expect(previewFixes(doc, checkDocument(doc)).changes).toEqual([]);
  });
});

describe("changedText: what the 全部修正 preview marks", () => {
  it("marks only the characters that change", () => {
    expect(changedText("一是学习不深；三是调研不够。", "一是学习不深；二是调研不够。")).toEqual({ start: "一是学习不深；", removed: "三", added: "二", end: "是调研不够。" });
    expect(changedText("（一）、抓学习。", "（一）抓学习。")).toEqual({ start: "（一）", removed: "、", added: "", end: "抓学习。" });
  });

  it("joins several changes of one paragraph into one span, and never cuts a character in two", () => {
    expect(changedText("三是甲；四是乙", "二是甲；三是乙")).toEqual({ start: "", removed: "三是甲；四", added: "二是甲；三", end: "是乙" });
    // 𠀀 and 𠀁 share their high surrogate: the span still holds whole characters.
    const { removed, added } = changedText("甲\u{20000}乙", "甲\u{20001}乙");
    expect([removed, added]).toEqual(["\u{20000}", "\u{20001}"]);
  });

  it("gives back the texts whole", () => {
    for (const [a, b] of [["", "XX"], ["XX", ""], ["相同", "相同"]]) {
      const c = changedText(a, b);
      expect([c.start + c.removed + c.end, c.start + c.added + c.end]).toEqual([a, b]);
    }
  });
});
