/**
 * The 格式 category in the review loop (issue 13) over the simulated Word: 检查 reads the layout only when 格式 is on,
 * 修正 formats the paragraphs (never their text) and the re-check finds nothing left, and a Word that cannot read the
 * layout gets a verdict that says so.
 */
import type { ReviewSession } from "../../../src/taskpane/check/reviewSession";
import { WRONG_DRAFT, fonts, setup } from "../layoutDraft";

const layoutFindings = (session: ReviewSession) => (session.getState().result?.open ?? []).filter((f) => f.category === "layout");

describe("the 格式 category", () => {
  it("finds the body paragraphs in 宋体小四 and 修正 formats exactly those, text unchanged; the re-check finds none left", async () => {
    const { sim, session } = setup(WRONG_DRAFT);
    const texts = sim.doc.texts();
    await session.check();
    await session.settled();
    const fixable = layoutFindings(session).filter((f) => f.layoutFix);
    expect(fixable.map((f) => f.message)).toEqual([
      "正文 2 段为宋体小四，应为仿宋_GB2312三号。（自本段起至第 5 段）",
      "正文 2 段为无首行缩进，应为首行缩进2字符。（自本段起至第 5 段）",
    ]);
    expect(fixable.every((f) => !f.fix)).toBe(true);
    await session.fix(fixable, "category:layout");
    expect(session.getState().notice?.text).toBe("已设置 2 段的格式，可用 Word 的“撤消”逐步恢复。");
    await session.settled();
    // The re-check's 格式 part joins later, and leaves the fix's notice as it is: 格式检查完成 is said once, after the
    // 检查 the writer clicked, not again after each action (found in the 340 px walk); the verdict shows what is left.
    expect(session.getState().result?.layoutCheck).toBeUndefined();
    expect(session.getState().notice?.text).toBe("已设置 2 段的格式，可用 Word 的“撤消”逐步恢复。");
    // Only the page is left: a 修正 formats paragraphs; the page is 一键排版's (or the writer's, in 页面设置).
    expect(layoutFindings(session).map((f) => f.ruleId)).toEqual(["layout-page"]);
    expect(sim.doc.texts()).toEqual(texts);
    expect(fonts(sim)).toEqual(["方正小标宋简体 22", "仿宋_GB2312 16", "仿宋_GB2312 16", "黑体 16", "仿宋_GB2312 16", "黑体 16", "仿宋_GB2312 16"]);
  });

  it("is not read when the house style switches 格式 off", async () => {
    const { sim, session } = setup(WRONG_DRAFT);
    session.setOptionsSource(() => ({ options: Promise.resolve({ categories: { layout: false } }), switchedOff: Promise.resolve([]) }));
    await session.check();
    expect(sim.opCount("getOoxml")).toBe(0);
    expect(session.getState().result?.snapshot.layout).toBeUndefined();
    expect(layoutFindings(session)).toEqual([]);
  });

  it("says what it could not read when Word fails to give the layout, and finds no 格式 problem it cannot see", async () => {
    const { sim, session } = setup(WRONG_DRAFT);
    sim.failOn({ op: "getOoxml", nth: 1, code: "GeneralException" });
    await session.check();
    await session.settled();
    const unreadable = session.getState().result?.snapshot.layout?.unreadable ?? [];
    expect(unreadable).toEqual(expect.arrayContaining(["eastAsiaFont", "sizePt"]));
    expect(layoutFindings(session).filter((f) => f.layoutFix)).toEqual([]);
  });
});
