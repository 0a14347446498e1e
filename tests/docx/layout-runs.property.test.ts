/**
 * Property: whatever inline structure a paragraph has (fields spanning runs and paragraphs, hyperlinks, content
 * controls, smart tags, tracked changes, hidden runs, tabs and breaks, deleted paragraph marks), its layout runs tile
 * its text exactly, adjacent runs differ, and every character carries the size of the w:r it came from. Each generated
 * run's characters encode its size (U+4E00 + half-points), so the check needs no model of which text is shown.
 */
import { readDocx } from "../../src/docx";
import { createRandom, type Random } from "../support/random";
import { buildDocx } from "./build-docx";

const BASE = 0x4e00;

function sizedRun(random: Random): string {
  const halfPoints = random.int(16, 60);
  const text = String.fromCharCode(BASE + halfPoints).repeat(random.int(1, 3));
  const control = random.pick(["", "", "<w:tab/>", "<w:br/>", '<w:sym w:font="Wingdings" w:char="F0FC"/>']);
  const hidden = random.chance(0.1) ? "<w:vanish/>" : "";
  return `<w:r><w:rPr><w:sz w:val="${halfPoints}"/>${hidden}</w:rPr><w:t>${text}</w:t>${control}</w:r>`;
}

function inline(random: Random, depth: number): string {
  let out = "";
  for (let i = random.int(1, 4); i > 0; i--) {
    const kind = depth > 2 ? 0 : random.int(0, 8);
    if (kind <= 2) out += sizedRun(random);
    else if (kind === 3) out += `<w:hyperlink r:id="rId9">${inline(random, depth + 1)}</w:hyperlink>`;
    else if (kind === 4) out += `<w:sdt><w:sdtPr/><w:sdtContent>${inline(random, depth + 1)}</w:sdtContent></w:sdt>`;
    else if (kind === 5) out += `<w:smartTag w:uri="u" w:element="e">${inline(random, depth + 1)}</w:smartTag>`;
    else if (kind === 6) out += `<w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${sizedRun(random)}</w:ins>`;
    else if (kind === 7) out += `<w:fldSimple w:instr=" PAGE ">${sizedRun(random)}</w:fldSimple>`;
    else {
      // A complex field, sometimes left open to end in a later paragraph.
      out += '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>';
      out += random.chance(0.7) ? `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${sizedRun(random)}<w:r><w:fldChar w:fldCharType="end"/></w:r>` : "";
    }
  }
  return out;
}

function body(random: Random): string {
  let out = "";
  for (let i = random.int(1, 6); i > 0; i--) {
    const deletedMark = random.chance(0.15) ? '<w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>' : "";
    const paragraph = `<w:p>${deletedMark}${inline(random, 0)}</w:p>`;
    out += random.chance(0.2) ? `<w:tbl><w:tr><w:tc>${paragraph}</w:tc></w:tr></w:tbl>` : paragraph;
  }
  return out;
}

describe("layout runs against the text, on generated paragraphs", () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))("seed %i: runs tile the text and keep each run's size", (seed) => {
    const snapshot = readDocx(buildDocx({ body: body(createRandom(seed)) }));
    for (const paragraph of snapshot.paragraphs) {
      const runs = paragraph.layout?.runs ?? [];
      let at = 0;
      runs.forEach((run, i) => {
        expect(run.range[0]).toBe(at);
        expect(run.range[1]).toBeGreaterThan(at);
        at = run.range[1];
        if (i > 0) expect(run.sizePt === runs[i - 1].sizePt && run.bold === runs[i - 1].bold).toBe(false);
        for (const ch of paragraph.text.slice(run.range[0], run.range[1])) {
          if (ch.charCodeAt(0) >= BASE) expect([ch, (run.sizePt ?? 0) * 2]).toEqual([ch, ch.charCodeAt(0) - BASE]);
        }
      });
      expect(at).toBe(paragraph.text.length);
    }
  });
});
