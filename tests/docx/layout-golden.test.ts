import type { ParagraphLayout, RunLayout } from "../../src/core/layout/types";
import { readDocx } from "../../src/docx";
import { readFlatOpcLayout } from "../../src/docx/flatOpc";
import { buildDocx } from "./build-docx";
import { buildFlatOpc } from "./build-flat-opc";
import { LAYOUT_FIXTURES, type ExpectedParagraph, type LayoutFixture } from "./layout-fixtures";

/** The expected paragraph as the reader's ParagraphLayout: runs tile the text in order. */
function expectedLayout(paragraph: ExpectedParagraph): ParagraphLayout {
  let at = 0;
  const runs = paragraph.runs.map(([text, eastAsiaFont, latinFont, sizePt, bold]): RunLayout => {
    const range: [number, number] = [at, at + text.length];
    at += text.length;
    return { range, eastAsiaFont, latinFont, sizePt, bold };
  });
  expect(at).toBe(paragraph.text.length);
  return { alignment: paragraph.alignment, firstLineIndent: paragraph.indent, lineSpacing: paragraph.spacing, runs };
}

function body(fixture: LayoutFixture) {
  return readDocx(buildDocx(fixture.parts)).paragraphs.filter((paragraph) => paragraph.part === undefined);
}

describe.each(LAYOUT_FIXTURES.map((fixture) => [fixture.name, fixture] as const))("golden layout: %s", (_name, fixture) => {
  it("resolves every body paragraph as Word shows it", () => {
    const paragraphs = body(fixture);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(fixture.paragraphs.map((paragraph) => paragraph.text));
    fixture.paragraphs.forEach((expected, i) => {
      expect({ text: expected.text, layout: paragraphs[i].layout }).toEqual({ text: expected.text, layout: expectedLayout(expected) });
    });
  });

  it("reads the first section's page setup and grid", () => {
    expect(readDocx(buildDocx(fixture.parts)).layout?.page).toEqual(fixture.page);
  });

  it("reads the same from the body's OOXML as Word's getOoxml returns it", () => {
    const flat = readFlatOpcLayout(buildFlatOpc({ body: fixture.parts.body, styles: fixture.parts.styles, theme: fixture.parts.theme }));
    expect(flat.paragraphs).toEqual(body(fixture).map((paragraph) => ({ text: paragraph.text, layout: paragraph.layout })));
    expect(flat.page).toEqual(fixture.page);
  });
});
