/**
 * What the own-library editors say before saving (issue 14): the slips the house rules catch in the built-in
 * content (lint.ts, the same patterns), limited to those a writer's own entry should not keep: half-width
 * punctuation, placeholders other than the library's XX (*** or ×× left by mistake, which the check would then flag
 * in every document the entry goes into), and lines joined or broken by a paste. Warnings, not refusals: the writer
 * may save anyway.
 */
import { FOREIGN_PLACEHOLDERS, HALF_WIDTH_PUNCTUATION } from "./lint";
import type { ContentBlock } from "./types";

/** Full-width forms of the half-width marks, to say what to write instead. */
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）", '"': "“”", "'": "‘’", "[": "【", "]": "】", "<": "《", ">": "》" };

function halfWidthMarks(text: string): string[] {
  const marks = new Set<string>();
  for (const char of text) if (HALF_WIDTH_PUNCTUATION.test(char)) marks.add(char);
  return [...marks];
}

/** Problems of one paragraph of own text, each a sentence; `where` names the paragraph (第2段) when there are several. */
export function textWarnings(text: string, where = ""): string[] {
  const warnings: string[] = [];
  const marks = halfWidthMarks(text);
  if (marks.length > 0) {
    const pairs = marks.map((m) => `“${m}”应为“${FULL_WIDTH[m] ?? m}”`).join("，");
    warnings.push(`${where}有半角标点：${pairs}。`);
  }
  for (const { pattern, name } of FOREIGN_PLACEHOLDERS) {
    if (pattern.test(text)) warnings.push(`${where}含有${name}，像是没填的占位符：待填处请统一写作“XX”，插入后“检查”能找到它。`);
  }
  return warnings;
}

/** A phrase: its text, and the seams where a paste's lines were joined ("前文｜后文"). */
export function phraseWarnings(text: string, seams: readonly string[] = []): string[] {
  const warnings = textWarnings(text);
  for (const seam of seams) {
    if (text.includes(seam.replace("｜", ""))) warnings.push(`粘贴时合并了换行，衔接处“${seam}”没有标点，请确认。`);
  }
  return warnings;
}

/** Sentence ends: a body paragraph ending otherwise was probably broken by a paste (or left unfinished). */
const SENTENCE_END = /[。！？：；…”）》]$/;

/** A section template's blocks: each paragraph's text, and body paragraphs that stop mid-sentence. */
export function blocksWarnings(blocks: readonly ContentBlock[]): string[] {
  const warnings: string[] = [];
  blocks.forEach((block, i) => {
    const where = blocks.length > 1 ? `第${i + 1}段` : "";
    warnings.push(...textWarnings(block.text, where));
    if (block.role === "body" && !SENTENCE_END.test(block.text)) {
      warnings.push(`${where}没有以句号等标点结尾，可能是粘贴时断开的一行：如与下一段是同一段，请把两行合并。`);
    }
  });
  return warnings;
}

/**
 * Where a paste's lines will be joined, as "前文｜后文" (up to 8 characters each side), for the seams that have no
 * punctuation on either side: those are the ones that read as one run-on sentence.
 */
export function pasteSeams(text: string): string[] {
  const seams: string[] = [];
  const parts = text.split(/[ \t\u3000]*[\r\n\u2028\u2029]+[ \t\u3000]*/);
  for (let i = 0; i + 1 < parts.length; i++) {
    const before = parts[i];
    const after = parts[i + 1];
    if (before === "" || after === "") continue;
    if (/[，。；：！？、,.;:!?]$/.test(before) || /^[，。；：！？、]/.test(after)) continue;
    seams.push(`${before.slice(-8)}｜${after.slice(0, 8)}`);
  }
  return seams;
}
