import { countText, documentStats } from "../../../src/core/stats/wordCount";
import { snapshotFromLines } from "../../../src/core/model";

describe("字数 as Word counts Chinese text", () => {
  it("counts each Chinese character and each full-width punctuation mark as one", () => {
    expect(countText("现将有关情况总结如下：").words).toBe(11);
    expect(countText("“三服务”").words).toBe(5);
  });

  it("counts a run of Latin letters or digits as one word", () => {
    const counted = countText("2025年完成GDP 3.5%增长");
    expect(counted.eastAsianCharacters).toBe(5); // 年完成增长
    expect(counted.nonAsianWords).toBe(3); // 2025, GDP, 3.5%
    expect(counted.words).toBe(8);
  });

  it("ignores half-width, full-width and non-breaking spaces", () => {
    expect(countText("　　二、尽职 尽责\u00a0").words).toBe(6);
  });

  it("counts characters outside the Basic Multilingual Plane once", () => {
    expect(countText("𠀀字").eastAsianCharacters).toBe(2);
  });

  it("counts paragraphs with text, not empty lines, and leaves list numbers out", () => {
    const snapshot = {
      paragraphs: [
        ...snapshotFromLines("一、总体情况\n\n全年完成任务。").paragraphs,
        { text: "规范运转", listString: "二、", tableNestingLevel: 0 },
      ],
    };
    const stats = documentStats(snapshot);
    expect(stats.paragraphs).toBe(3);
    expect(stats.words).toBe(6 + 7 + 4);
  });
});
