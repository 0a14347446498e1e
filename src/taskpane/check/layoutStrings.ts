/**
 * What the pane says about the layout (issue 13): the 格式 fixes, 一键排版 and what the writer must set by hand, in
 * Word's own names (the 字体 and 段落 dialogs, 布局 → 页面设置, Chinese font sizes 三号 / 小四).
 */
import type { LayoutProperty, LayoutRole } from "../../core/layout/types";
import { LAYOUT_ROLE_NAMES } from "../../core/messages";

export { sizeName } from "../../core/layout/standard";

/** The layout properties as Word's dialogs name them. */
export const PROPERTY_NAMES: Readonly<Record<LayoutProperty, string>> = {
  eastAsiaFont: "中文字体",
  latinFont: "西文字体",
  sizePt: "字号",
  bold: "加粗",
  alignment: "对齐方式",
  firstLineIndent: "首行缩进",
  lineSpacing: "行距",
  page: "页面设置",
};

/** Where in Word the writer sets each property by hand. */
export const PROPERTY_PLACES: Readonly<Record<LayoutProperty, string>> = {
  eastAsiaFont: "“字体”对话框",
  latinFont: "“字体”对话框",
  sizePt: "“字体”对话框",
  bold: "“字体”对话框的“字形”",
  alignment: "“段落”对话框",
  firstLineIndent: "“段落”对话框的“特殊格式”",
  lineSpacing: "“段落”对话框",
  page: "“布局 → 页面设置”",
};

/** A paragraph's role in a 公文 (GB/T 9704—2012 7.3), as the preview and the notes name it. */
export const ROLE_NAMES: Readonly<Record<LayoutRole, string>> = { ...LAYOUT_ROLE_NAMES, other: "表格、引文等" };

export const LAYOUT = {
  /** After a 格式 修正 / 全部修正. */
  fixedParagraphs: (count: number) => `已设置 ${count} 段的格式，可用 Word 的“撤消”逐步恢复。`,
  fixSkipped: (count: number) => `有 ${count} 段在检查之后被修改过，为避免改错没有设置格式；已重新检查，请再看一遍。`,
  /** One line per property the host could not set: what to set by hand, and where. */
  notApplied: (property: string, place: string, values: string) =>
    `${property}未能设置：此版本 Word 不支持，请选中相应段落，在${place}中设为${values}。`,
  pageNotApplied: (values: string) => `页面设置未能应用：此版本 Word 不支持，请在“布局 → 页面设置”中设置${values}。`,
  /** The verdict, when the host could not read some properties: the check did not cover them. */
  unreadable: (names: string) => `此版本 Word 不能读取${names}，格式检查没有覆盖这些项，请自行核对。`,
  readyButUnreadable: "未发现问题 · 部分格式未能检查",
  /** The 格式 category's 全部修正 preview. */
  fixTitle: "全部修正格式",
  fixIntro: (paragraphs: number) => `将按 GB/T 9704—2012 设置 ${paragraphs} 段的格式，文字不变。将要改动的格式：`,
  fixConfirm: "全部修正",
  cancel: "取消",
  paragraphs: (count: number) => `${count} 段`,
} as const;

/** 甲、乙和丙 */
export function joinNames(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join("、")}和${names[names.length - 1]}`;
}
