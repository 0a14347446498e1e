/**
 * The check in two parts (issue 11): the text's findings and verdict come at once, the 格式 findings join later in
 * the same result; the verdict never says 可以提交 before they have; 取消 or 重新检查 meanwhile drops them; ignores
 * made meanwhile hold, and an ignored 格式 finding stays ignored when it joins.
 */
import type { DocSnapshot } from "../../../src/core/model";
import { checkDocument } from "../../../src/core/engine";
import type { DocumentHost } from "../../../src/host/port";
import { HostError } from "../../../src/host/errors";
import { ReviewSession } from "../../../src/taskpane/check/reviewSession";
import { keyOf } from "../../../src/taskpane/check/session";
import { summarizeFindings } from "../../../src/core/engine";
import { verdictHead } from "../../../src/taskpane/check/verdict";
import { WRONG_DRAFT, setup } from "../layoutDraft";

/** The gateway with its 格式 read held until the test lets it go, one call at a time, in any order. */
function heldLayout(word: DocumentHost) {
  const held: { snapshot: DocSnapshot; release: () => void }[] = [];
  const host: DocumentHost = {
    ...word,
    readLayout: (snapshot, signal) =>
      new Promise<DocSnapshot>((resolve, reject) => {
        held.push({ snapshot, release: () => void word.readLayout(snapshot, signal).then(resolve, reject) });
      }),
  };
  return { host, held };
}

/** Lets every pending promise and turn run (the analysis takes a turn per slice). */
async function turns(n = 50): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

const layoutOf = (session: ReviewSession) => (session.getState().result?.open ?? []).filter((f) => f.category === "layout");
const ready = (session: ReviewSession) => {
  const { result, comments } = session.getState();
  if (!result) return false;
  return verdictHead(summarizeFindings(result.open), comments?.length ?? 0, result.ignored.length, result.snapshot.layout?.unreadable ?? [], result.layoutCheck).ready;
};

describe("检查 in two parts", () => {
  it("shows the text's findings first with 格式 pending (never 可以提交), then the 格式 findings join in document order", async () => {
    const { sim, word } = setup(WRONG_DRAFT);
    const { host, held } = heldLayout(word);
    const session = new ReviewSession(host);
    await session.check();
    await turns(); // the 格式 read starts in a turn of its own, after the text's result is shown
    const text = session.getState().result!;
    expect(text.layoutCheck).toBe("pending");
    expect(layoutOf(session)).toEqual([]);
    expect(session.getState().progress).toBeUndefined(); // the list is usable meanwhile
    expect(ready(session)).toBe(false);
    expect(verdictHead(summarizeFindings(text.open), 0, 0, [], text.layoutCheck).title).toBe("文字未发现问题 · 正在检查格式……");
    expect(session.getState().notice).toBeUndefined();
    expect(held).toHaveLength(1);

    held[0].release();
    await session.settled();
    const whole = session.getState().result!;
    expect(whole.layoutCheck).toBeUndefined();
    expect(layoutOf(session).length).toBeGreaterThan(0);
    // One result, as if checked at once: the same findings in the same order as the engine's one pass.
    expect([...whole.open, ...whole.ignored].map((f) => `${f.paragraphIndex}:${f.ruleId}:${f.message}`)).toEqual(
      checkDocument(whole.snapshot).map((f) => `${f.paragraphIndex}:${f.ruleId}:${f.message}`),
    );
    // The text findings are the same objects: their cards stay as drawn.
    for (const finding of text.open) expect(whole.open).toContain(finding);
    expect(whole.snapshot.paragraphs[2].layout?.runs[0].eastAsiaFont).toBe("宋体");
    // Said once, in the verdict (the live region speaks the notice).
    expect(session.getState().notice).toEqual({ intent: "info", text: `格式检查完成，发现 ${layoutOf(session).length} 处格式问题。`, at: "verdict" });
    expect(ready(session)).toBe(false);
    expect(sim.opCount("getOoxml")).toBe(1);
  });

  it("取消 while 格式 is pending drops its result: the text's findings stay, the verdict says 格式 was not checked", async () => {
    const { word } = setup(WRONG_DRAFT);
    const { host, held } = heldLayout(word);
    const session = new ReviewSession(host);
    await session.check();
    await turns(); // the 格式 read starts in a turn of its own, after the text's result is shown
    session.cancel();
    held[0].release();
    await session.settled();
    const result = session.getState().result!;
    expect(result.layoutCheck).toBe("stopped");
    expect(layoutOf(session)).toEqual([]);
    expect(result.snapshot.layout).toBeUndefined();
    expect(ready(session)).toBe(false);
    expect(session.getState().notice?.text).toBe("已取消格式检查。");
    await turns();
    expect(layoutOf(session)).toEqual([]);
  });

  it("重新检查 while 格式 is pending: the first check's late 格式 never reaches the new result", async () => {
    const { sim, word } = setup(WRONG_DRAFT);
    const { host, held } = heldLayout(word);
    const session = new ReviewSession(host);
    await session.check();
    await turns(); // the 格式 read starts in a turn of its own, after the text's result is shown
    sim.doc.setParagraphText(6, "请于12月25日前报送总结材料。");
    await session.check();
    await turns(); // the 格式 read starts in a turn of its own, after the text's result is shown
    const second = session.getState().result!;
    expect(held).toHaveLength(2);
    held[0].release(); // the first check's, late
    await turns();
    expect(session.getState().result).toBe(second);
    expect(second.layoutCheck).toBe("pending");
    held[1].release();
    await session.settled();
    const whole = session.getState().result!;
    expect(whole.layoutCheck).toBeUndefined();
    expect(whole.snapshot.paragraphs[6].text).toBe("请于12月25日前报送总结材料。");
    expect(layoutOf(session).length).toBeGreaterThan(0);
  });

  it("a re-check that fails while 格式 is pending leaves the results shown saying 格式 was not checked, never pending for ever", async () => {
    const { word } = setup(WRONG_DRAFT);
    const { host } = heldLayout(word);
    const session = new ReviewSession(host);
    await session.check();
    expect(session.getState().result?.layoutCheck).toBe("pending");
    // Word fails the re-check's read.
    (host as { readSnapshot: DocumentHost["readSnapshot"] }).readSnapshot = () => Promise.reject(new HostError("Word 出错了。", "GeneralException"));
    await session.check();
    expect(session.getState().notice?.intent).toBe("error");
    expect(session.getState().result?.layoutCheck).toBe("stopped");
    expect(ready(session)).toBe(false);
  });

  it("an ignore made while 格式 is pending holds, and a stored ignore of a 格式 finding survives it and takes effect when 格式 joins", async () => {
    const { word } = setup([...WRONG_DRAFT, { text: "完成XX项。" }]);
    // First a whole check, to ignore one 格式 finding (stored in the document).
    const first = new ReviewSession(word);
    await first.check();
    await first.settled();
    const layoutFinding = layoutOf(first)[0];
    await first.setIgnored(layoutFinding, true, "x");
    const layoutKey = keyOf(first.getState().result!, layoutFinding);

    const { host, held } = heldLayout(word);
    const session = new ReviewSession(host);
    await session.check();
    const placeholder = session.getState().result!.open.find((f) => f.category === "placeholder")!;
    await session.setIgnored(placeholder, true, "y");
    // The key of the 格式 finding, which matches nothing yet, was written back with the new one.
    expect(session.getState().result!.ignoreKeys).toContain(layoutKey);
    held[0].release();
    await session.settled();
    const whole = session.getState().result!;
    expect(whole.ignored.map((f) => f.category).sort()).toEqual(["layout", "placeholder"]);
    expect(whole.ignored.find((f) => f.category === "layout")?.message).toBe(layoutFinding.message);
    expect(whole.open.some((f) => f.category === "placeholder")).toBe(false);
    expect(whole.ignoreKeys).toHaveLength(2);
  });

  it("where Word refuses the OOXML, 格式 joins as 部分格式未能检查 and the text's findings stay", async () => {
    const { sim, session } = setup(WRONG_DRAFT);
    sim.failOn({ op: "getOoxml", nth: 1, code: "GeneralException" });
    await session.check();
    expect(session.getState().result?.layoutCheck).toBe("pending");
    await session.settled();
    const result = session.getState().result!;
    expect(result.layoutCheck).toBeUndefined();
    expect(result.snapshot.layout?.unreadable).toEqual(expect.arrayContaining(["eastAsiaFont", "page"]));
    expect(session.getState().notice?.text).toBe("格式检查完成，部分格式未能检查。");
    expect(ready(session)).toBe(false);
  });

  it("with 格式 switched off, the check is whole at once: nothing pending, no OOXML read", async () => {
    const { sim, session } = setup(WRONG_DRAFT);
    session.setOptionsSource(() => ({ options: Promise.resolve({ categories: { layout: false } }), switchedOff: Promise.resolve([]) }));
    await session.check();
    expect(session.getState().result?.layoutCheck).toBeUndefined();
    await session.settled();
    expect(sim.opCount("getOoxml")).toBe(0);
  });
});

describe("the 格式 read after the text's", () => {
  it("never lends a layout to another paragraph when the writer edits between the two round trips", async () => {
    const { sim, word } = setup(WRONG_DRAFT);
    const text = await word.readSnapshot();
    // The writer retypes one paragraph and adds one at the top before the 格式 round trip.
    sim.doc.setParagraphText(4, "各单位要高度重视，认真组织实施。");
    sim.doc.setParagraphs([{ text: "（草稿）", format: { fontEastAsia: "楷体", sizeHalfPoints: 21 } }, ...sim.doc.paragraphs()]);
    const laidOut = await word.readLayout(text);
    const font = laidOut.paragraphs.map((p) => p.layout?.runs[0]?.eastAsiaFont ?? "none");
    expect(laidOut.paragraphs.map((p) => p.text)).toEqual(text.paragraphs.map((p) => p.text));
    expect(font).toEqual(["方正小标宋简体", "仿宋_GB2312", "宋体", "黑体", "none", "黑体", "仿宋_GB2312"]);
  });

  it("stops parsing and rejects when its signal aborts", async () => {
    const { word } = setup(Array.from({ length: 3000 }, (_, i) => `第${i + 1}段。`));
    const text = await word.readSnapshot();
    const controller = new AbortController();
    const read = word.readLayout(text, controller.signal);
    controller.abort();
    await expect(read).rejects.toThrow();
  });
});
