/**
 * Ignoring a finding, keyed on its rule and the text around it (zhlint's prefix / text / suffix), never on offsets:
 * an ignore survives edits elsewhere in the document and even in the same paragraph.
 */
import type { Finding } from "./finding";
import type { DocSnapshot } from "./model";
import { extendToCodePoint, retreatToCodePoint } from "./text/surrogates";

/** Characters of surrounding text that anchor an ignore key on each side. */
export const IGNORE_ANCHOR_CHARS = 6;

/** A stable key for "ignore this finding": rule id, a few characters before, the excerpt, a few after. */
export function ignoreKey(finding: Finding, paragraphText: string): string {
  const [start, end] = finding.range;
  if (finding.onListString) {
    // No excerpt in the text: anchor on the paragraph's opening words instead.
    const opening = paragraphText.slice(0, extendToCodePoint(paragraphText, Math.min(paragraphText.length, IGNORE_ANCHOR_CHARS * 2)));
    return [finding.ruleId, "list", opening, finding.message].join("\u241f");
  }
  // Whole characters only: a key holding a lone surrogate would not survive being stored as UTF-8.
  const prefix = paragraphText.slice(retreatToCodePoint(paragraphText, Math.max(0, start - IGNORE_ANCHOR_CHARS)), start);
  const suffix = paragraphText.slice(end, extendToCodePoint(paragraphText, Math.min(paragraphText.length, end + IGNORE_ANCHOR_CHARS)));
  return [finding.ruleId, prefix, paragraphText.slice(start, end), suffix].join("\u241f");
}

/** The findings whose key is not among `keys`. */
export function filterIgnored(findings: readonly Finding[], snapshot: DocSnapshot, keys: Iterable<string>): Finding[] {
  const ignored = keys instanceof Set ? (keys as ReadonlySet<string>) : new Set(keys);
  if (ignored.size === 0) return [...findings];
  return findings.filter((f) => !ignored.has(ignoreKey(f, snapshot.paragraphs[f.paragraphIndex]?.text ?? "")));
}
