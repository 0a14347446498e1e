import { outlineOf } from "../../../src/core/stats/outline";
import { snapshotFromLines } from "../../../src/core/model";

describe("the 概览 outline", () => {
  it("lists typed headings of every level with their level and words", () => {
    const outline = outlineOf(
      snapshotFromLines(
        ["总结", "　　一、总体情况", "（一）紧扣中心，着力提高参谋服务水平。坚持围绕中心工作。", "1.文稿起草", "（1）重要讲话", "正文一段。"].join("\n"),
      ),
    );
    expect(outline.map((e) => [e.paragraphIndex, e.level, e.marker, e.title])).toEqual([
      [1, 1, "一、", "总体情况"],
      [2, 2, "（一）", "紧扣中心，着力提高参谋服务水平"],
      [3, 3, "1.", "文稿起草"],
      [4, 4, "（1）", "重要讲话"],
    ]);
  });

  it("takes the number of an automatically numbered heading from its list string", () => {
    const outline = outlineOf({
      paragraphs: [{ text: "规范运转，提高服务保障水平", listString: "四、", listLevel: 0, tableNestingLevel: 0 }],
    });
    expect(outline).toEqual([
      expect.objectContaining({ marker: "四、", title: "规范运转，提高服务保障水平", automatic: true, level: 1 }),
    ]);
  });

  it("leaves out numbered text inside tables and ordinary sentences", () => {
    const snapshot = {
      paragraphs: [
        { text: "一、表格中的编号", tableNestingLevel: 1 },
        { text: "2023年完成投资1.5亿元。", tableNestingLevel: 0 },
      ],
    };
    expect(outlineOf(snapshot)).toEqual([]);
  });
});
