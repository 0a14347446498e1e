/** The 检查 session over a document with a 页眉: the placeholder there is found, placed in its part and located. */
import { createSimulatedWord } from "../../../src/playground/fakeWord/host";
import { createWordGateway } from "../../../src/word/officeGateway";
import { runCheck, targetOf } from "../../../src/taskpane/check/session";
import { headingLocator } from "../../../src/taskpane/check/locations";

describe("检查 with headers and footers", () => {
  it("finds a placeholder in the header, says it is there, and selects it in the header", async () => {
    const sim = createSimulatedWord({
      paragraphs: ["关于2025年工作情况的报告", "今年以来，我们扎实推进各项工作。"],
      parts: { sections: [{ headers: { Primary: ["XX市人民政府办公室"] }, footers: { Primary: ["— 1 —"] } }] },
    });
    const word = createWordGateway(sim.host);
    const result = await runCheck(word);
    const inHeader = result.open.filter((finding) => finding.paragraphIndex === 2);
    expect(inHeader.map((finding) => [finding.category, finding.excerpt])).toEqual([["placeholder", "XX"]]);
    expect(headingLocator(result.snapshot)(2)).toEqual({ kind: "part", part: "header" });
    expect(result.snapshot.unchecked).toEqual(["footnote", "endnote", "textBox"]);

    expect(await word.selectSpan(targetOf(result.snapshot, inHeader[0]))).toBe("ok");
    const header = sim.doc.parts?.headerFooter("header", 0, "Primary");
    expect(sim.doc.selectedIn()).toBe(header);
    expect(header?.textOf(header.selectionRange())).toBe("XX");
  });
});
