/**
 * How each inserted block role is formatted under GB/T 9704—2012: host-neutral data that every host's insert turns
 * into its own markup (Word: OOXML in src/word/ooxml.ts).
 */
import { BLOCK_ROLES } from "../core/content/types";
import { PRACTICE_LATIN_FONT, ROLE_STANDARDS } from "../core/layout/standard";
import type { BlockRole } from "./port";

export interface RoleFormat {
  /** East Asian font (OOXML: w:eastAsia). */
  readonly eastAsia: string;
  /** Latin font for digits and letters (OOXML: w:ascii, w:hAnsi). */
  readonly latin: string;
  /** Size in points (OOXML's w:sz takes half-points). */
  readonly sizePt: number;
  readonly align?: "left" | "center" | "right";
  /**
   * First-line indent in characters (OOXML's w:firstLineChars takes hundredths). 0 writes an explicit zero indent, so a
   * flush-left line stays flush left in a document whose Normal style indents (common in 公文 templates).
   */
  readonly indentChars?: number;
}

/**
 * GB/T 9704—2012 7.3 as the core states it (src/core/layout/standard.ts: title 2号小标宋 centred, 主送机关 3号仿宋
 * flush left, body 3号仿宋, levels 黑体/楷体/仿宋), in the shape the insert uses. Body-like paragraphs keep the
 * document's own alignment (justified in 公文 templates), and a centred title is written without an indent, as before.
 */
function insertFormat(role: BlockRole): RoleFormat {
  const standard = ROLE_STANDARDS[role];
  const align = standard.alignment === "justify" ? undefined : standard.alignment;
  const indentChars = standard.alignment === "center" ? undefined : standard.indentChars;
  return {
    eastAsia: standard.eastAsiaFont,
    latin: PRACTICE_LATIN_FONT,
    sizePt: standard.sizePt,
    ...(align !== undefined ? { align } : {}),
    ...(indentChars !== undefined ? { indentChars } : {}),
  };
}

export const ROLE_FORMATS: Readonly<Record<BlockRole, RoleFormat>> = Object.fromEntries(
  BLOCK_ROLES.map((role) => [role, insertFormat(role)]),
) as Record<BlockRole, RoleFormat>;
