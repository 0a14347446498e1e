/**
 * The .docx reader on a 60 MB document.xml of 1.6 million short paragraphs (varied text, ~8:1 compressed), and the
 * same size as a compression bomb (one repeated paragraph, ~340:1, the case in issue 9), each read in a child Node
 * with a 1 GB heap so the peak RSS is the reader's own.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import { DocxReadError, readDocx } from "../../src/docx";

export interface DocxRead {
  readonly label: string;
  readonly xmlMB: number;
  readonly zipKB: number;
  readonly ms: number;
  readonly peakRssMB: number;
  /** Paragraphs read, or the error code. */
  readonly outcome: string;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(megabytes: number, varied: boolean): Uint8Array {
  let seed = 7;
  const char = () => String.fromCharCode(0x4e00 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 2000));
  const parts: string[] = [];
  for (let length = 0; length < megabytes * 1024 * 1024; ) {
    const paragraph = `<w:p><w:r><w:t>${varied ? char() + char() : "一、"}</w:t></w:r></w:p>`;
    parts.push(paragraph);
    length += paragraph.length + 4; // two CJK characters take 3 bytes each in UTF-8
  }
  return strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${parts.join("")}</w:body></w:document>`);
}

type ChildResult = Pick<DocxRead, "ms" | "peakRssMB" | "outcome">;

/** Runs this module in a fresh Node with --max-old-space-size=1024 to read the file (see the end of the file). */
function readInChild(file: string): ChildResult {
  const out = execFileSync(process.execPath, ["--max-old-space-size=1024", __filename, file], { encoding: "utf8" });
  return JSON.parse(out) as ChildResult;
}

/** The child: reads one file and prints its time, its peak RSS (the process's own, from the kernel) and the outcome. */
function readHere(file: string): ChildResult {
  const bytes = fs.readFileSync(file);
  const t0 = performance.now();
  let outcome: string;
  try {
    outcome = `${readDocx(bytes).paragraphs.length.toLocaleString("en")} paragraphs read`;
  } catch (error) {
    if (!(error instanceof DocxReadError)) throw error;
    outcome = `refused (${error.code})`;
  }
  return { ms: performance.now() - t0, peakRssMB: process.resourceUsage().maxRSS / 1024, outcome };
}

export function benchDocx(): DocxRead[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongwen-docx-"));
  try {
    return [
      { label: "60 MB document.xml, 1.6 M short paragraphs", varied: true },
      { label: "60 MB document.xml, one paragraph repeated (bomb)", varied: false },
    ].map(({ label, varied }) => {
      const xml = documentXml(60, varied);
      const zip = zipSync({ "word/document.xml": xml });
      const file = path.join(dir, `${varied ? "big" : "bomb"}.docx`);
      fs.writeFileSync(file, zip);
      return { label, xmlMB: xml.length / 1024 / 1024, zipKB: zip.length / 1024, ...readInChild(file) };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module && process.argv[2] !== undefined) console.log(JSON.stringify(readHere(process.argv[2])));
