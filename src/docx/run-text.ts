/**
 * The text of one w:r, with Word's control characters where `paragraph.text` has them, so offsets computed on
 * this text match what the Word layer sees.
 */
import type { FieldState } from "./fields";
import { childElements, isWNamespace, wAttr, wChild, wFlag, type XmlElement } from "./xml";

/** Word's Range.Text for a manual line break (Shift+Enter) is U+000B, not "\n". */
const LINE_BREAK = "\v";
const PAGE_BREAK = "\f";
/** Word's column-break character. */
const COLUMN_BREAK = "\u000e";

export interface RunText {
  /** What Word shows: empty for a hidden run. */
  readonly text: string;
  readonly hidden: boolean;
}

/**
 * A run formatted as hidden (w:vanish; not w:specVanish, which only hides a paragraph mark for a style separator) is
 * not shown, so not checked; its field characters still count, since a field may begin or end in hidden text.
 */
export function runText(run: XmlElement, fields: FieldState): RunText {
  const hidden = wFlag(wChild(run, "rPr"), "vanish");
  let text = "";
  for (const el of childElements(run)) {
    if (!isWNamespace(el)) continue;
    if (el.localName === "fldChar") {
      fields.onFldChar(wAttr(el, "fldCharType"));
      continue;
    }
    if (hidden || !fields.showsText) continue;
    text += childText(el);
  }
  return { text, hidden };
}

function childText(el: XmlElement): string {
  switch (el.localName) {
    case "t":
      return el.text;
    case "tab":
    case "ptab":
      return "\t";
    case "br": {
      const type = wAttr(el, "type");
      if (type === "page") return PAGE_BREAK;
      return type === "column" ? COLUMN_BREAK : LINE_BREAK;
    }
    case "cr":
      return LINE_BREAK;
    case "noBreakHyphen":
      // Word's Range.Text has U+001E here; a plain hyphen has the same length (offsets agree) and reads right.
      return "-";
    case "softHyphen":
      // Invisible unless the line breaks there; one code unit like Word's U+001F.
      return "\u00ad";
    default:
      // w:delText and w:instrText are not displayed; w:sym is a symbol-font glyph with no Unicode text;
      // footnote marks, drawings and text boxes are not part of the paragraph's text for the checker.
      return "";
  }
}
