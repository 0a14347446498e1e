/**
 * CSS for a Word font: the font's own names first (its Windows and Mac spellings too, for a page opened there), then
 * a font this machine has. Here that is fonts-noto-cjk: Noto Serif CJK SC stands in for 宋体, 仿宋 and 小标宋, Noto
 * Sans CJK SC for 黑体 and 等线. No 楷体 is installed, so 楷体 text falls back to Noto Serif CJK SC slanted: a
 * writer can still tell a 楷体 level-2 heading from 仿宋 body text. Hovering a paragraph names the real font.
 */
import { sizeName } from "../core/layout/standard";

type Fallback = "serif" | "sans" | "kai";

const FAMILIES: readonly { readonly pattern: RegExp; readonly aliases: readonly string[]; readonly fallback: Fallback }[] = [
  { pattern: /楷|kai/i, aliases: ["楷体", "KaiTi", "STKaiti", "楷体_GB2312", "KaiTi_GB2312"], fallback: "kai" },
  { pattern: /仿宋|fangsong/i, aliases: ["仿宋", "FangSong", "STFangsong", "仿宋_GB2312", "FangSong_GB2312"], fallback: "serif" },
  { pattern: /小标宋|xiaobiaosong/i, aliases: ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong"], fallback: "serif" },
  { pattern: /黑|hei|yahei/i, aliases: ["黑体", "SimHei", "STHeiti"], fallback: "sans" },
  { pattern: /等线|dengxian/i, aliases: ["等线", "DengXian"], fallback: "sans" },
  { pattern: /宋|song/i, aliases: ["宋体", "SimSun", "STSong"], fallback: "serif" },
];

const FALLBACK_CSS: Record<Fallback, string> = {
  serif: '"Noto Serif CJK SC", serif',
  sans: '"Noto Sans CJK SC", sans-serif',
  kai: '"Noto Serif CJK SC", serif',
};

function family(name: string) {
  return FAMILIES.find((f) => f.pattern.test(name));
}

function quoted(name: string): string {
  return `"${name.replace(/["\\]/g, "")}"`;
}

/** True for a font with CJK glyphs: listed first, it would also draw digits, which Word draws in the Latin font. */
function isCjkFont(name: string): boolean {
  return family(name) !== undefined || /[\u3400-\u9fff]/.test(name);
}

/**
 * font-family for text in `eastAsia` (Chinese) and `latin` (digits, letters). A Latin-only font goes first so CSS
 * falls through to the East Asian font for Chinese characters, as Word picks a font per script.
 */
export function fontFamilyCss(eastAsia: string, latin: string): string {
  const f = family(eastAsia);
  const east = [eastAsia, ...(f?.aliases ?? [])].filter((name, i, all) => all.indexOf(name) === i).map(quoted);
  const latinFirst = latin !== eastAsia && !isCjkFont(latin) ? [quoted(latin)] : [];
  return [...latinFirst, ...east, FALLBACK_CSS[f?.fallback ?? "serif"]].join(", ");
}

/** Slanted where the machine has no 楷体 (see above). */
export function fontStyleCss(eastAsia: string): "italic" | "normal" {
  return family(eastAsia)?.fallback === "kai" ? "italic" : "normal";
}

/** "仿宋_GB2312 三号 加粗": what Word's font box would show, for the paragraph's tooltip. */
export function fontLabel(eastAsia: string, sizePt: number, bold: boolean): string {
  return `${eastAsia} ${sizeName(sizePt)}${bold ? " 加粗" : ""}`;
}
