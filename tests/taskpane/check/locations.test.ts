import { headingLocations, headingLocator } from "../../../src/taskpane/check/locations";
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

describe("places read as far down as asked", () => {
  it("gives a far paragraph the heading it sits under, whichever paragraph is asked first, as a reading of the whole would", () => {
    const lines: string[] = [];
    for (let section = 1; section <= 30; section++) {
      lines.push(`${section}. 第${section}项工作`);
      for (let k = 0; k < 60; k++) lines.push(`第${section}项工作的正文第${k}段。`);
    }
    const snapshot = snapshotFromLines(lines.join("\n"));
    const whole = headingLocations(snapshot);
    expect(whole[1]).toEqual({ kind: "under", heading: "1.第1项工作" });
    const locate = headingLocator(snapshot);
    const far = lines.length - 1;
    expect(locate(far)).toEqual({ kind: "under", heading: "30.第30项工作" });
    expect(locate(0)).toEqual({ kind: "heading" });
    expect(snapshot.paragraphs.map((_, i) => locate(i))).toEqual(whole);
    expect(locate(lines.length)).toBeUndefined();
  });
});
