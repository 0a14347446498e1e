/**
 * The resumable XML parser (issue 11): the pane parses Word's OOXML in steps with the browser getting turns in
 * between. Stopping at any markup boundary must give the very tree (and the same onEnd calls, the same errors) as
 * the one-pass parse the CLI's .docx reader runs, and a large input must come in many short steps.
 */
import { ZipArchive } from "../../src/docx/zip";
import { parseXmlSteps, type XmlElement } from "../../src/docx/xml-parse";
import { finish } from "../../src/core/steps";
import { readFlatOpcLayout, readFlatOpcLayoutSteps } from "../../src/docx/flatOpc";
import { DocxReadError } from "../../src/docx/errors";
import { inSlices } from "../../src/host/turns";
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import { buildFlatOpc as simulatedFlatOpc } from "../../src/playground/fakeWord/ooxmlWrite";
import { buildDocx } from "./build-docx";
import { buildFlatOpc } from "./build-flat-opc";
import { LAYOUT_FIXTURES } from "./layout-fixtures";

/** Every XML part of a fixture's .docx, as the reader inflates it. */
function xmlParts(bytes: Uint8Array): [string, string][] {
  const zip = new ZipArchive(bytes);
  return [...zip.entryNames()].filter((name) => /\.(xml|rels)$/.test(name)).map((name) => [name, new TextDecoder().decode(zip.read(name))]);
}

/** The parse with the steps it took, and each element's end as onEnd saw it (tag, parent's tag, depth). */
function parse(xml: string, stepChars: number): { tree: XmlElement; steps: number; ends: string[] } {
  const ends: string[] = [];
  const steps = parseXmlSteps(xml, "part", (el, parent, depth) => {
    ends.push(`${el.tagName}<${parent?.tagName ?? ""}@${depth}`);
    return false;
  }, stepChars);
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { tree: step.value, steps: count, ends };
    count++;
  }
}

function countSteps(steps: Generator<void, unknown, void>): number {
  let count = 0;
  while (!steps.next().done) count++;
  return count;
}

function errorOf(xml: string, stepChars: number): string {
  try {
    parse(xml, stepChars);
  } catch (error) {
    if (error instanceof DocxReadError) return error.message;
    throw error;
  }
  return "no error";
}

describe("the resumable XML parser", () => {
  const parts = LAYOUT_FIXTURES.flatMap((fixture) => xmlParts(buildDocx(fixture.parts)).map(([name, xml]) => [`${fixture.name} ${name}`, xml] as const));

  it.each(parts)("gives the one-pass tree when stopped after every piece of markup: %s", (_name, xml) => {
    const once = parse(xml, Infinity);
    const stepwise = parse(xml, 1);
    expect(once.steps).toBe(0);
    // A stop at every tag, at least.
    expect(stepwise.steps).toBeGreaterThanOrEqual(once.ends.length - 1);
    expect(stepwise.tree).toEqual(once.tree);
    expect(stepwise.ends).toEqual(once.ends);
  });

  it("two parses in turns do not disturb each other", () => {
    const [a, b] = [parts[0][1], parts[parts.length - 1][1]];
    const first = parseXmlSteps(a, "a", undefined, 1);
    const second = parseXmlSteps(b, "b", undefined, 1);
    let x = first.next();
    let y = second.next();
    while (!x.done || !y.done) {
      if (!x.done) x = first.next();
      if (!y.done) y = second.next();
    }
    expect(x.value).toEqual(finish(parseXmlSteps(a, "a")));
    expect(y.value).toEqual(finish(parseXmlSteps(b, "b")));
  });

  it.each([
    ["<a><b></a>", "不匹配"],
    ["<a>&bogus;</a>", "未定义的实体"],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', "DTD"],
    ["<a>\n<b>\n", "没有结束"],
  ])("fails the same way, at the same line, whatever the steps: %s", (xml, problem) => {
    expect(errorOf(xml, 1)).toContain(problem);
    expect(errorOf(xml, 1)).toBe(errorOf(xml, Infinity));
  });

  it("parses a large package in many short steps", () => {
    const sim = createSimulatedWord({ paragraphs: Array.from({ length: 15000 }, (_, i) => `第${i + 1}段，各单位要高度重视，认真组织实施。`) });
    const xml = simulatedFlatOpc(sim.doc, { start: { para: 0, offset: 0 }, end: { para: 14999, offset: 0 } });
    expect(xml.length).toBeGreaterThan(1_000_000);
    const steps = countSteps(parseXmlSteps(xml, "part"));
    // One step per 16 KB of source, about: each a few milliseconds on a slow PC.
    expect(steps).toBeGreaterThanOrEqual(Math.floor(xml.length / (16 * 1024)) - 1);
    expect(steps).toBeLessThanOrEqual(Math.ceil(xml.length / (16 * 1024)) + 1);
  });
});

describe("the flat OPC layout read in slices", () => {
  it.each(LAYOUT_FIXTURES.map((fixture) => [fixture.name, fixture] as const))("reads what the one-pass read does: %s", async (_name, fixture) => {
    const xml = buildFlatOpc({ body: fixture.parts.body, styles: fixture.parts.styles, theme: fixture.parts.theme });
    expect(await inSlices(readFlatOpcLayoutSteps(xml))).toEqual(readFlatOpcLayout(xml));
  });

  it("yields between paragraphs too, and gives the browser turns on a long document", async () => {
    const sim = createSimulatedWord({ paragraphs: Array.from({ length: 3000 }, (_, i) => `第${i + 1}段。`) });
    const xml = simulatedFlatOpc(sim.doc, { start: { para: 0, offset: 0 }, end: { para: 2999, offset: 0 } });
    let steps = 0;
    const counted = readFlatOpcLayoutSteps(xml);
    for (let step = counted.next(); !step.done; step = counted.next()) steps++;
    // Parse steps, then one per 200 paragraphs resolved.
    expect(steps).toBeGreaterThanOrEqual(15);
    const read = await inSlices(readFlatOpcLayoutSteps(xml));
    expect(read.paragraphs).toHaveLength(3000);
    expect(read).toEqual(readFlatOpcLayout(xml));
  });
});
