/**
 * Opening a .docx in the playground carries its layout into the simulated Word: for each golden layout fixture of
 * the .docx reader, what the simulated Word then reports through body.getOoxml() is what the file itself shows.
 */
import { readDocx } from "../../src/docx";
import { readFlatOpcLayout } from "../../src/docx/flatOpc";
import { playgroundDocument } from "../../src/playground/bridge";
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import { buildDocx } from "../docx/build-docx";
import { LAYOUT_FIXTURES } from "../docx/layout-fixtures";

/** The shown run holding the character at `offset`. */
function runAt<T extends { readonly text: string }>(runs: readonly T[], offset: number): T | undefined {
  let start = 0;
  for (const run of runs) {
    if (offset < start + run.text.length) return run;
    start += run.text.length;
  }
  return undefined;
}

describe.each(LAYOUT_FIXTURES.map((fixture) => [fixture.name, fixture] as const))("opening %s", (_name, fixture) => {
  it("shows and reports the file's fonts, sizes, indents, spacing and page", async () => {
    const snapshot = readDocx(buildDocx(fixture.parts));
    const sim = createSimulatedWord({ paragraphs: [""] });
    const view = playgroundDocument(sim.doc);
    view.replaceAll(snapshot.paragraphs.map((p) => ({ ...p })), snapshot.layout?.page);

    const body = snapshot.paragraphs.filter((p) => p.part === undefined);
    const shown = view.paragraphs();
    expect(shown.map((p) => p.text)).toEqual(body.map((p) => p.text));
    body.forEach((paragraph, i) => {
      for (const run of paragraph.layout?.runs ?? []) {
        const at = runAt(shown[i].runs, run.range[0]);
        if (run.eastAsiaFont !== undefined) expect(at?.eastAsiaFont).toBe(run.eastAsiaFont);
        if (run.sizePt !== undefined) expect(at?.sizePt).toBe(run.sizePt);
      }
    });

    const xml = await sim.host.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return ooxml.value;
    });
    const reported = readFlatOpcLayout(xml);
    expect(reported.paragraphs.map((p) => p.text)).toEqual(body.map((p) => p.text));
    reported.paragraphs.forEach((p, i) => {
      const want = body[i].layout;
      if (!want) return;
      expect(p.layout?.alignment).toBe(want.alignment);
      expect(p.layout?.firstLineIndent).toEqual(want.firstLineIndent);
      expect(p.layout?.lineSpacing).toEqual(want.lineSpacing);
      // Where the file leaves a font unknown (a theme font it does not define), the simulated Word shows its own.
      want.runs.forEach((run, k) => {
        const { range, sizePt, bold, eastAsiaFont } = run;
        expect(p.layout?.runs[k]).toMatchObject({ range, sizePt, bold, ...(eastAsiaFont === undefined ? {} : { eastAsiaFont }) });
      });
    });
    if (snapshot.layout?.page) expect(reported.page).toMatchObject(snapshot.layout.page);
  });
});
