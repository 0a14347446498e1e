/**
 * Roles on real text (../shared: the seeds, the 18 corpus reports, a few lawtext documents), read line by line when the
 * placing was written: titles, 主送机关 (各位代表：), notes under titles, 署名 and 成文日期. Counts per file pin it down.
 */
import * as fs from "fs";
import * as path from "path";
import { assignRoles } from "../../../src/core/layout/roles";
import { snapshotFromLines } from "../../../src/core/model";
import { CORPUS_DIR, describeWithFolder, readTexts, SEEDS_DIR, SHARED_DIR } from "../sharedTexts";

function counts(text: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const role of assignRoles(snapshotFromLines(text))) found[role] = (found[role] ?? 0) + 1;
  return found;
}

/** Read and judged right; "other" holds notes under titles, speakers, unnumbered part titles and blank lines. */
const REPORTS: Record<string, Record<string, number>> = {
  "001.txt": { title: 1, other: 1, body: 8, heading4: 10 },
  "002.txt": { title: 1, other: 1, body: 37, heading1: 4 },
  "003.txt": { title: 1, other: 3, body: 37, heading2: 10 },
  "004.txt": { title: 1, other: 2, body: 44, heading1: 3, heading2: 13 },
  "005.txt": { other: 1, recipient: 1, body: 55, heading1: 2, heading2: 22 },
  "006.txt": { other: 4, recipient: 1, body: 65, heading2: 10 },
  "007.txt": { title: 1, other: 2, recipient: 1, body: 28, heading1: 3, heading2: 13 },
  "008.txt": { title: 1, other: 5, recipient: 1, body: 47, heading1: 2, heading2: 5 },
  "009.txt": { other: 2, recipient: 1, body: 122, heading1: 3, heading3: 26 },
  "010.txt": { other: 2, recipient: 1, body: 18, heading1: 2, heading2: 15 },
  "011.txt": { other: 5, recipient: 1, body: 62, heading1: 15 },
  "012.txt": { other: 1, recipient: 1, body: 95, heading1: 4, heading2: 22 },
  "013.txt": { title: 1, other: 3, recipient: 1, body: 82, heading1: 6 },
  "014.txt": { heading1: 4, body: 65, heading2: 19 },
  "015.txt": { other: 3, recipient: 1, body: 45, heading1: 4, heading2: 12, heading3: 41 },
  "016.txt": { title: 1, other: 3, recipient: 1, body: 79, heading1: 15, heading2: 6 },
  "017.txt": { other: 5, recipient: 1, body: 71, heading3: 15 },
  "018.txt": { other: 3, recipient: 1, body: 18, heading1: 3, heading2: 11, heading3: 23 },
};

describeWithFolder(CORPUS_DIR, "roles in the corpus reports", () => {
  for (const { name, text } of readTexts(CORPUS_DIR)) {
    it(name, () => expect(counts(text)).toEqual(REPORTS[name]));
  }
});

describeWithFolder(SEEDS_DIR, "roles in the seeds (work summaries without title or 落款: body and headings only)", () => {
  for (const { name, text } of readTexts(SEEDS_DIR)) {
    it(name, () => {
      const found = counts(text);
      expect(Object.keys(found).filter((role) => !/^(body|heading[1-4]|other)$/.test(role))).toEqual([]);
      // Their only "other" lines are blank lines at the end.
      const lines = snapshotFromLines(text).paragraphs;
      assignRoles(snapshotFromLines(text)).forEach((role, k) => {
        if (role === "other") expect(lines[k].text.trim()).toBe("");
      });
    });
  }
});

const LAWTEXT = path.join(SHARED_DIR, "corpus", "lawtext");
describeWithFolder(LAWTEXT, "roles in lawtext documents with a 落款", () => {
  const read = (file: string): string[] => assignRoles(snapshotFromLines(fs.readFileSync(path.join(LAWTEXT, file), "utf8")));
  it("a reply of 中共中央纪委法规室: title, 主送机关, 署名, 日期", () => {
    const placed = read("cpc/规范性文件/中共中央纪委法规室对《关于村委会主任（党员）利用职务之便收受财物行为如何处理的请示》的答复.txt");
    expect(placed.slice(0, 2)).toEqual(["title", "recipient"]);
    expect(placed.slice(-2)).toEqual(["signature", "date"]);
  });
  it("a joint guidance of three departments: three 署名 lines", () => {
    const placed = read("cpc/规范性文件/关于建立机关事业单位防治吃空饷问题长效机制的指导意见.txt");
    expect(placed.filter((r) => r === "signature")).toHaveLength(3);
    expect(placed.filter((r) => r === "date")).toHaveLength(1);
  });
  it("a statistical communiqué whose issuing office and date stand under the title: not a 落款", () => {
    const placed = read("gov/国家统计局年度统计/2015.txt");
    expect(placed.slice(0, 4)).toEqual(["title", "other", "other", "other"]);
    expect(placed).not.toContain("date");
  });
});
