/**
 * enumeration-form — how an inline enumeration marker is written: no stray space inside it (三 是, 第 二，: paste
 * slips), one style per sequence (not 一是……第二，, not 首先……其次……第三), and a comma after 第N (GB/T 15834—2011
 * 4.4.3: 逗号用于"第一""首先"等序次语之后; 第一、 is a hint). Stray spaces are plain slips (error); a mix of styles
 * is a slip too, but a choice of wording the writer makes, so a warning (review 2026-11-22).
 */
import type { Finding } from "../finding";
import { enumerationSteps } from "../analysis/enumerations";
import { BASIS, msg, ruleText } from "../messages";
import { ACCEPTED_ORDINAL_MARKS } from "../patterns/enumeration";
import { enumerationFix, expectedEnumerationMarker } from "./enumerationText";
import { makeFinding } from "./report";
import { inItemSlices } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "enumeration-form",
  category: "enumeration",
  ...ruleText.enumerationForm,
  defaultSeverity: "error",
  fixable: true,
  basis: BASIS.practice,
};

export const enumerationForm: Rule = steppedRule(meta, function* (doc, options) {
  const findings: Finding[] = [];
  // A marker that also breaks its sequence is reported once, by enumeration-sequence, whose fix writes it right.
  const sequenceReports = options.rules["enumeration-sequence"] !== false;
  const items = yield* enumerationSteps(doc);
  // In slices of items: in a cold page at 4× this loop took 60–130 ms over 800 pages in one task. Index loops:
  // for-of makes an iterator result per item in a cold page (thousands in a long report).
  yield* inItemSlices(items.length, (from, to) => {
    for (let k = from; k < to; k++) {
      const item = items[k];
      const marker = item.marker;
      if (sequenceReports && (item.event === "break" || item.event === "wrongStart")) continue;
      const suspect = item.event === "mixedOrdinal" || item.event === "mixedFamily" || marker.hasStraySpace || (marker.family === "di" && marker.mark !== "，");
      if (!suspect) continue;
      const base = { paragraphIndex: marker.paragraphIndex, range: [marker.start, marker.end] as const };
      const expected = expectedEnumerationMarker(item);
      const text = doc.paragraphs[marker.paragraphIndex].text;
      if (item.event === "mixedOrdinal") {
        const message =
          marker.family !== "word" ? msg.enumerationMixedOrdinal(marker.raw, item.suggestion!) : msg.enumerationMixedOrdinalReverse(marker.raw, item.suggestion!);
        findings.push(makeFinding(meta, doc, { ...base, severity: "warning", message, suggestions: [item.suggestion!] }));
      } else if (item.event === "mixedFamily") {
        const message = msg.enumerationMixedFamily(expected!, marker.raw);
        findings.push(makeFinding(meta, doc, { ...base, severity: "warning", message, fix: enumerationFix(item, text) }));
      } else if (marker.hasStraySpace && expected !== undefined) {
        findings.push(makeFinding(meta, doc, { ...base, message: msg.enumerationStraySpace(marker.raw, expected), fix: enumerationFix(item, text) }));
      } else if (marker.family === "di" && marker.mark && !ACCEPTED_ORDINAL_MARKS.includes(marker.mark) && expected !== undefined) {
        findings.push(
          makeFinding(meta, doc, {
            ...base,
            severity: "info",
            basis: BASIS.gbt15834,
            message: msg.enumerationOrdinalMark(marker.raw, expected),
            fix: enumerationFix(item, text),
          }),
        );
      }
    }
  });
  return findings;
});
