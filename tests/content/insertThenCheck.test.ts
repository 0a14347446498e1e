/**
 * Insert, then check: every built-in template, numbered by planInsertion as the 模板 tab does, must leave the
 * checker quiet about numbering and enumerations, and flag exactly the template's XX spots (each is one finding:
 * a maximal run of X, with XXXX年XX月XX日 reported as one, as src/core/patterns/placeholders.ts says).
 * Structure hints are not asserted: a lone section module is not a whole report.
 * Then every skeleton goes through the Word layer into the simulated host: one round trip, GB/T 9704 formatting.
 * Issue 12: no template leaves a 标点 finding, and a phrase inserted next to punctuation adapts to it.
 */
import { builtInContent } from "../../src/content";
import type { ContentBlock } from "../../src/core/content";
import { checkDocument } from "../../src/core/engine";
import type { DocSnapshot } from "../../src/core/model";
import { levelChoice, planInsertion } from "../../src/core/insert/planInsertion";
import { createSimulatedWord } from "../../src/playground/fakeWord";
import { createWordGateway } from "../../src/word/officeGateway";
import { phraseAtCursor } from "../../src/taskpane/phrases/phraseAtCursor";

const { skeletons, sections } = builtInContent();

/** Counted independently of the checker: the date form first, then each maximal run of X. */
function expectedPlaceholders(blocks: readonly ContentBlock[]): number {
  return blocks.reduce((sum, b) => sum + (b.text.match(/X{4}年X{2}月X{2}日|X+/g)?.length ?? 0), 0);
}

function snapshotOf(texts: readonly string[]): DocSnapshot {
  return { paragraphs: texts.map((text) => ({ text, tableNestingLevel: 0 })) };
}

function findingsBy(snapshot: DocSnapshot) {
  const findings = checkDocument(snapshot);
  const of = (category: string) => findings.filter((f) => f.category === category);
  return { numbering: of("numbering"), enumeration: of("enumeration"), placeholder: of("placeholder") };
}

/** A small document of our own, no placeholders, cursor at the end of its 三、 section. */
const HOST_DOC = [
  "市委办公室2025年工作总结",
  "今年以来，我们认真履行职责，各项工作稳步推进。现将有关情况总结如下：",
  "一、抓好理论学习",
  "全年组织集中学习12次。",
  "二、推进重点工作",
  "完成重点任务8项。",
  "三、加强队伍建设",
  "开展业务培训3期。",
];
const CURSOR = HOST_DOC.length - 1;

describe("insert then check: skeletons (numbered from 一、)", () => {
  it.each(skeletons.map((s) => [s.id, s] as const))("%s", (_id, skeleton) => {
    const plan = planInsertion(snapshotOf([""]), 0, skeleton.blocks, true);
    const found = findingsBy(snapshotOf(plan.blocks.map((b) => b.text)));
    expect(found.numbering).toEqual([]);
    expect(found.enumeration).toEqual([]);
    expect(found.placeholder.map((f) => f.excerpt)).toHaveLength(expectedPlaceholders(skeleton.blocks));
    expect(found.placeholder.every((f) => f.ruleId === "placeholder" && /^X/.test(f.excerpt))).toBe(true);
    expect(plan.firstMarker).toBe("一、");
  });
});

describe("insert then check: section modules after an existing 三、", () => {
  it("the host document is clean on its own", () => {
    const found = findingsBy(snapshotOf(HOST_DOC));
    expect([...found.numbering, ...found.enumeration, ...found.placeholder]).toEqual([]);
  });

  it.each(sections.map((s) => [s.id, s] as const))("%s comes in as 四、", (_id, section) => {
    const plan = planInsertion(snapshotOf(HOST_DOC), CURSOR, section.blocks, false);
    expect(plan.firstMarker).toBe("四、");
    const texts = [...HOST_DOC.slice(0, CURSOR + 1), ...plan.blocks.map((b) => b.text), ...HOST_DOC.slice(CURSOR + 1)];
    const found = findingsBy(snapshotOf(texts));
    expect(found.numbering).toEqual([]);
    expect(found.enumeration).toEqual([]);
    expect(found.placeholder).toHaveLength(expectedPlaceholders(section.blocks));
    const firstInserted = CURSOR + 1;
    expect(found.placeholder.every((f) => f.paragraphIndex >= firstInserted && f.paragraphIndex < firstInserted + plan.blocks.length)).toBe(true);
  });
});

describe("every skeleton into the simulated Word", () => {
  it.each(skeletons.map((s) => [s.id, s] as const))("%s: one round trip, GB/T 9704 formatting", async (_id, skeleton) => {
    const sim = createSimulatedWord({ paragraphs: [""] });
    const gateway = createWordGateway(sim.host);
    const context = await gateway.readInsertionContext();
    const plan = planInsertion(context.snapshot, context.cursorParagraphIndex, skeleton.blocks, true);
    const before = sim.syncCount();
    await gateway.insertBlocks(plan.blocks, { plain: false });
    expect(sim.syncCount() - before).toBe(1);

    const paragraphs = sim.doc.paragraphs();
    expect(paragraphs.map((p) => p.text)).toEqual(plan.blocks.map((b) => b.text));
    paragraphs.forEach((p, i) => {
      const role = plan.blocks[i].role;
      const common = { fontAscii: "Times New Roman", fontHAnsi: "Times New Roman" };
      switch (role) {
        case "title":
          expect(p.format).toMatchObject({ ...common, alignment: "center", fontEastAsia: "方正小标宋简体", sizeHalfPoints: 44 });
          break;
        case "heading1":
          expect(p.format).toMatchObject({ ...common, fontEastAsia: "黑体", sizeHalfPoints: 32, firstLineChars: 200 });
          break;
        case "heading2":
          expect(p.format).toMatchObject({ ...common, fontEastAsia: "楷体_GB2312", sizeHalfPoints: 32, firstLineChars: 200 });
          break;
        case "body":
        case "heading3":
        case "heading4":
          expect(p.format).toMatchObject({ ...common, fontEastAsia: "仿宋_GB2312", sizeHalfPoints: 32, firstLineChars: 200 });
          break;
        case "recipient":
          // 主送机关 (GB/T 9704—2012 7.3.2): 3号仿宋, flush left, explicitly no first-line indent.
          expect(p.format).toMatchObject({ ...common, fontEastAsia: "仿宋_GB2312", sizeHalfPoints: 32, alignment: "left", firstLineChars: 0 });
          break;
        case "signature":
        case "date":
          expect(p.format).toMatchObject({ ...common, fontEastAsia: "仿宋_GB2312", sizeHalfPoints: 32, alignment: "right" });
          break;
      }
    });
  });
});

describe("insert then check: phrases", () => {
  // Every spot a phrase leaves to fill must be one the check reports, or a writer could submit it unfilled.
  it.each(builtInContent().phrases.filter((p) => /X/.test(p.text)).map((p) => [p.id, p] as const))("%s: every XX is found", (_id, phrase) => {
    const found = findingsBy(snapshotOf(["正文。", phrase.text]));
    expect(found.placeholder).toHaveLength(expectedPlaceholders([{ role: "body", text: phrase.text }]));
    expect(found.placeholder.every((f) => f.paragraphIndex === 1)).toBe(true);
  });
});

/** Issue 12: what the 标点 check reports on a snapshot, as [rule, excerpt]. */
function punctuationOf(snapshot: DocSnapshot): string[][] {
  return checkDocument(snapshot)
    .filter((f) => f.category === "punctuation")
    .map((f) => [f.ruleId, f.excerpt]);
}

describe("insert then check: no 标点 finding from the built-in content (issue 12)", () => {
  it.each(skeletons.map((s) => [s.id, s] as const))("skeleton %s", (_id, skeleton) => {
    const plan = planInsertion(snapshotOf([""]), 0, skeleton.blocks, true);
    expect(punctuationOf(snapshotOf(plan.blocks.map((b) => b.text)))).toEqual([]);
  });
  it.each(sections.map((s) => [s.id, s] as const))("section %s after 三、", (_id, section) => {
    const plan = planInsertion(snapshotOf(HOST_DOC), CURSOR, section.blocks);
    expect(punctuationOf(snapshotOf([...HOST_DOC, ...plan.blocks.map((b) => b.text)]))).toEqual([]);
  });
});

/**
 * Issue 12: a phrase inserted next to existing punctuation adapts. Through the simulated Word and the gateway the
 * pane uses: the cursor where a writer puts it, the phrase inserted as the 常用语 tab does (phraseAtCursor, then
 * insertText), the document read back and checked. The same insertion without adapting is the slip the check reports.
 */
describe("insert then check: a phrase next to punctuation (issue 12)", () => {
  async function insertAndCheck(paragraph: string, cursor: number, phrase: string, adapt = true) {
    const sim = createSimulatedWord({ paragraphs: [paragraph] });
    const gateway = createWordGateway(sim.host);
    sim.doc.setSelection(0, cursor);
    const before = sim.syncCount();
    await gateway.insertText(adapt ? await phraseAtCursor(gateway, phrase) : phrase);
    const syncs = sim.syncCount() - before;
    return { text: sim.doc.texts()[0], found: punctuationOf(await gateway.readSnapshot()), syncs };
  }

  it("a phrase ending in 。 before an existing 。: no 成效。。, in 2 round trips", async () => {
    const sentence = "工作取得明显成效。";
    const done = await insertAndCheck(sentence, sentence.length - 1, "务求实效。");
    expect(done.text).toBe("工作取得明显成效务求实效。");
    expect(done.found).toEqual([]);
    expect(done.syncs).toBe(2);
  });

  it("a sentence inserted after ， before more text becomes a clause: no 。 in mid-sentence, no run-on", async () => {
    const sentence = "狠抓落实，明确责任分工。";
    const done = await insertAndCheck(sentence, "狠抓落实，".length, "务求实效。");
    expect(done.text).toBe("狠抓落实，务求实效，明确责任分工。");
    expect(done.found).toEqual([]);
  });

  it("without adapting, the same insertion is the slip the check reports", async () => {
    const sentence = "工作取得明显成效。";
    const done = await insertAndCheck(sentence, sentence.length - 1, "务求实效。", false);
    expect(done.text).toBe("工作取得明显成效务求实效。。");
    expect(done.found).toEqual([["punctuation-repeated", "。。"]]);
  });
});

describe("insert then check: section modules at the sub-item level, after （四）", () => {
  const NESTED_DOC = [
    "办公室2025年工作总结",
    "今年以来，我们认真履行职责，各项工作稳步推进。现将有关情况总结如下：",
    "一、主要工作及成效",
    "（一）抓好理论学习",
    "全年组织集中学习12次。",
    "（二）推进重点工作",
    "完成重点任务8项。",
    "（三）深化改革创新",
    "推出创新举措5项。",
    "（四）加强队伍建设",
    "开展业务培训3期。",
    "二、存在的问题和不足",
    "调查研究还不够深入。",
  ];
  const cursor = NESTED_DOC.indexOf("开展业务培训3期。");

  it.each(sections.map((s) => [s.id, s] as const))("%s comes in as （五）, its own sub-headings as 1. 2., and the check stays quiet", (_id, section) => {
    const snapshot = snapshotOf(NESTED_DOC);
    const choice = levelChoice(snapshot, cursor);
    expect(choice.fitting).toBe(2);
    const plan = planInsertion(snapshot, cursor, section.blocks, false, choice.fitting);
    expect(plan.firstMarker).toBe("（五）");
    expect(plan.followingNeedRenumbering).toBe(false);
    const texts = [...NESTED_DOC.slice(0, cursor + 1), ...plan.blocks.map((b) => b.text), ...NESTED_DOC.slice(cursor + 1)];
    const found = findingsBy(snapshotOf(texts));
    expect(found.numbering).toEqual([]);
    expect(found.enumeration).toEqual([]);
    expect(found.placeholder).toHaveLength(expectedPlaceholders(section.blocks));
  });
});
