import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import { SNAPSHOT_PATHS } from "../../src/word/snapshot";
import { setup } from "./helpers";

describe("readSnapshot", () => {
  it("reads text, tables and automatic numbering in one round trip, and nothing the check does not read", async () => {
    const { gateway, trips } = setup([
      { text: "关于2024年工作情况的报告", styleBuiltIn: "Title" },
      { text: "工作进展", styleBuiltIn: "Heading1", listString: "一、", listLevel: 0 },
      "今年以来，我们扎实推进各项工作。",
      { text: "单元格内容", tableNestingLevel: 1 },
    ]);
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(1);
    expect(result.paragraphs).toEqual([
      { text: "关于2024年工作情况的报告", tableNestingLevel: 0 },
      { text: "工作进展", tableNestingLevel: 0, listString: "一、" },
      { text: "今年以来，我们扎实推进各项工作。", tableNestingLevel: 0 },
      { text: "单元格内容", tableNestingLevel: 1 },
    ]);
  });

  it("loads only the paragraph properties something reads (smaller payloads; broad loads froze Word for Mac)", () => {
    expect(SNAPSHOT_PATHS.split(",").sort()).toEqual([
      "items/isListItem",
      "items/listItemOrNullObject/listString",
      "items/tableNestingLevel",
      "items/text",
    ]);
  });

  it.each([10, 5000])("takes exactly one round trip for %i paragraphs", async (n) => {
    const { gateway, trips } = setup(Array.from({ length: n }, (_, i) => ({ text: `第${i}段。`, listString: i % 7 === 0 ? `${i}.` : undefined })));
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(1);
    expect(result.paragraphs).toHaveLength(n);
    expect(result.paragraphs[7].listString).toBe("7.");
  });

  it("falls back to one more round trip when the host ignores nested list paths", async () => {
    const { gateway, trips } = setup([{ text: "a", listString: "一、" }, "b"], { nestedCollectionLoads: false });
    const { result, syncs } = await trips(() => gateway.readSnapshot());
    expect(syncs).toBe(2);
    expect(result.paragraphs[0].listString).toBe("一、");
    expect(result.paragraphs[1].listString).toBeUndefined();
  });
});

describe("the simulated host is strict", () => {
  it("throws Office.js's PropertyNotLoaded when reading before load + sync", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲"] });
    await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow("The property 'items' is not available.");
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(/PropertyNotLoaded|not available/);
      await context.sync();
      const first = paragraphs.items[0];
      expect(first.text).toBe("甲");
      expect(() => first.styleBuiltIn).toThrow(
        `The property 'styleBuiltIn' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      expect(() => first.listItemOrNullObject.isNullObject).toThrow(/not available/);
    });
  });

  it("counts the implicit sync Word.run makes for queued work", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲"] });
    await sim.host.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
    });
    expect(sim.syncCount()).toBe(1);
  });

  it("rejects proxies used after their Word.run ended", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲"] });
    const leaked = await sim.host.run(async (context) => context.document.body);
    expect(() => leaked.load("text")).toThrow(/request context/);
  });

  it("refuses search strings over 255 characters and invalid ^ codes at sync", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲".repeat(300)] });
    await expect(
      sim.host.run(async (context) => {
        context.document.body.search("甲".repeat(256), { matchCase: true }).load("items/text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      sim.host.run(async (context) => {
        context.document.body.search("a^b", { matchCase: true }).load("items/text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("finds non-overlapping matches like Word, with ^^ as a literal caret", async () => {
    const sim = createSimulatedWord({ paragraphs: ["aaaa^", "x^y"] });
    const counts = await sim.host.run(async (context) => {
      const aa = context.document.body.search("aa", { matchCase: true });
      const caret = context.document.body.search("^^", { matchCase: true });
      aa.load("items/text");
      caret.load("items/text");
      await context.sync();
      return [aa.items.length, caret.items.length];
    });
    expect(counts).toEqual([2, 2]);
  });
});
