/** The text a card shows around a finding: cut where a reader expects a cut, or visibly (issue 11, the 340 px walk). */
import { contextAround } from "../../../src/core/text/contextAround";
import { makeFinding } from "../../../src/core/rules/report";
import { snapshotFromLines } from "../../../src/core/model";

const PARAGRAPH = "（一）文稿起草提质增效。全年起草各类重要文稿**篇，累计XX万字，多篇文稿得到市委主要领导肯定性批示。";

describe("the context around a finding", () => {
  it("starts at the sentence's start and ends at a clause's end instead of mid-phrase (效。全年… / …多篇文)", () => {
    const start = PARAGRAPH.indexOf("**");
    const context = contextAround(PARAGRAPH, start, start + 2, 12);
    expect(context).toEqual({ before: "全年起草各类重要文稿", after: "篇，累计XX万字，" });
  });

  it("is cut mid-phrase, and says so, only where no clause boundary is near", () => {
    const text = "坚持把政治建设摆在首位组织理论学习中心组学习**次开展业务培训干部队伍综合素质明显提高";
    const start = text.indexOf("**");
    expect(contextAround(text, start, start + 2, 12)).toEqual({ before: "位组织理论学习中心组学习", after: "次开展业务培训干部队伍综", cutBefore: true, cutAfter: true });
  });

  it("reaches the paragraph's ends without a cut, and keeps a closing quote with its sentence", () => {
    expect(contextAround("标题一、检查范围", 2, 4, 12)).toEqual({ before: "标题", after: "检查范围" });
    expect(contextAround("今年以来，我们认真贯彻落实各项部署。", 0, 0, 12)).toEqual({ before: "", after: "今年以来，我们认真贯彻落", cutAfter: true });
    const text = "他说：“要抓落实。”下一步将XX推进";
    const start = text.indexOf("XX");
    expect(contextAround(text, start, start + 2, 8)).toEqual({ before: "下一步将", after: "推进" });
  });

  it("does not keep a boundary that would leave almost nothing to find the place by", () => {
    const text = "各地区各部门要高度重视认真组织，XX按时报送材料并做好相关各项工作安排部署";
    const start = text.indexOf("XX");
    const context = contextAround(text, start, start + 2, 12);
    expect(context.before).toBe("部门要高度重视认真组织，");
    expect(context.cutBefore).toBe(true);
  });

  it("takes whole characters at a mid-phrase cut", () => {
    const text = "𠮷".repeat(10) + "XX" + "𠮷".repeat(10);
    const context = contextAround(text, 20, 22, 5);
    expect(context.before).toBe("𠮷𠮷𠮷");
    expect(context.after).toBe("𠮷𠮷𠮷");
  });

  it("is what a finding carries", () => {
    const doc = snapshotFromLines(PARAGRAPH);
    const start = PARAGRAPH.indexOf("XX");
    const meta = { id: "placeholder", category: "placeholder", defaultSeverity: "error", basis: "惯例" } as unknown as Parameters<typeof makeFinding>[0];
    const finding = makeFinding(meta, doc, { paragraphIndex: 0, range: [start, start + 2], message: "" });
    expect(finding.context).toEqual({ before: "各类重要文稿**篇，累计", after: "万字，多篇文稿得到市委主", cutBefore: true, cutAfter: true });
  });
});
