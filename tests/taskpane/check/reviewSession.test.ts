/**
 * The review loop (issue 11) over the simulated Word, as a writer runs it: ignore one of look-alikes, comments that
 * are counted and removed with their fix or by 删除助手批注 (the writer's own left alone), the walk from the cursor
 * that follows edits, and a session that outlives the tab.
 */
import { createSimulatedWord, type ApiVersion } from "../../../src/playground/fakeWord/host";
import { createWordGateway } from "../../../src/word/officeGateway";
import { ReviewSession, reviewSessionFor } from "../../../src/taskpane/check/reviewSession";
import { COMMENT_MARKER, isAssistantComment } from "../../../src/taskpane/check/assistantComments";
import { groupKey } from "../../../src/taskpane/check/groups";

const THREE = ["一、主要工作", "完成XX项。", "开展调研。", "完成XX项。", "加强学习。", "完成XX项。"];

function setup(paragraphs: readonly string[], apiVersion: ApiVersion = "1.4") {
  const sim = createSimulatedWord({ paragraphs, apiVersion });
  const word = createWordGateway(sim.host);
  return { sim, word, session: textOnly(new ReviewSession(word)) };
}

/**
 * The review loop's tests are about text findings: the simulated Word's default 等线 五号 would add a 格式 finding on
 * every paragraph (issue 13; its own tests are in layoutReview.test.ts), so the house style switches 格式 off here.
 */
function textOnly(session: ReviewSession): ReviewSession {
  session.setOptionsSource(() => ({ options: Promise.resolve({ categories: { layout: false } }), switchedOff: Promise.resolve([]) }));
  return session;
}

const placeholders = (session: ReviewSession) =>
  (session.getState().result?.open ?? []).filter((f) => f.category === "placeholder").map((f) => f.paragraphIndex);

/** The selected text and where it is, as the writer sees it in the document. */
function selected(sim: ReturnType<typeof setup>["sim"]) {
  const s = sim.doc.selection();
  return `${s.paragraphIndex}:${sim.doc.paragraph(s.paragraphIndex).text.slice(s.start, s.end)}@${s.start}`;
}

describe("忽略: one occurrence by default", () => {
  it("ignoring one `完成XX项。` of three leaves the other two open, after a re-check too", async () => {
    const { session } = setup(THREE);
    await session.check();
    expect(placeholders(session)).toEqual([1, 3, 5]);
    const second = session.getState().result!.open.find((f) => f.paragraphIndex === 3)!;
    await session.setIgnored(second, true, "x");
    expect(placeholders(session)).toEqual([1, 5]);
    expect(session.getState().result!.ignored.map((f) => f.paragraphIndex)).toEqual([3]);
    expect(session.getState().notice?.text).toBe("已忽略这一处。");
    await session.check();
    expect(placeholders(session)).toEqual([1, 5]);
    // 取消忽略 brings back exactly that one.
    await session.setIgnored(session.getState().result!.ignored[0], false, "x");
    expect(placeholders(session)).toEqual([1, 3, 5]);
  });

  it("“忽略全部相同” is the explicit choice that takes all three", async () => {
    const { session } = setup(THREE);
    await session.check();
    await session.setIgnored(session.getState().result!.open.find((f) => f.paragraphIndex === 1)!, true, "x", true);
    expect(placeholders(session)).toEqual([]);
    expect(session.getState().notice?.text).toBe("已忽略 3 处相同的问题。");
  });
});

describe("the assistant's comments", () => {
  const DOC = ["一、主要工作", "完成XX项，新增**个。", "三、下一步"];

  it("are counted at every check, carry the marker, and the one about a fixed finding goes with the fix", async () => {
    const { sim, word, session } = setup(DOC);
    await session.check();
    expect(session.getState().comments).toEqual([]);
    await session.addComments("toolbar");
    const comments = sim.doc.comments();
    expect(comments.map((c) => c.excerpt)).toEqual(["XX", "**", "三、"]);
    expect(comments.every((c) => c.text.startsWith(COMMENT_MARKER))).toBe(true);
    expect(session.getState().comments).toHaveLength(3);
    // A second 添加批注 adds none.
    expect(session.commentable()).toEqual([]);
    // The writer's own comment is not the assistant's.
    await word.addComments([{ target: { paragraphIndex: 0, start: 0, end: 2, paragraphText: DOC[0] }, text: "请再斟酌标题" }]);
    await session.check();
    expect(session.getState().comments).toHaveLength(3);

    const numbering = session.getState().result!.open.find((f) => f.category === "numbering")!;
    const before = sim.syncCount();
    await session.fix([numbering], "x");
    // 2 to fix, 2 to delete its comment, then the re-check: the snapshot, the comments.
    expect(sim.syncCount() - before).toBeLessThanOrEqual(6);
    expect(sim.doc.texts()[2]).toBe("二、下一步");
    expect(sim.doc.comments().map((c) => c.excerpt)).toEqual(["XX", "**", "一、"]);
    expect(session.getState().notice?.text).toContain("相关的 1 条助手批注已一并删除。");
    expect(session.getState().comments).toHaveLength(2);
  });

  it("删除助手批注 removes every comment of the assistant's and nothing else, also after the pane was reopened", async () => {
    const { sim, word, session } = setup(DOC);
    await session.check();
    await session.addComments("toolbar");
    await word.addComments([{ target: { paragraphIndex: 0, start: 0, end: 2, paragraphText: DOC[0] }, text: "请再斟酌标题" }]);
    // A new pane (no memory of what it added): the comments are recognised by their text.
    const reopened = textOnly(new ReviewSession(word));
    await reopened.check();
    expect(reopened.getState().comments).toHaveLength(3);
    await reopened.deleteAssistantComments("verdict");
    expect(sim.doc.comments().map((c) => c.text)).toEqual(["请再斟酌标题"]);
    expect(reopened.getState().comments).toEqual([]);
    expect(reopened.getState().notice?.text).toBe("已删除 3 条助手批注，可用 Word 的“撤消”恢复。");
  });

  it("a comment the writer rewrote is theirs", () => {
    expect(isAssistantComment({ id: "1", text: `${COMMENT_MARKER}占位符未填写（助手批注）` })).toBe(true);
    expect(isAssistantComment({ id: "2", text: `${COMMENT_MARKER}占位符未填写，我来补` })).toBe(false);
    expect(isAssistantComment({ id: "3", text: "占位符未填写（助手批注）" })).toBe(false);
  });

  it("where the host has no comment API, none are counted and the session says it cannot tell", async () => {
    const { session } = setup(DOC, "1.3");
    await session.check();
    expect(session.getState().result).toBeDefined();
    expect(session.getState().comments).toBeUndefined();
  });
});

describe("上一处 / 下一处 from the cursor", () => {
  const DOC = ["一、主要工作", "完成XX项，新增XX个。", "开展调研。", "组织学习**次。", "撰写报告XX篇。", "二、下一步", "完成XX件。"];

  it("starts at the cursor, not at the top", async () => {
    const { sim, session } = setup(DOC);
    await session.check();
    sim.doc.setSelection(4, 0);
    await session.walk("next", { kind: "category", category: "placeholder" }, "toolbar");
    expect(selected(sim)).toBe("4:XX@4");
    await session.walk("previous", { kind: "category", category: "placeholder" }, "toolbar");
    expect(selected(sim)).toBe("3:**@4");
  });

  it("fill the first XX, 下一处 goes to the second XX of the same paragraph: every placeholder once, in order", async () => {
    const { sim, session } = setup(DOC);
    await session.check();
    sim.doc.setSelection(0, 0);
    const seen: string[] = [];
    const scope = { kind: "category", category: "placeholder" } as const;
    await session.walk("next", scope, "toolbar");
    seen.push(selected(sim));
    // The writer types 5 over the selected XX: the paragraph changed since the check.
    sim.doc.setParagraphText(1, "完成5项，新增XX个。");
    sim.doc.setSelection(1, 3);
    for (let i = 0; i < 4; i++) {
      await session.walk("next", scope, "toolbar");
      seen.push(selected(sim));
    }
    expect(seen).toEqual(["1:XX@2", "1:XX@7", "3:**@4", "4:XX@4", "6:XX@2"]);
    // The edited paragraph was re-read by the walk itself: no notice asks for another click.
    expect(session.getState().notice?.intent).toBe("info");
    expect(placeholders(session)).toEqual([1, 3, 4, 6]);
    // Past the end, it comes round and says so.
    await session.walk("next", scope, "toolbar");
    expect(selected(sim)).toBe("1:XX@7");
    expect(session.getState().notice?.text).toContain("已到文末，从头继续");
  });

  it("定位 on a paragraph edited since the check re-reads it and selects the finding where it now is", async () => {
    const { sim, session } = setup(DOC);
    await session.check();
    const finding = session.getState().result!.open.find((f) => f.paragraphIndex === 4)!;
    sim.doc.setParagraphText(4, "今年撰写报告XX篇。");
    await session.select(finding, "x");
    expect(selected(sim)).toBe("4:XX@6");
    expect(session.getState().notice?.text).toBe("这段文字在检查之后被修改过，已重新检查并选中。");
  });

  it("a group's walk stays in its group", async () => {
    const { sim, session } = setup(DOC);
    await session.check();
    const xx = session.getState().result!.open.find((f) => f.excerpt === "XX")!;
    sim.doc.setSelection(0, 0);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await session.walk("next", { kind: "group", key: groupKey(xx) }, "g");
      seen.push(selected(sim));
    }
    expect(seen).toEqual(["1:XX@2", "1:XX@8", "4:XX@4", "6:XX@2"]);
  });
});

describe("全部修正 in a fixed number of round trips", () => {
  it("fixing 40 findings costs what fixing one costs: 2 to write, then the re-check (document and comments)", async () => {
    const lines = ["一、主要工作", ...Array.from({ length: 40 }, (_, i) => `第${i + 1}项：一是学习；三是调研。`)];
    const trips = async (all: boolean) => {
      const { sim, session } = setup(lines);
      await session.check();
      const open = session.getState().result!.open.filter((f) => f.fix && f.severity !== "info");
      expect(open).toHaveLength(40);
      const before = sim.syncCount();
      await session.fix(all ? open : open.slice(0, 1), "toolbar");
      expect(sim.doc.texts().filter((t) => t.includes("二是"))).toHaveLength(all ? 40 : 1);
      return sim.syncCount() - before;
    };
    const one = await trips(false);
    expect(await trips(true)).toBe(one);
    expect(one).toBe(4);
  });
});

describe("the session outlives the tab", () => {
  it("is the same object for the same pane and host, and a new one for a new pane", () => {
    const { word } = setup(THREE);
    const pane = {};
    expect(reviewSessionFor(word, pane)).toBe(reviewSessionFor(word, pane));
    expect(reviewSessionFor(word, {})).not.toBe(reviewSessionFor(word, pane));
  });
});
