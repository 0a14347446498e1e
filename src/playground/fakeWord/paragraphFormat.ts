/**
 * Paragraph.alignment, firstLineIndent and lineSpacing of the simulated Word (WordApi 1.1): read from the paragraph's
 * effective properties (styles.ts) in Office.js units, and written as direct formatting the way Word does it.
 *
 * Line spacing is the trap: Office.js gives points only, with no rule. An exact 28 pt reads 28, and single spacing
 * reads 12 (Word's UI value × 12), so "multiple 2.33 lines" also reads 28. Setting it does not give an exact spacing:
 * Word stores value / 12 lines ("multiple"), so setting 30 shows 2.5 lines (office-js issues #2296 and #3203), and 0
 * is refused with InvalidArgument (#3787). An exact 28 pt can only be written through OOXML (w:lineRule="exact").
 */
import { FakeOfficeError } from "./errors";
import { runsOf } from "./runs";
import { effectiveParagraph, effectiveRun } from "./styles";
import type { ParagraphFormat, SimParagraph } from "./types";

export const PARAGRAPH_FORMAT_PROPERTIES = ["alignment", "firstLineIndent", "lineSpacing"] as const;
export type ParagraphFormatProperty = (typeof PARAGRAPH_FORMAT_PROPERTIES)[number];

const TO_OFFICE = { left: "Left", center: "Centered", right: "Right", both: "Justified" } as const;
const FROM_OFFICE: Readonly<Record<string, ParagraphFormat["alignment"]>> = { Left: "left", Centered: "center", Right: "right", Justified: "both" };

/** The size a character indent is measured in: the paragraph's first character's (its style's when empty). */
function indentUnitPt(p: SimParagraph): number {
  return effectiveRun(p, runsOf(p)[0]?.format ?? {}).sizeHalfPoints / 2;
}

export function paragraphProperty(p: SimParagraph, name: ParagraphFormatProperty): string | number {
  const e = effectiveParagraph(p);
  switch (name) {
    case "alignment":
      return TO_OFFICE[e.alignment];
    case "firstLineIndent":
      return e.firstLineChars !== undefined ? (e.firstLineChars / 100) * indentUnitPt(p) : (e.firstLineTwips ?? 0) / 20;
    case "lineSpacing":
      return e.lineSpacing.rule === "auto" ? (e.lineSpacing.line / 240) * 12 : e.lineSpacing.line / 20;
  }
}

/** The paragraph with `name` set to `value` as direct formatting; an invalid value fails the sync (InvalidArgument). */
export function setParagraphProperty(p: SimParagraph, name: ParagraphFormatProperty, value: unknown): SimParagraph {
  const format: ParagraphFormat = { ...(p.format ?? {}) };
  switch (name) {
    case "alignment": {
      const alignment = typeof value === "string" ? FROM_OFFICE[value] : undefined;
      if (!alignment) throw new FakeOfficeError("InvalidArgument", `Paragraph.alignment: '${String(value)}' is not a valid alignment.`);
      return { ...p, format: { ...format, alignment } };
    }
    case "firstLineIndent": {
      if (typeof value !== "number" || !Number.isFinite(value)) throw new FakeOfficeError("InvalidArgument", "Paragraph.firstLineIndent must be a number of points.");
      // Points replace a character indent: Word drops w:firstLineChars when the indent is given in points.
      const { firstLineChars: _dropped, ...rest } = format;
      void _dropped;
      return { ...p, format: { ...rest, firstLineTwips: Math.round(value * 20) } };
    }
    case "lineSpacing": {
      if (typeof value !== "number" || !(value > 0)) throw new FakeOfficeError("InvalidArgument", "ParagraphFormat.lineSpacing: the value must be greater than 0.");
      return { ...p, format: { ...format, lineSpacing: { rule: "auto", line: Math.round(value * 20) } } };
    }
  }
}
