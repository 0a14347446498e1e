import { PartialEditError } from "../../src/host/errors";
import { WORD_MESSAGES } from "../../src/word/messages";
import { setup, target } from "./helpers";

describe("addComments", () => {
  it("is unavailable on WordApi 1.3, with the Chinese reason", async () => {
    const { gateway, sim } = setup(["正文"], { apiVersion: "1.3" });
    expect(gateway.capabilities).toEqual({ comments: false, commentsUnavailableReason: WORD_MESSAGES.commentsUnavailable });
    expect(WORD_MESSAGES.commentsUnavailable).toContain("添加批注需要 WordApi 1.4（Word 2021 / Microsoft 365）");
    await expect(gateway.addComments([{ target: target(["正文"], 0, "正文"), text: "x" }])).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(sim.syncCount()).toBe(0);
  });

  it.each([1, 500])("adds %i comments in at most 2 round trips on WordApi 1.4", async (n) => {
    const texts = Array.from({ length: n }, (_, i) => `第${i}段【请填写】内容`);
    const { gateway, doc, trips } = setup(texts, { apiVersion: "1.4" });
    expect(gateway.capabilities.comments).toBe(true);
    const { result, syncs } = await trips(() =>
      gateway.addComments(texts.map((_, i) => ({ target: target(texts, i, "【请填写】"), text: "占位符未填写" }))),
    );
    expect(syncs).toBe(2);
    expect(result.applied).toHaveLength(n);
    expect(doc.comments()[n - 1]).toEqual({ paragraphIndex: n - 1, start: String(n - 1).length + 2, end: String(n - 1).length + 7, excerpt: "【请填写】", text: "占位符未填写" });
  });

  it("skips changed paragraphs and comments an insertion point on its neighbouring character", async () => {
    const texts = ["甲乙", "丙丁"];
    const { gateway, doc } = setup(texts);
    doc.setParagraphText(1, "改了");
    const report = await gateway.addComments([
      { target: { paragraphIndex: 0, start: 1, end: 1, paragraphText: "甲乙" }, text: "此处缺字" },
      { target: target(texts, 1, "丙"), text: "x" },
    ]);
    expect(report).toEqual({ applied: [0], skipped: [{ index: 1, status: "changed" }], ids: { 0: expect.any(String) } });
    expect(doc.comments()).toEqual([{ paragraphIndex: 0, start: 0, end: 1, excerpt: "甲", text: "此处缺字" }]);
  });

  it("a failure while commenting is reported as partial with an unknown outcome", async () => {
    const texts = ["甲", "乙"];
    const { gateway, sim } = setup(texts);
    sim.failOn({ op: "insertComment", nth: 2, code: "GeneralException" });
    const error = await gateway.addComments(texts.map((_, i) => ({ target: target(texts, i, texts[i]), text: "x" }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialEditError);
    expect((error as PartialEditError).message).toBe(WORD_MESSAGES.partialEditUnknown);
  });
});

describe("addComments: a writer edits between the two round trips", () => {
  const texts = ["第一段【请填写】", "第二段【请填写】", "第三段【请填写】"];
  const requests = () => texts.map((_, i) => ({ target: target(texts, i, "【请填写】"), text: "占位符未填写" }));

  it("deletes the comment put on the changed paragraph and reports it skipped; the others stay (3 round trips)", async () => {
    const { gateway, sim, doc, trips } = setup(texts);
    sim.beforeSync((n) => n === 2 && doc.replace({ para: 1, offset: 0 }, { para: 1, offset: 0 }, [{ text: "新" }]));
    const { result, syncs } = await trips(() => gateway.addComments(requests()));
    expect(syncs).toBe(3);
    expect(result).toEqual({ applied: [0, 2], skipped: [{ index: 1, status: "changed" }], ids: { 0: expect.any(String), 2: expect.any(String) } });
    expect(doc.comments().map((c) => [c.paragraphIndex, c.excerpt])).toEqual([[0, "【请填写】"], [2, "【请填写】"]]);
  });

  it("a fault while deleting it: PartialEditError names the paragraph, the report is exact", async () => {
    const { gateway, sim, doc } = setup(texts);
    sim.beforeSync((n) => n === 2 && doc.replace({ para: 1, offset: 0 }, { para: 1, offset: 0 }, [{ text: "新" }]));
    sim.failOn({ op: "deleteComment", code: "GeneralException" });
    const error = await gateway.addComments(requests()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialEditError);
    expect((error as PartialEditError).message).toBe(WORD_MESSAGES.repairUnconfirmed(["第 2 段（“第二段【请填写】”）"], 2, "批注"));
    expect((error as PartialEditError).report).toEqual({ applied: [0, 2], skipped: [{ index: 1, status: "changed", reason: "unconfirmed" }], ids: { 0: expect.any(String), 2: expect.any(String) } });
  });
});

describe("document settings", () => {
  it("writes through saveAsync and reads back", async () => {
    const { gateway, sim } = setup([""]);
    expect(await gateway.readDocumentSetting("ignored")).toBeUndefined();
    await gateway.writeDocumentSetting("ignored", '["a"]');
    expect(await gateway.readDocumentSetting("ignored")).toBe('["a"]');
    expect(sim.savedSettings()).toEqual({ ignored: '["a"]' });
    expect(sim.syncCount()).toBe(0);
  });

  it("a failed save becomes a HostError", async () => {
    const { gateway, sim } = setup([""]);
    sim.failNextSettingsSave("disk full");
    await expect(gateway.writeDocumentSetting("k", "v")).rejects.toMatchObject({ name: "HostError", message: expect.stringContaining("disk full") });
  });
});
