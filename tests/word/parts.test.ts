/** Headers, footers and notes: read after the main text, each distinct story once, located in their own story. */
import type { PartsSpec } from "../../src/playground/fakeWord";
import { setup, target } from "./helpers";

const BODY = ["关于2025年工作情况的报告", "今年以来，我们扎实推进各项工作。"];
const HEADER = "XX市人民政府办公室";
const FOOTER = "— 1 —";

function partsOf(paragraphs: readonly { text: string; part?: string }[]) {
  return paragraphs.map((p) => [p.part ?? "body", p.text]);
}

describe("reading headers, footers and notes", () => {
  it("reads the headers and footers after the main text, marked with their part, in the same round trip", async () => {
    const { gateway, trips } = setup(BODY, { parts: { sections: [{ headers: { Primary: [HEADER] }, footers: { Primary: [FOOTER] } }] } });
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(1);
    expect(partsOf(result.paragraphs)).toEqual([
      ["body", BODY[0]],
      ["body", BODY[1]],
      ["header", HEADER],
      ["footer", FOOTER],
    ]);
    // WordApi 1.4 (the simulated default): no notes API; text boxes need WordApiDesktop 1.2, never read.
    expect(result.unchecked).toEqual(["footnote", "endnote", "textBox"]);
  });

  it("reads a linked header (与上一节相同) once, and each section's own header, in one more round trip", async () => {
    const parts: PartsSpec = {
      sections: [
        { headers: { Primary: [HEADER], FirstPage: ["XX年XX月"] } },
        { headers: { Primary: "linked" } },
        { headers: { Primary: ["附件X"] }, footers: { EvenPages: ["第X页"] } },
      ],
    };
    const { gateway, trips } = setup(BODY, { parts });
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(2);
    expect(partsOf(result.paragraphs).slice(BODY.length)).toEqual([
      ["header", HEADER],
      ["header", "XX年XX月"],
      ["header", "附件X"],
      ["footer", "第X页"],
    ]);
  });

  it("reads footnotes and endnotes where WordApi 1.5 is there; only text boxes stay unchecked", async () => {
    const { gateway, trips } = setup(BODY, { apiVersion: "1.5", parts: { footnotes: [["数据来源：XX局。"]], endnotes: [["注：带*的为约束性指标。"]] } });
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(2);
    expect(partsOf(result.paragraphs).slice(BODY.length)).toEqual([
      ["footnote", "数据来源：XX局。"],
      ["endnote", "注：带*的为约束性指标。"],
    ]);
    expect(result.unchecked).toEqual(["textBox"]);
  });

  it("a document with one section and no notes still takes one round trip on WordApi 1.5", async () => {
    const { gateway, trips } = setup(BODY, { apiVersion: "1.5" });
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(1);
    expect(result.paragraphs).toHaveLength(BODY.length);
  });

  it("when Word fails on the parts, reads the main text alone and says which parts were not checked", async () => {
    const { sim, gateway, trips } = setup(BODY, { parts: { sections: [{ headers: { Primary: [HEADER] } }] } });
    sim.failOn({ op: "navigate", nth: 1, code: "GeneralException" }); // sections.getFirst(), in round trip 1
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(2);
    expect(partsOf(result.paragraphs)).toEqual([["body", BODY[0]], ["body", BODY[1]]]);
    expect(result.unchecked).toEqual(["header", "footer", "footnote", "endnote", "textBox"]);
  });
});

describe("locating in a header, footer or note", () => {
  const parts: PartsSpec = {
    sections: [{ headers: { Primary: ["市委办公室（第XX稿）"] } }, { footers: { Primary: ["联系人：XX"] } }],
    footnotes: [["见XX号文件。"]],
  };

  async function checked(apiVersion: "1.4" | "1.5" = "1.5") {
    const ctx = setup(BODY, { apiVersion, parts });
    const snapshot = await ctx.gateway.readSnapshot();
    const texts = snapshot.paragraphs.map((p) => p.text);
    // A target says the part it was read from, as the pane's targets do (SpanTarget.part).
    const at = (i: number, excerpt: string) => ({ ...target(texts, i, excerpt), ...(snapshot.paragraphs[i].part ? { part: snapshot.paragraphs[i].part } : {}) });
    return { ...ctx, texts, at, snapshot };
  }

  it("selects a placeholder in the header, in two round trips", async () => {
    const { gateway, doc, at, trips } = await checked();
    const { result, syncs } = await trips(() => gateway.selectSpan(at(2, "XX")));
    expect(result).toBe("ok");
    expect(syncs).toBe(2);
    const header = doc.parts?.headerFooter("header", 0, "Primary");
    expect(doc.selectedIn()).toBe(header);
    expect(header?.textOf(header.selectionRange())).toBe("XX");
  });

  it("selects in the second section's own footer and in a footnote", async () => {
    const { gateway, doc, texts, at } = await checked();
    expect(texts.slice(2)).toEqual(["市委办公室（第XX稿）", "联系人：XX", "见XX号文件。"]);
    expect(await gateway.selectSpan(at(3, "XX"))).toBe("ok");
    const footer = doc.parts?.headerFooter("footer", 1, "Primary");
    expect(doc.selectedIn()).toBe(footer);
    expect(await gateway.selectSpan(at(4, "XX"))).toBe("ok");
    const note = doc.parts?.noteStories("footnote")[0];
    expect(doc.selectedIn()).toBe(note);
    expect(note?.textOf(note.selectionRange())).toBe("XX");
  });

  it("selects the whole header paragraph (the fallback when Find sees the text differently)", async () => {
    const { gateway, doc, texts, snapshot } = await checked();
    expect(await gateway.selectParagraph(2, texts[2], snapshot.paragraphs[2].part)).toBe("ok");
    const header = doc.parts?.headerFooter("header", 0, "Primary");
    expect(header?.textOf(header.selectionRange())).toBe(texts[2]);
  });

  it("reports a header edited since the check as changed, and leaves the selection alone", async () => {
    const { gateway, doc, at } = await checked();
    doc.parts?.headerFooter("header", 0, "Primary").setParagraphText(0, "市委办公室（第3稿）");
    expect(await gateway.selectSpan(at(2, "XX"))).toBe("changed");
    expect(doc.selectedIn()).toBe(doc);
  });

  it("refuses fixes and comments outside the main text as missing, touching nothing", async () => {
    const { gateway, doc, texts, at } = await checked();
    const header = doc.parts?.headerFooter("header", 0, "Primary");
    const fix = await gateway.replaceSpans([
      { target: at(2, "XX"), text: "3" },
      { target: target(texts, 1, "各项"), text: "各方面" },
    ]);
    expect(fix).toEqual({ applied: [1], skipped: [{ index: 0, status: "missing" }] });
    expect(header?.texts()).toEqual(["市委办公室（第XX稿）"]);
    expect(doc.texts()[1]).toBe("今年以来，我们扎实推进各方面工作。");
    const comments = await gateway.addComments([{ target: at(3, "XX"), text: "请填写" }]);
    expect(comments).toEqual({ applied: [], skipped: [{ index: 0, status: "missing" }], ids: {} });
    expect(doc.comments()).toEqual([]);
  });

  it("a main-text paragraph added after the read is main text, not taken for a header's (the part map is not guessed from indices)", async () => {
    const { gateway, doc } = await checked();
    // The document grows by two paragraphs (the writer pressed Enter): index 2, a header's in the last snapshot, is
    // now main text. The pane reads again before a fix; a caller that does not must still not be refused.
    const body = doc.texts();
    doc.setParagraphs([...body.slice(0, 2), "新增一段XX。", "再增一段。", ...body.slice(2)]);
    const grown = doc.texts();
    const fix = await gateway.replaceSpans([{ target: target(grown, 2, "XX"), text: "3" }]);
    expect(fix).toEqual({ applied: [0], skipped: [] });
    expect(doc.texts()[2]).toBe("新增一段3。");
  });
});

describe("the simulated host keeps stories apart, as Word does", () => {
  it("a cursor in a header: the insertion context still reads the main text, and knows no cursor paragraph", async () => {
    const { gateway, doc } = setup(BODY, { parts: { sections: [{ headers: { Primary: [HEADER] } }] } });
    doc.parts?.headerFooter("header", 0, "Primary").selectRange({ start: { para: 0, offset: 2 }, end: { para: 0, offset: 2 } });
    const context = await gateway.readInsertionContext();
    expect(context.cursorParagraphIndex).toBe(-1);
    expect(context.cursorAt).toBe("unknown");
    expect(context.snapshot.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  it("compares ranges of two stories as Unrelated, refuses to join them and to comment in a header", async () => {
    const { sim } = setup(BODY, { parts: { sections: [{ headers: { Primary: [HEADER] } }] } });
    const relation = await sim.host.run(async (context) => {
      const header = context.document.sections.getFirst().getHeader("Primary");
      const r = header.getRange("Whole").compareLocationWith(context.document.body.getRange("Whole"));
      await context.sync();
      return r.value;
    });
    expect(relation).toBe("Unrelated");
    await expect(
      sim.host.run(async (context) => {
        const header = context.document.sections.getFirst().getHeader("Primary");
        header.getRange("Start").expandTo(context.document.body.getRange("End"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      sim.host.run(async (context) => {
        context.document.sections.getFirst().getHeader("Primary").getRange("Whole").insertComment("批注");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("refuses notes below WordApi 1.5 at sync, and a section past the last", async () => {
    const { sim } = setup(BODY, { apiVersion: "1.4", parts: { footnotes: [["注"]] } });
    await expect(
      sim.host.run(async (context) => {
        context.document.body.footnotes.load("items/type");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      sim.host.run(async (context) => {
        context.document.sections.getFirst().getNext().getHeader("Primary").load("text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
