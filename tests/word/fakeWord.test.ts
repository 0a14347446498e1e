import { createSimulatedWord } from "../../src/playground/fakeWord/host";

describe("simulated Word document", () => {
  it("notifies subscribers and exposes paragraphs, selection and comments", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲乙丙"] });
    const seen: number[] = [];
    const off = sim.doc.subscribe(() => seen.push(sim.doc.changeCount));
    sim.doc.setSelection(0, 1, 2);
    sim.doc.setText("一\n二");
    off();
    sim.doc.setParagraphText(0, "x");
    expect(seen).toHaveLength(2);
    expect(sim.doc.texts()).toEqual(["x", "二"]);
    expect(sim.doc.selection()).toEqual({ paragraphIndex: 0, start: 0, endParagraphIndex: 0, end: 0 });
  });

  it("keeps ranges found in one round trip pointing at the same text after edits in the next", async () => {
    const sim = createSimulatedWord({ paragraphs: ["ab-cd-ef"] });
    await sim.host.run(async (context) => {
      const found = context.document.body.search("-", { matchCase: true });
      const cd = context.document.body.search("cd", { matchCase: true });
      found.load("items/text");
      cd.load("items/text");
      await context.sync();
      found.items[0].insertText("==", "Replace");
      found.items[1].insertText("", "Replace");
      cd.items[0].insertText("CD", "Start");
      const all = cd.items[0];
      all.load("text");
      await context.sync();
      expect(all.text).toBe("CDcd");
    });
    expect(sim.doc.texts()).toEqual(["ab==CDcdef"]);
  });

  it("enforces insert locations per object, failing at sync like Word", async () => {
    const sim = createSimulatedWord({ paragraphs: ["段落"] });
    await expect(
      sim.host.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        // Paragraph.insertText accepts Replace/Start/End only; the cast plays a caller ignoring the types.
        paragraphs.items[0].insertText("x", "After" as "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.doc.texts()).toEqual(["段落"]);
  });

  it("listItemOrNullObject is a null object on paragraphs without numbering", async () => {
    const sim = createSimulatedWord({ paragraphs: [{ text: "标题", listString: "一、", listLevel: 0 }, "正文"] });
    const result = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/listItemOrNullObject/listString");
      await context.sync();
      return paragraphs.items.map((p) => (p.listItemOrNullObject.isNullObject ? null : p.listItemOrNullObject.listString));
    });
    expect(result).toEqual(["一、", null]);
  });

  it("fault injection: nth sync after k ops leaves the first k applied (no rollback, like Word)", async () => {
    const sim = createSimulatedWord({ paragraphs: ["a"] });
    sim.failOn({ sync: 1, afterOps: 1, code: "GeneralException" });
    await expect(
      sim.host.run(async (context) => {
        context.document.body.insertText("1", "End");
        context.document.body.insertText("2", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.doc.texts()).toEqual(["a1"]);
    expect(sim.opCount("insertText")).toBe(2); // attempted: the one that failed counts too
  });

  it("beforeSync lets a test play a writer editing between round trips", async () => {
    const sim = createSimulatedWord({ paragraphs: ["原文"] });
    const stop = sim.beforeSync((n) => n === 2 && sim.doc.setParagraphText(0, "改文"));
    const texts = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const first = paragraphs.items[0].text;
      paragraphs.load("items/text");
      await context.sync();
      return [first, paragraphs.items[0].text];
    });
    stop();
    expect(texts).toEqual(["原文", "改文"]);
  });

  it("answers one batch at a time: an edit sent while a long read is being answered waits for it, as in Word", async () => {
    // Long enough that the read is answered in several slices, with the page's turns between them.
    const count = 40_000;
    const sim = createSimulatedWord({ paragraphs: Array.from({ length: count }, (_, i) => `第${i}段`) });
    const read = sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    const edit = sim.host.run(async (context) => {
      context.document.body.paragraphs.getLast().insertText("改", "Replace");
      await context.sync();
    });
    const [texts] = await Promise.all([read, edit]);
    expect(texts).toHaveLength(count);
    expect(texts[count - 1]).toBe(`第${count - 1}段`);
    expect(sim.doc.paragraph(count - 1).text).toBe("改");
  });

  it("a sync is answered in a later task, never within the caller's microtasks", async () => {
    const sim = createSimulatedWord({ paragraphs: ["段落"] });
    await sim.host.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      let answered = false;
      const sync = context.sync().then(() => (answered = true));
      for (let i = 0; i < 100; i++) await Promise.resolve();
      expect(answered).toBe(false);
      await sync;
      expect(answered).toBe(true);
    });
  });

  it("insertComment needs WordApi 1.4", async () => {
    const sim = createSimulatedWord({ apiVersion: "1.3", paragraphs: ["甲"] });
    expect(sim.host.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(sim.host.isSetSupported("WordApi", "1.4")).toBe(false);
    await expect(
      sim.host.run(async (context) => {
        context.document.body.getRange("Whole").insertComment("x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("a writer retyping a paragraph collapses tracked ranges; insertText into one inserts at that point; deleting what it returned removes exactly that", async () => {
    const sim = createSimulatedWord({ paragraphs: ["（一）、抓好理论学习"] });
    const texts = await sim.host.run(async (context) => {
      const found = context.document.body.search("（一）、", { matchCase: true });
      found.load("items/text");
      await context.sync();
      sim.doc.setParagraphText(0, "（一）抓好理论学习（作者刚改过）"); // between round trips
      const range = found.items[0];
      range.load("text");
      const inserted = range.insertText("（一）", "Replace");
      inserted.load("text");
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.load("text");
      await context.sync();
      const seen = [range.text, inserted.text, paragraph.text];
      inserted.delete();
      paragraph.load("text");
      await context.sync();
      return [...seen, paragraph.text];
    });
    expect(texts).toEqual(["", "（一）", "（一）（一）抓好理论学习（作者刚改过）", "（一）抓好理论学习（作者刚改过）"]);
  });

  it("a load queued before a write reads the text as it was, one queued after reads it as it is", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲乙"] });
    const texts = await sim.host.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      const before = paragraph.getRange("Content");
      before.load("text");
      paragraph.insertText("丙", "End");
      paragraph.load("text");
      await context.sync();
      return [before.text, paragraph.text];
    });
    expect(texts).toEqual(["甲乙", "甲乙丙"]);
  });

  it("a paragraph's Whole range holds its paragraph mark (text ends with \\r), Content and paragraph.text do not", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲乙", "丙"] });
    const texts = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const ranges = paragraphs.items.flatMap((p) => (["Whole", "Content", "Start", "End", "After"] as const).map((loc) => p.getRange(loc)));
      for (const r of ranges) r.load("text");
      const inWhole = paragraphs.items[0].getRange("Whole").search("\r", { matchCase: true });
      inWhole.load("items/text");
      await context.sync();
      return { text: paragraphs.items.map((p) => p.text), ranges: ranges.map((r) => r.text), marksFound: inWhole.items.length };
    });
    expect(texts.text).toEqual(["甲乙", "丙"]);
    // Whole, Content, Start, End, After: the last paragraph's Whole holds the document's final mark too.
    expect(texts.ranges).toEqual(["甲乙\r", "甲乙", "", "", "", "丙\r", "丙", "", "", ""]);
    expect(texts.marksFound).toBe(0); // a paragraph mark is not matched by a literal search
  });

  it("After of a paragraph is the next paragraph's start; deleting a Whole range merges it into the next one, never past the final mark", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲", "乙", "丙"] });
    await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[0].getRange("After").insertText("前", "Replace");
      paragraphs.items[2].getRange("Whole").delete();
      await context.sync();
    });
    expect(sim.doc.texts()).toEqual(["甲", "前乙", ""]);
  });

  it("Comment.getRange follows the comment and Comment.delete removes it (WordApi 1.4)", async () => {
    const sim = createSimulatedWord({ paragraphs: ["甲乙丙"] });
    const seen = await sim.host.run(async (context) => {
      const found = context.document.body.search("乙", { matchCase: true });
      found.load("items/text");
      await context.sync();
      const comment = found.items[0].insertComment("批注");
      const on = comment.getRange();
      on.load("text");
      await context.sync();
      const text = on.text;
      const count = sim.doc.comments().length;
      comment.delete();
      await context.sync();
      return [text, count];
    });
    expect(seen).toEqual(["乙", 1]);
    expect(sim.doc.comments()).toEqual([]);
  });
});
