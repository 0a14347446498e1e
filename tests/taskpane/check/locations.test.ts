import { headingLocations } from "../../../src/taskpane/check/locations";
import { snapshotFromLines } from "../../../src/core/model";

describe("where a finding is, as the writer finds it in Word", () => {
  it("names the heading a paragraph sits under, marks headings, and the part before the first heading", () => {
    const snapshot = snapshotFromLines(
      ["市委办公室2025年工作总结", "今年以来……现将有关情况总结如下：", "一、加强理论学习", "组织学习**次。", "（一）抓好集中学习，全年组织中心组学习十二次以上", "正文。"].join("\n"),
    );
    expect(headingLocations(snapshot)).toEqual([
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
    expect(headingLocations(snapshot)).toEqual([
      { kind: "heading" },
      { kind: "under", heading: "一、主要工作" },
      { kind: "part", part: "header" },
      { kind: "part", part: "footnote" },
    ]);
  });
});
