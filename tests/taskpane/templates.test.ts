import { builtInContent } from "../../src/content";
import { addEntry, emptyLibrary } from "../../src/core/content";
import { sectionHeadings, skeletonOutline } from "../../src/taskpane/templates/outlinePreview";
import { formFromSection, sectionFromForm } from "../../src/taskpane/templates/sectionForm";
import { templatePlacement } from "../../src/taskpane/templates/useTemplateInsert";
import type { InsertionContext } from "../../src/host/port";

describe("skeleton preview", () => {
  it("numbers the unit summary's headings as they will be inserted", () => {
    const skeleton = builtInContent().skeletons.find((s) => s.id === "sk-unit-annual");
    if (!skeleton) throw new Error("fixture");
    expect(skeletonOutline(skeleton.blocks).map((l) => `${l.depth}:${l.text}`)).toEqual([
      "0:XX单位XXXX年工作总结",
      "1:一、主要工作及成效",
      "2:（一）坚持政治引领，理论武装持续深化",
      "2:（二）聚焦中心任务，重点工作扎实推进",
      "2:（三）坚持守正创新，服务质效不断提升",
      "2:（四）加强自身建设，队伍素质稳步提高",
      "1:二、存在的问题和不足",
      "1:三、下一步工作打算",
    ]);
  });

  it("every skeleton previews a title and headings starting at 一、", () => {
    for (const skeleton of builtInContent().skeletons) {
      const lines = skeletonOutline(skeleton.blocks);
      expect(lines[0].role).toBe("title");
      expect(lines.find((l) => l.depth === 1)?.text.startsWith("一、")).toBe(true);
    }
  });

  it("the 报告's 主送机关 line is inserted but not previewed as an outline line", () => {
    const skeleton = builtInContent().skeletons.find((s) => s.id === "sk-situation-report");
    if (!skeleton) throw new Error("fixture");
    expect(skeleton.blocks[1]).toEqual({ role: "recipient", text: "XX：" });
    const lines = skeletonOutline(skeleton.blocks);
    expect(lines.map((l) => l.role)).not.toContain("recipient");
    expect(lines.slice(0, 2).map((l) => `${l.depth}:${l.text}`)).toEqual(["0:关于XXXX年XX工作情况的报告", "1:一、工作开展情况及成效"]);
  });

  it("a section module's headings are shown unnumbered", () => {
    const section = builtInContent().sections.find((s) => s.id === "sec-drafting");
    expect(section && sectionHeadings(section.blocks).every((h) => !/^[一二三（]/.test(h))).toBe(true);
  });
});

describe("own section form", () => {
  it("lines become body paragraphs, （一） lines level-2 headings with the number dropped", () => {
    const draft = sectionFromForm({ title: " 信访工作 ", heading: "三、强化信访工作", body: "全年受理XX件。\n\n（一）畅通渠道\n开通XX热线。\n(二) 化解积案\n" });
    expect(draft).toEqual({
      title: "信访工作",
      blocks: [
        { role: "heading1", text: "强化信访工作" },
        { role: "body", text: "全年受理XX件。" },
        { role: "heading2", text: "畅通渠道" },
        { role: "body", text: "开通XX热线。" },
        { role: "heading2", text: "化解积案" },
      ],
    });
  });

  it("round-trips a built-in section (as copied to the own library)", () => {
    for (const section of builtInContent().sections) {
      const draft = sectionFromForm(formFromSection(section));
      expect(draft.blocks).toEqual(section.blocks);
      expect(draft.title).toBe(section.title);
    }
  });

  it("the library's validator judges the draft: an empty section is refused in Chinese", () => {
    const result = addEntry(emptyLibrary(), "section", sectionFromForm({ title: "", heading: "", body: "" }));
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("where a template goes", () => {
  const context = (cursorAt: InsertionContext["cursorAt"], cursorParagraphIndex: number): InsertionContext => ({
    snapshot: { paragraphs: [] } as unknown as InsertionContext["snapshot"],
    cursorParagraphIndex,
    selectionLastParagraphIndex: cursorParagraphIndex,
    hasSelectedText: false,
    cursorAt,
  });

  it("after the cursor's paragraph, numbered from it; before it, numbered from the paragraph before", () => {
    expect(templatePlacement(context("middle", 3))).toEqual({ placement: "after", countFrom: 3 });
    expect(templatePlacement(context("end", 3))).toEqual({ placement: "after", countFrom: 3 });
    expect(templatePlacement(context("start", 3))).toEqual({ placement: "before", countFrom: 2 });
    expect(templatePlacement(context("start", 0))).toEqual({ placement: "before", countFrom: -1 });
    expect(templatePlacement(context("empty", 3))).toEqual({ placement: "cursor", countFrom: 3 });
    expect(templatePlacement(context("whole", 3))).toEqual({ placement: "cursor", countFrom: 3 });
    expect(templatePlacement(context("part", 3))).toEqual({ placement: "after", countFrom: 3 });
    expect(templatePlacement(context("unknown", -1))).toEqual({ placement: "after", countFrom: -1 });
  });
});
