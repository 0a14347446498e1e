/** The own-library editors' warnings before saving (issue 14): what the house rules would flag, said plainly. */
import { blocksWarnings, pasteSeams, phraseWarnings } from "../../src/core/content/hygiene";

describe("own-entry warnings", () => {
  it("names each half-width mark with its full-width form", () => {
    expect(phraseWarnings("今年以来,各项工作稳步推进;")).toEqual(["有半角标点：“,”应为“，”，“;”应为“；”。"]);
  });

  it("says a placeholder other than XX was left, so the check would flag it", () => {
    expect(phraseWarnings("完成***项任务。")).toEqual(["含有星号，像是没填的占位符：待填处请统一写作“XX”，插入后“检查”能找到它。"]);
    expect(phraseWarnings("完成××项任务。")[0]).toMatch(/^含有乘号“×”/);
  });

  it("accepts a clean phrase with the library's XX", () => {
    expect(phraseWarnings("全年召开会议XX次，形成报告XX篇。")).toEqual([]);
  });

  it("finds the seams of a pasted text whose lines join without punctuation, and warns while the seam is still there", () => {
    const seams = pasteSeams("坚持以人民为中心的发展\n思想，扎实推进各项工作。\n下一步，");
    expect(seams).toEqual(["人民为中心的发展｜思想，扎实推进各"]);
    expect(phraseWarnings("坚持以人民为中心的发展思想，扎实推进各项工作。下一步，", seams)).toEqual(["粘贴时合并了换行，衔接处“人民为中心的发展｜思想，扎实推进各”没有标点，请确认。"]);
    expect(phraseWarnings("坚持以人民为中心的发展理念。", seams)).toEqual([]);
  });

  it("flags in a section the paragraph, by number, and body lines broken mid-sentence", () => {
    const warnings = blocksWarnings([
      { role: "heading1", text: "强化督促检查，推动决策落地" },
      { role: "body", text: "围绕XX重点任务,开展督查" },
      { role: "body", text: "建立台账XX本。" },
    ]);
    expect(warnings).toEqual([
      "第2段有半角标点：“,”应为“，”。",
      "第2段没有以句号等标点结尾，可能是粘贴时断开的一行：如与下一段是同一段，请把两行合并。",
    ]);
  });
});
