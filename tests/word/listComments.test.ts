/** Listing and deleting comments (WordApi 1.4), and the ids addComments reports: what 删除助手批注 and a fix rely on. */
import { setup, target } from "./helpers";

const TEXTS = ["一、总体情况", "完成XX项，新增XX个。", "全年起草文稿**篇。"];

describe("comments by id", () => {
  it("addComments reports each added comment's id; listComments lists them in document order in 1 round trip", async () => {
    const { gateway, trips } = setup(TEXTS);
    const added = await gateway.addComments([
      { target: target(TEXTS, 2, "**"), text: "乙" },
      { target: target(TEXTS, 1, "XX", 1), text: "甲" },
    ]);
    expect(added.applied).toEqual([0, 1]);
    expect(Object.keys(added.ids)).toEqual(["0", "1"]);
    expect(added.ids[0]).not.toBe(added.ids[1]);
    const { result, syncs } = await trips(() => gateway.listComments());
    expect(syncs).toBe(1);
    expect(result).toEqual([
      { id: added.ids[1], text: "甲" },
      { id: added.ids[0], text: "乙" },
    ]);
  });

  it("deleteComments removes exactly the comments named, in 2 round trips, and says which it found", async () => {
    const { gateway, doc, trips } = setup(TEXTS);
    const added = await gateway.addComments([
      { target: target(TEXTS, 1, "XX"), text: "甲" },
      { target: target(TEXTS, 1, "XX", 1), text: "乙" },
      { target: target(TEXTS, 2, "**"), text: "丙" },
    ]);
    const { result, syncs } = await trips(() => gateway.deleteComments([added.ids[0], added.ids[2], "{NOT-THERE}"]));
    expect(syncs).toBe(2);
    expect([...result].sort()).toEqual([added.ids[0], added.ids[2]].sort());
    expect(doc.comments().map((c) => c.text)).toEqual(["乙"]);
    // Deleting again finds nothing and touches nothing: 1 round trip.
    const again = await trips(() => gateway.deleteComments([added.ids[0]]));
    expect(again).toEqual({ result: [], syncs: 1 });
    expect(await gateway.deleteComments([])).toEqual([]);
  });

  it("is refused on WordApi 1.3 without a round trip", async () => {
    const { gateway, sim } = setup(TEXTS, { apiVersion: "1.3" });
    await expect(gateway.listComments()).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(gateway.deleteComments(["x"])).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(sim.syncCount()).toBe(0);
  });
});

describe("readInsertionContext: the selection's offsets in its paragraph", () => {
  it.each([
    ["a cursor", 1, 5, 5, { start: 5, end: 5 }],
    ["selected text", 1, 2, 4, { start: 2, end: 4 }],
    ["a cursor at the start", 2, 0, 0, { start: 0, end: 0 }],
  ] as const)("%s", async (_, paragraph, start, end, offsets) => {
    const { gateway, doc, trips } = setup(TEXTS);
    doc.setSelection(paragraph, start, end);
    const { result, syncs } = await trips(() => gateway.readInsertionContext());
    expect(syncs).toBe(1);
    expect(result.cursorParagraphIndex).toBe(paragraph);
    expect(result.cursorOffsets).toEqual(offsets);
  });

  it("a selection reaching into the next paragraph ends at this one's end", async () => {
    const { gateway, doc } = setup(TEXTS);
    doc.setSelection(1, 3, 2, 2);
    expect((await gateway.readInsertionContext()).cursorOffsets).toEqual({ start: 3, end: TEXTS[1].length });
  });
});
