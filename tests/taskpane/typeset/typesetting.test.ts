/**
 * 一键排版 over the simulated Word (issue 13): the preview lists what the plan changes, 应用 writes it in one
 * applyLayout call and the re-check finds no paragraph format left, 撤消排版 gives every paragraph its format back;
 * tables and quoted text are left alone; the cursor's paragraph alone when the writer asks.
 */
import { resolveOptions } from "../../../src/core/options";
import { leftAlone, planFor, readForTypesetting } from "../../../src/taskpane/typeset/typesetting";
import { runTypesetting } from "../../../src/taskpane/typeset/typesetActions";
import { WRONG_DRAFT, fonts, setup } from "../layoutDraft";

const options = Promise.resolve(resolveOptions());

describe("一键排版", () => {
  it("previews per role, applies in one call, leaves nothing for the re-check, and 撤消排版 gives the formats back", async () => {
    const { sim, word, session } = setup(WRONG_DRAFT);
    const before = fonts(sim);
    const texts = sim.doc.texts();
    const reading = await readForTypesetting(word, options);
    const plan = planFor(reading, "document");
    const body = plan.byRole.find((row) => row.role === "body");
    expect(body).toMatchObject({ paragraphs: 2 });
    expect(body?.from).toContain("宋体");
    expect(body?.to).toContain("仿宋_GB2312");

    await session.check();
    const calls: number[] = [];
    const applyLayout = word.applyLayout.bind(word);
    (word as { applyLayout: typeof word.applyLayout }).applyLayout = (request) => {
      calls.push(request.paragraphs.length);
      return applyLayout(request);
    };
    await runTypesetting(session, word, reading, plan);
    expect(calls).toEqual([plan.changes.length]);
    const notice = session.getState().notice;
    expect(notice?.text).toContain(`已按 GB/T 9704—2012 排版 ${plan.changes.length} 段。`);
    expect(notice?.text).toContain("可点“撤消排版”恢复排版前的格式");
    expect(notice?.action?.label).toBe("撤消排版");
    // The re-check that followed finds no paragraph format to change; the text is as it was.
    expect((session.getState().result?.open ?? []).filter((f) => f.layoutFix)).toEqual([]);
    expect(sim.doc.texts()).toEqual(texts);
    expect(fonts(sim)[2]).toBe("仿宋_GB2312 16");

    await notice?.action?.run();
    expect(session.getState().notice?.text).toContain(`已恢复排版前的格式（${plan.changes.length} 段）。`);
    expect(fonts(sim)).toEqual(before);
    expect(sim.doc.texts()).toEqual(texts);
  });

  it("formats only the selected paragraph when the writer chooses it, and never the page then", async () => {
    const { sim, word } = setup(WRONG_DRAFT);
    sim.doc.setSelection(4, 0, 3);
    const reading = await readForTypesetting(word, options);
    expect(reading.selection).toEqual({ from: 4, to: 4 });
    const plan = planFor(reading, "selection");
    expect(plan.changes.map((c) => c.paragraphIndex)).toEqual([4]);
    expect(plan.page).toBeUndefined();
  });

  it("formats every paragraph of a selection across paragraphs, and nothing outside it", async () => {
    const { sim, word } = setup(WRONG_DRAFT);
    // From the 宋体小四 opening paragraph to the first body paragraph: the right heading between them needs nothing.
    sim.doc.setSelection(2, 1, 2, 4);
    const reading = await readForTypesetting(word, options);
    expect(reading.selection).toEqual({ from: 2, to: 4 });
    expect(planFor(reading, "selection").changes.map((c) => c.paragraphIndex)).toEqual([2, 4]);
    // One paragraph less, and the 宋体小四 body paragraph after the selection is left as it is.
    sim.doc.setSelection(2, 1, 2, 3);
    const shorter = await readForTypesetting(word, options);
    expect(shorter.selection).toEqual({ from: 2, to: 3 });
    expect(planFor(shorter, "selection").changes.map((c) => c.paragraphIndex)).toEqual([2]);
  });

  it("offers no selection scope for a cursor without selected text", async () => {
    const { sim, word } = setup(WRONG_DRAFT);
    sim.doc.setSelection(4, 2);
    expect((await readForTypesetting(word, options)).selection).toBeUndefined();
  });

  it("leaves a table's paragraphs alone and counts them for the preview", async () => {
    const table = { text: "序号　单位　完成情况", tableNestingLevel: 1, format: { fontEastAsia: "宋体", sizeHalfPoints: 21 } };
    const { word } = setup([...WRONG_DRAFT, table]);
    const reading = await readForTypesetting(word, options);
    const plan = planFor(reading, "document");
    expect(plan.changes.map((c) => c.paragraphIndex)).not.toContain(WRONG_DRAFT.length);
    expect(leftAlone(reading, "document")).toBe(1);
  });
});
