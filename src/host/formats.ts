/**
 * How each inserted block role is formatted under GB/T 9704—2012: host-neutral data that every host's insert turns
 * into its own markup (Word: OOXML in src/word/ooxml.ts).
 */
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
 * Data, not code: GB/T 9704—2012 7.3 (title 2号小标宋, body 3号仿宋, levels 黑体/楷体/仿宋). 3号 = 16pt, 2号 = 22pt.
 * 主送机关 (7.3.2): 3号仿宋, flush left (顶格), no first-line indent.
 */
export const ROLE_FORMATS: Readonly<Record<BlockRole, RoleFormat>> = {
  title: { eastAsia: "方正小标宋简体", latin: "Times New Roman", sizePt: 22, align: "center" },
  recipient: { eastAsia: "仿宋_GB2312", latin: "Times New Roman", sizePt: 16, align: "left", indentChars: 0 },
  heading1: { eastAsia: "黑体", latin: "Times New Roman", sizePt: 16, indentChars: 2 },
  heading2: { eastAsia: "楷体_GB2312", latin: "Times New Roman", sizePt: 16, indentChars: 2 },
  heading3: { eastAsia: "仿宋_GB2312", latin: "Times New Roman", sizePt: 16, indentChars: 2 },
  heading4: { eastAsia: "仿宋_GB2312", latin: "Times New Roman", sizePt: 16, indentChars: 2 },
  body: { eastAsia: "仿宋_GB2312", latin: "Times New Roman", sizePt: 16, indentChars: 2 },
  signature: { eastAsia: "仿宋_GB2312", latin: "Times New Roman", sizePt: 16, align: "right" },
  date: { eastAsia: "仿宋_GB2312", latin: "Times New Roman", sizePt: 16, align: "right" },
};
