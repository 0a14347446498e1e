import { levelChoice, planInsertion } from "../../../src/core/insert/planInsertion";
import { snapshotFromLines } from "../../../src/core/model";
import type { ContentBlock } from "../../../src/core/content/types";

const MODULE: ContentBlock[] = [
  { role: "heading1", text: "强化督促检查，推动决策部署落地见效" },
  { role: "body", text: "一是健全台账。二是开展督查XX次。" },
  { role: "heading2", text: "专项督查" },
  { role: "heading2", text: "跟踪问效" },
];

const doc = (lines: string[]) => snapshotFromLines(lines.join("\n"));

describe("numbering inserted content from the cursor", () => {
  it("continues level 1 after the last 一、 before the cursor: after 三、 comes 四、", () => {
    const snapshot = doc(["总结", "一、甲", "正文", "二、乙", "三、丙", "正文"]);
    const plan = planInsertion(snapshot, 5, MODULE);
    expect(plan.blocks.map((b) => b.text)).toEqual([
      "四、强化督促检查，推动决策部署落地见效",
      "一是健全台账。二是开展督查XX次。",
      "（一）专项督查",
      "（二）跟踪问效",
    ]);
    expect(plan.firstMarker).toBe("四、");
    expect(plan.blocks.map((b) => b.role)).toEqual(["heading1", "body", "heading2", "heading2"]);
  });

  it("counts only headings before the cursor, not those after it", () => {
    const snapshot = doc(["一、甲", "二、乙", "三、丙"]);
    expect(planInsertion(snapshot, 0, MODULE).firstMarker).toBe("二、");
  });

  it("numbers a level-2 module under the current level-1 heading", () => {
    const snapshot = doc(["一、甲", "（一）子一", "（二）子二", "二、乙", "（一）子一"]);
    const plan = planInsertion(snapshot, 4, [{ role: "heading2", text: "新增一项" }]);
    expect(plan.blocks[0].text).toBe("（二）新增一项");
  });

  it("follows Word automatic numbering as well as typed numbers", () => {
    const snapshot = {
      paragraphs: [
        { text: "甲", listString: "一、", tableNestingLevel: 0 },
        { text: "乙", listString: "二、", tableNestingLevel: 0 },
      ],
    };
    expect(planInsertion(snapshot, 1, MODULE).firstMarker).toBe("三、");
  });

  it("shifts the content down when the document's top level is （一）", () => {
    const snapshot = doc(["（一）甲", "（二）乙"]);
    const plan = planInsertion(snapshot, 1, MODULE);
    expect(plan.levelShift).toBe(1);
    expect(plan.blocks.map((b) => b.text)).toEqual(["（三）强化督促检查，推动决策部署落地见效", "一是健全台账。二是开展督查XX次。", "1.专项督查", "2.跟踪问效"]);
  });

  it("numbers a skeleton from 一 wherever it goes and reports the headings already there", () => {
    const snapshot = doc(["一、甲", "二、乙"]);
    const plan = planInsertion(snapshot, 1, MODULE, true);
    expect(plan.firstMarker).toBe("一、");
    expect(plan.existingHeadings).toBe(2);
  });

  it("starts from 一 in an empty document or when the cursor is unknown", () => {
    expect(planInsertion(doc([""]), 0, MODULE).firstMarker).toBe("一、");
    expect(planInsertion(doc(["一、甲"]), -1, MODULE).firstMarker).toBe("一、");
  });

  it("ignores numbered lines inside tables", () => {
    const snapshot = { paragraphs: [{ text: "一、表内", tableNestingLevel: 1 }, { text: "", tableNestingLevel: 0 }] };
    expect(planInsertion(snapshot, 1, MODULE).firstMarker).toBe("一、");
  });

  it("says when headings after the cursor will need renumbering", () => {
    const snapshot = doc(["一、甲", "二、乙", "正文", "三、丙", "四、丁"]);
    const between = planInsertion(snapshot, 2, MODULE);
    expect(between.firstMarker).toBe("三、");
    expect(between.followingNeedRenumbering).toBe(true);
    expect(planInsertion(snapshot, 4, MODULE).followingNeedRenumbering).toBe(false);
  });

  it("does not ask to renumber headings of another run or level", () => {
    const snapshot = doc(["一、甲", "（一）子", "二、乙"]);
    // A （二） inserted under 一、 after （一）: the next heading is a level-1 one, which closes the run.
    expect(planInsertion(snapshot, 1, [{ role: "heading2", text: "新增" }]).followingNeedRenumbering).toBe(false);
  });

  it("flags an unknown cursor so the writer checks the numbering", () => {
    expect(planInsertion(doc(["一、甲"]), -1, MODULE).cursorUnknown).toBe(true);
    expect(planInsertion(doc(["一、甲"]), 0, MODULE).cursorUnknown).toBe(false);
  });
});

describe("inserting at a level (issue 14)", () => {
  // The 单位年度 skeleton's shape: 主要工作 as （一）–（四） under 一、, then 二、.
  const unit = doc(["总结", "一、主要工作及成效", "（一）甲", "正文", "（四）丁", "正文", "二、存在的问题", "正文"]);

  it("under （四） the fitting level is the next sub-item, （五）; the alternative is level 1", () => {
    const choice = levelChoice(unit, 5);
    expect(choice).toEqual({ fitting: 2, alternative: 1, under: { index: 4, text: "（四）丁" } });
    const fitting = planInsertion(unit, 5, MODULE, false, choice.fitting);
    expect(fitting.blocks.map((b) => b.text)).toEqual(["（五）强化督促检查，推动决策部署落地见效", "一是健全台账。二是开展督查XX次。", "1.专项督查", "2.跟踪问效"]);
    expect(fitting.blocks.map((b) => b.role)).toEqual(["heading2", "body", "heading3", "heading3"]);
    expect(fitting.followingNeedRenumbering).toBe(false);
    const alternative = planInsertion(unit, 5, MODULE, false, choice.alternative);
    expect(alternative.firstMarker).toBe("二、");
    expect(alternative.followingNeedRenumbering).toBe(true);
  });

  it("after 4. comes 5., with 一、 as the alternative", () => {
    const snapshot = doc(["一、甲", "（一）乙", "1.丙", "4.丁", "正文"]);
    const choice = levelChoice(snapshot, 4);
    expect(choice.fitting).toBe(3);
    expect(choice.alternative).toBe(1);
    expect(planInsertion(snapshot, 4, [{ role: "heading1", text: "新增" }], false, choice.fitting).blocks[0].text).toBe("5.新增");
  });

  it("under a top-level heading the fitting level is the next top-level one, with （一） as the alternative", () => {
    const snapshot = doc(["一、甲", "正文", "二、乙", "正文"]);
    const choice = levelChoice(snapshot, 3);
    expect(choice.fitting).toBe(1);
    expect(choice.alternative).toBe(2);
    expect(planInsertion(snapshot, 3, MODULE, false, 2).firstMarker).toBe("（一）");
    expect(planInsertion(snapshot, 3, MODULE, false, 1).firstMarker).toBe("三、");
  });

  it("offers no alternative before the first heading or in a document without headings", () => {
    expect(levelChoice(doc(["标题", "正文"]), 1)).toEqual({ fitting: 1 });
    expect(levelChoice(unit, 0)).toEqual({ fitting: 1 });
    expect(levelChoice(doc(["（一）甲", "正文"]), 1)).toEqual({ fitting: 2, alternative: 3, under: { index: 0, text: "（一）甲" } });
  });
});
