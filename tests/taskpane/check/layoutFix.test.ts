/**
 * 格式 修正 / 全部修正 (issue 13) over a recording host: one applyLayout call for all the findings, one change per
 * paragraph, retyped paragraphs re-checked like the text fixes, and a plain note of what to set by hand.
 */
import type { Finding, ParagraphLayoutChange } from "../../../src/core/finding";
import type { DocumentHost, LayoutReport, LayoutRequest } from "../../../src/host/port";
import { applyLayoutFindings, describeLayoutFixOutcome } from "../../../src/taskpane/check/layoutFix";
import { applyAnyFixes } from "../../../src/taskpane/check/applyFixes";
import { isFixable } from "../../../src/taskpane/check/fixes";
import { describeNotApplied, describePage } from "../../../src/taskpane/check/manualLayout";

const BODY = "今年以来，各项工作取得新进展。";
const HEADING = "一、主要工作";

function layoutFinding(message: string, paragraphs: readonly ParagraphLayoutChange[]): Finding {
  const first = paragraphs[0];
  return {
    ruleId: "layout-role",
    category: "layout",
    severity: "warning",
    message,
    paragraphIndex: first.paragraphIndex,
    range: [0, first.paragraphText.length],
    excerpt: first.paragraphText,
    context: { before: "", after: "" },
    layoutFix: { paragraphs },
    basis: "GB/T 9704—2012 7.3.3",
  };
}

const fangsong = (text: string) => ({ runs: [{ range: [0, text.length] as const, eastAsiaFont: "仿宋_GB2312", sizePt: 16 }] });

/** A host that records what it is asked and answers with the report it is given. */
function recordingHost(answer: (request: LayoutRequest) => Partial<LayoutReport> = () => ({})) {
  const requests: LayoutRequest[] = [];
  const host = {
    capabilities: { comments: false },
    applyLayout: async (request: LayoutRequest): Promise<LayoutReport> => {
      requests.push(request);
      const given = answer(request);
      return { applied: given.applied ?? request.paragraphs.map((_, i) => i), skipped: given.skipped ?? [], notApplied: given.notApplied ?? [] };
    },
    replaceSpans: async () => {
      throw new Error("a 格式 fix writes no text");
    },
  } as unknown as DocumentHost;
  return { host, requests };
}

describe("格式 fixes", () => {
  it("are offered 修正 though they change no text", () => {
    expect(isFixable(layoutFinding("正文 1 段为宋体小四，应为仿宋三号", [{ paragraphIndex: 1, paragraphText: BODY, layout: fangsong(BODY) }]))).toBe(true);
  });

  it("go to the host in one applyLayout call, one change per paragraph, the properties of both findings merged", async () => {
    const font = layoutFinding("正文 2 段为宋体小四，应为仿宋三号", [
      { paragraphIndex: 1, paragraphText: BODY, layout: fangsong(BODY) },
      { paragraphIndex: 3, paragraphText: BODY, layout: fangsong(BODY) },
    ]);
    const indent = layoutFinding("正文 1 段首行未缩进，应首行缩进2字符", [{ paragraphIndex: 1, paragraphText: BODY, layout: { firstLineIndent: { chars: 2 } } }]);
    const { host, requests } = recordingHost();
    const outcome = await applyLayoutFindings(host, [font, indent]);
    expect(requests).toHaveLength(1);
    expect(requests[0].paragraphs.map((p) => p.paragraphIndex)).toEqual([1, 3]);
    expect(requests[0].paragraphs[0].layout).toEqual({ ...fangsong(BODY), firstLineIndent: { chars: 2 } });
    expect(outcome.applied).toEqual([font, indent]);
    expect(describeLayoutFixOutcome(outcome)).toEqual({ intent: "success", text: "已设置 2 段的格式，可用 Word 的“撤消”逐步恢复。" });
  });

  it("leave a finding whose paragraph was retyped since the check, and say so", async () => {
    const first = layoutFinding("标题为宋体，应为小标宋", [{ paragraphIndex: 0, paragraphText: "关于XX的报告", layout: { alignment: "center" } }]);
    const second = layoutFinding("正文 1 段为宋体小四，应为仿宋三号", [{ paragraphIndex: 2, paragraphText: BODY, layout: fangsong(BODY) }]);
    const { host } = recordingHost(() => ({ applied: [0], skipped: [{ index: 1, status: "changed" }] }));
    const outcome = await applyLayoutFindings(host, [first, second]);
    expect(outcome.applied).toEqual([first]);
    expect(outcome.skipped).toEqual([second]);
    const notice = describeLayoutFixOutcome(outcome);
    expect(notice.intent).toBe("warning");
    expect(notice.text).toBe("已设置 1 段的格式，可用 Word 的“撤消”逐步恢复。\n有 1 段在检查之后被修改过，为避免改错没有设置格式；已重新检查，请再看一遍。");
  });

  it("say what to set by hand where the host could not set the Chinese font", async () => {
    const finding = layoutFinding("正文 1 段为宋体小四，应为仿宋三号", [{ paragraphIndex: 1, paragraphText: BODY, layout: fangsong(BODY) }]);
    const { host } = recordingHost(() => ({ notApplied: ["eastAsiaFont"] }));
    const notice = describeLayoutFixOutcome(await applyLayoutFindings(host, [finding]));
    expect(notice.intent).toBe("warning");
    expect(notice.text.split("\n")).toEqual([
      "已设置 1 段的格式，可用 Word 的“撤消”逐步恢复。",
      "中文字体未能设置：此版本 Word 不支持，请选中相应段落，在“字体”对话框中设为仿宋_GB2312。",
    ]);
  });

  it("go before the text fixes in 全部修正, so the text fixes still find their paragraphs as checked", async () => {
    const calls: string[] = [];
    const text = "（一）、精心起草";
    const host = {
      capabilities: { comments: false },
      applyLayout: async (request: LayoutRequest) => {
        calls.push("layout");
        return { applied: request.paragraphs.map((_, i) => i), skipped: [], notApplied: [] };
      },
      replaceSpans: async () => {
        calls.push("text");
        return { applied: [0], skipped: [] };
      },
    } as unknown as DocumentHost;
    const numbering: Finding = {
      ruleId: "numbering-punct",
      category: "numbering",
      severity: "error",
      message: "（一）后不加顿号",
      paragraphIndex: 0,
      range: [3, 4],
      excerpt: "、",
      context: { before: "（一）", after: "精心起草" },
      fix: { edits: [{ paragraphIndex: 0, range: [3, 4], text: "" }] },
      basis: "GB/T 9704—2012 7.3.3",
    };
    const layout = layoutFinding("二级标题 1 段为宋体，应为楷体", [{ paragraphIndex: 0, paragraphText: text, layout: { runs: [{ range: [0, text.length], eastAsiaFont: "楷体_GB2312" }] } }]);
    const outcome = await applyAnyFixes(host, { paragraphs: [{ text, tableNestingLevel: 0 }] }, [numbering, layout]);
    expect(calls).toEqual(["layout", "text"]);
    expect(outcome.applied).toEqual([layout, numbering]);
    expect(outcome.notice.text.split("\n")).toEqual(["已设置 1 段的格式，可用 Word 的“撤消”逐步恢复。", "已修正 1 处，可用 Word 的“撤消”恢复。"]);
  });
});

describe("what to set by hand", () => {
  it("names each value with the kinds of paragraph that want it, and the page as the 页面设置 dialog asks for it", () => {
    const changes: ParagraphLayoutChange[] = [
      { paragraphIndex: 0, paragraphText: HEADING, layout: { runs: [{ range: [0, 6], eastAsiaFont: "黑体", sizePt: 16 }] } },
      { paragraphIndex: 1, paragraphText: BODY, layout: fangsong(BODY) },
      { paragraphIndex: 2, paragraphText: BODY, layout: fangsong(BODY) },
    ];
    const roles = ["heading1", "body", "body"] as const;
    const page = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26, linesPerPage: 22, charsPerLine: 28 };
    expect(describeNotApplied(["eastAsiaFont", "sizePt", "page"], changes, page, (i) => roles[i])).toEqual([
      "中文字体未能设置：此版本 Word 不支持，请选中相应段落，在“字体”对话框中设为黑体（一级标题）、仿宋_GB2312（正文）。",
      "字号未能设置：此版本 Word 不支持，请选中相应段落，在“字体”对话框中设为三号。",
      "页面设置未能应用：此版本 Word 不支持，请在“布局 → 页面设置”中设置：纸张 A4（210×297 毫米）；页边距上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米；“文档网格”每页 22 行、每行 28 字。",
    ]);
    expect(describePage({ topMm: 37 })).toBe("页边距上 37 毫米");
  });
});

describe("what to set by hand after a 格式 修正", () => {
  it("names the kind of paragraph each font is for", async () => {
    const texts = ["关于做好年度总结工作的通知", "各单位：", "一、高度重视", BODY];
    const snapshot = { paragraphs: texts.map((text) => ({ text, tableNestingLevel: 0 })) };
    const heading = layoutFinding("一级标题 1 段为宋体，应为黑体", [{ paragraphIndex: 2, paragraphText: texts[2], layout: { runs: [{ range: [0, 6], eastAsiaFont: "黑体" }] } }]);
    const body = layoutFinding("正文 1 段为宋体小四，应为仿宋三号", [{ paragraphIndex: 3, paragraphText: BODY, layout: fangsong(BODY) }]);
    const { host } = recordingHost(() => ({ notApplied: ["eastAsiaFont"] }));
    const { notice } = await applyAnyFixes(host, snapshot, [heading, body]);
    expect(notice.text.split("\n")[1]).toBe("中文字体未能设置：此版本 Word 不支持，请选中相应段落，在“字体”对话框中设为黑体（一级标题）、仿宋_GB2312（正文）。");
  });
});
