/**
 * Golden .docx fixtures for the layout reader (issue 13), built in memory: GB/T 9704—2012 done right through styles
 * and through direct formatting, done wrong (宋体小四, headings in 宋体, no indent), as WPS writes it, and in Word's
 * theme fonts. Each lists what Word shows for every body paragraph, worked out by hand from ECMA-376 Part 1 17.7.2
 * (style hierarchy), 17.7.3 (toggles), 17.3.2.26 (rFonts and theme fonts) and 17.6 (sections): the tests hold the
 * reader to it, and scripts/compare-libreoffice.js holds LibreOffice's reading of the same files to it.
 *
 * Sizes: 二号 22 pt (sz 44), 三号 16 pt (32), 小四 12 pt (24), 五号 10.5 pt (21). 28 pt exact line spacing is
 * w:line="560" w:lineRule="exact". GB/T 9704 page: A4 (11906 × 16838 twips), 天头 37 mm (2098), 订口 28 mm (1587),
 * bottom 35 mm (1984), right 26 mm (1474), 22 lines (linePitch 579) of 28 characters.
 */
import type { PageLayout } from "../../src/core/layout/types";
import type { DocxParts } from "./build-docx";

/** [text of the run, East Asian font, Latin font, size in pt, bold]. */
export type ExpectedRun = readonly [string, string | undefined, string | undefined, number, boolean];

export interface ExpectedParagraph {
  readonly text: string;
  readonly alignment: "left" | "center" | "right" | "justify";
  readonly indent: { readonly chars?: number; readonly pt?: number };
  readonly spacing: { readonly rule: "exact" | "atLeast"; readonly pt: number } | { readonly rule: "multiple"; readonly lines: number };
  readonly runs: readonly ExpectedRun[];
}

export interface LayoutFixture {
  /** File name without extension. */
  readonly name: string;
  readonly parts: DocxParts;
  readonly paragraphs: readonly ExpectedParagraph[];
  readonly page?: PageLayout;
}

// ── WordprocessingML snippets ─────────────────────────────────────────────────────────────────────────────────────

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A run; `rPr` is the inside of w:rPr. */
export function run(text: string, rPr = ""): string {
  return `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph; `pPr` is the inside of w:pPr. */
export function para(pPr: string, ...runs: string[]): string {
  return `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${runs.join("")}</w:p>`;
}

export function fonts(eastAsia: string, latin: string, extra = ""): string {
  return `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}"${extra}/>`;
}

export function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

const EXACT_28 = '<w:spacing w:line="560" w:lineRule="exact"/>';
const INDENT_2 = '<w:ind w:firstLine="640" w:firstLineChars="200"/>';
const NO_INDENT = '<w:ind w:firstLine="0" w:firstLineChars="0"/>';
const LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>';

/** GB/T 9704 page; `grid` is the w:docGrid element. */
function gbSection(grid: string): string {
  return (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>' +
    `<w:cols w:space="425"/>${grid}</w:sectPr>`
  );
}

const GB_PAGE_MM = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 };

function style(type: string, id: string, name: string, inner: string, extra = ""): string {
  return `<w:style w:type="${type}"${extra} w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;
}

/** A DrawingML theme with the given major and minor fonts (latin, ea, and the script="Hans" entry). */
export function theme(major: readonly [string, string, string], minor: readonly [string, string, string]): string {
  const fontSet = (local: string, [latin, ea, hans]: readonly [string, string, string]): string =>
    `<a:${local}><a:latin typeface="${latin}"/><a:ea typeface="${ea}"/><a:cs typeface=""/>` +
    `<a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="${hans}"/><a:font script="Hant" typeface="新細明體"/></a:${local}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"><a:themeElements>' +
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1></a:clrScheme>' +
    `<a:fontScheme name="Office">${fontSet("majorFont", major)}${fontSet("minorFont", minor)}</a:fontScheme>` +
    "</a:themeElements></a:theme>"
  );
}

// ── 1. Right, through styles (a 公文 template) ───────────────────────────────────────────────────────────────────

const GB_STYLES =
  `<w:docDefaults><w:rPrDefault><w:rPr>${fonts("仿宋_GB2312", "Times New Roman")}${size(32)}${LANG}</w:rPr></w:rPrDefault>` +
  "<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>" +
  style("paragraph", "a", "Normal", `<w:qFormat/><w:pPr><w:widowControl w:val="0"/>${EXACT_28}${INDENT_2}<w:jc w:val="both"/></w:pPr>`, ' w:default="1"') +
  style("paragraph", "a3", "Title", `<w:basedOn w:val="a"/><w:pPr>${NO_INDENT}<w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/>${size(44)}</w:rPr>`) +
  style("paragraph", "1", "heading 1", `<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>`) +
  style("paragraph", "2", "heading 2", `<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr>`) +
  style("paragraph", "x1", "主送机关", `<w:basedOn w:val="a"/><w:pPr>${NO_INDENT}</w:pPr>`) +
  style("character", "a0", "Default Paragraph Font", "<w:uiPriority w:val=\"1\"/><w:semiHidden/>", ' w:default="1"') +
  style("character", "a4", "Strong", "<w:basedOn w:val=\"a0\"/><w:rPr><w:b/><w:bCs/></w:rPr>");

const FS = "仿宋_GB2312";
const TNR = "Times New Roman";

export const GB_BY_STYLES: LayoutFixture = {
  name: "gb-by-styles",
  parts: {
    styles: GB_STYLES,
    body:
      para('<w:pStyle w:val="a3"/>', run("关于2024年工作情况的报告")) +
      para('<w:pStyle w:val="x1"/>', run("市人民政府：")) +
      para("", run("现将有关情况报告如下。")) +
      para('<w:pStyle w:val="1"/>', run("一、总体情况")) +
      para('<w:pStyle w:val="2"/>', run("（一）主要做法")) +
      para("", run("1.加强组织领导。", '<w:rStyle w:val="a4"/>'), run("成立工作专班。")) +
      para('<w:ind w:right="1280" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/>', run("XX市人民政府办公室")) +
      gbSection('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>'),
  },
  paragraphs: [
    { text: "关于2024年工作情况的报告", alignment: "center", indent: { pt: 0 }, spacing: { rule: "exact", pt: 28 }, runs: [["关于2024年工作情况的报告", "方正小标宋简体", TNR, 22, false]] },
    { text: "市人民政府：", alignment: "justify", indent: { pt: 0 }, spacing: { rule: "exact", pt: 28 }, runs: [["市人民政府：", FS, TNR, 16, false]] },
    { text: "现将有关情况报告如下。", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 }, runs: [["现将有关情况报告如下。", FS, TNR, 16, false]] },
    { text: "一、总体情况", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 }, runs: [["一、总体情况", "黑体", TNR, 16, false]] },
    { text: "（一）主要做法", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 }, runs: [["（一）主要做法", "楷体_GB2312", TNR, 16, false]] },
    {
      text: "1.加强组织领导。成立工作专班。", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 },
      runs: [["1.加强组织领导。", FS, TNR, 16, true], ["成立工作专班。", FS, TNR, 16, false]],
    },
    { text: "XX市人民政府办公室", alignment: "right", indent: { pt: 0 }, spacing: { rule: "exact", pt: 28 }, runs: [["XX市人民政府办公室", FS, TNR, 16, false]] },
  ],
  page: { ...GB_PAGE_MM, linesPerPage: 22, charsPerLine: 28 },
};

// ── 2. Right, through direct formatting in a fresh Word document (theme fonts, 五号 Normal) ─────────────────────

/** Word 2016+ (zh-CN): every default font is a theme font, 等线 in the theme; Normal is 五号 justified. */
const WORD_DEFAULT_STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>' +
  `<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>${LANG}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
  style("paragraph", "a", "Normal", '<w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>', ' w:default="1"') +
  style("paragraph", "1", "heading 1", '<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="340" w:after="330" w:line="578" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>' +
    '<w:rPr><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>') +
  style("paragraph", "2", "heading 2", '<w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="260" w:after="260" w:line="416" w:lineRule="auto"/><w:outlineLvl w:val="1"/></w:pPr>' +
    '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>') +
  style("character", "a0", "Default Paragraph Font", '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', ' w:default="1"');

/** Word 2016+'s theme for Chinese: 等线 Light for headings, 等线 for text; a:ea left empty, the Hans entry filled. */
const WORD_THEME = theme(["等线 Light", "", "等线 Light"], ["等线", "", "等线"]);

const BODY_RPR = fonts("仿宋_GB2312", "Times New Roman") + size(32);

export const GB_DIRECT: LayoutFixture = {
  name: "gb-direct",
  parts: {
    styles: WORD_DEFAULT_STYLES,
    theme: WORD_THEME,
    body:
      para(`${EXACT_28}<w:jc w:val="center"/>`, run("关于2024年工作情况的报告", fonts("方正小标宋简体", "方正小标宋简体", ' w:hint="eastAsia"') + size(44))) +
      para(`${EXACT_28}${INDENT_2}`, run("全年完成", BODY_RPR), run("2024", BODY_RPR), run("年度目标", BODY_RPR), run("，其中", BODY_RPR), run("重点项目", BODY_RPR + "<w:b/>"), run("提前完成。", BODY_RPR)) +
      para(`${EXACT_28}${INDENT_2}`, run("一、总体情况", fonts("黑体", "Times New Roman") + size(32))) +
      para(`${EXACT_28}${INDENT_2}`, run("（一）主要做法", fonts("楷体_GB2312", "Times New Roman") + size(32))) +
      gbSection('<w:docGrid w:type="lines" w:linePitch="579"/>'),
  },
  paragraphs: [
    { text: "关于2024年工作情况的报告", alignment: "center", indent: { pt: 0 }, spacing: { rule: "exact", pt: 28 }, runs: [["关于2024年工作情况的报告", "方正小标宋简体", "方正小标宋简体", 22, false]] },
    {
      text: "全年完成2024年度目标，其中重点项目提前完成。", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 },
      runs: [["全年完成2024年度目标，其中", FS, TNR, 16, false], ["重点项目", FS, TNR, 16, true], ["提前完成。", FS, TNR, 16, false]],
    },
    { text: "一、总体情况", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 }, runs: [["一、总体情况", "黑体", TNR, 16, false]] },
    { text: "（一）主要做法", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 }, runs: [["（一）主要做法", "楷体_GB2312", TNR, 16, false]] },
  ],
  page: { ...GB_PAGE_MM, linesPerPage: 22 },
};

// ── 3. Wrong: 宋体小四 body, 宋体 heading, title not 小标宋, no indent, Word's default page ─────────────────────────

const WRONG_STYLES =
  `<w:docDefaults><w:rPrDefault><w:rPr>${fonts("宋体", "Times New Roman")}<w:kern w:val="2"/>${size(24)}${LANG}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
  style("paragraph", "a", "Normal", '<w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>', ' w:default="1"');

const SONG = "宋体";

export const WRONG: LayoutFixture = {
  name: "wrong",
  parts: {
    styles: WRONG_STYLES,
    body:
      para('<w:jc w:val="center"/>', run("关于2024年工作情况的报告", `<w:b/>${size(32)}`)) +
      para("", run("市人民政府：")) +
      para("", run("一、总体情况", "<w:b/>")) +
      para("", run("今年以来，我们认真贯彻落实各项部署。")) +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>' +
      '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>',
  },
  paragraphs: [
    { text: "关于2024年工作情况的报告", alignment: "center", indent: { pt: 0 }, spacing: { rule: "multiple", lines: 1.5 }, runs: [["关于2024年工作情况的报告", SONG, TNR, 16, true]] },
    { text: "市人民政府：", alignment: "justify", indent: { pt: 0 }, spacing: { rule: "multiple", lines: 1.5 }, runs: [["市人民政府：", SONG, TNR, 12, false]] },
    { text: "一、总体情况", alignment: "justify", indent: { pt: 0 }, spacing: { rule: "multiple", lines: 1.5 }, runs: [["一、总体情况", SONG, TNR, 12, true]] },
    { text: "今年以来，我们认真贯彻落实各项部署。", alignment: "justify", indent: { pt: 0 }, spacing: { rule: "multiple", lines: 1.5 }, runs: [["今年以来，我们认真贯彻落实各项部署。", SONG, TNR, 12, false]] },
  ],
  // Word's default for Chinese: 2.54 cm and 3.17 cm margins, 44 lines (linePitch 15.6 pt).
  page: { widthMm: 210, heightMm: 297, topMm: 25.4, bottomMm: 25.4, leftMm: 31.8, rightMm: 31.8, linesPerPage: 44 },
};

// ── 4. WPS: localised style names, fonts in docDefaults, 仿宋_GB2312 only in the w:hint="eastAsia" runs ─────────────

/**
 * As WPS Office writes a 公文 typed with direct formatting: numeric style ids with Chinese names (正文, 标题 1,
 * 默认段落字体), Latin and East Asian fonts in docDefaults, every run's w:rFonts led by w:hint="eastAsia" with the same
 * font in all four slots, except runs WPS took for Latin text (digits), which get only a Latin font: their East Asian
 * font stays 宋体 from the defaults, which Word shows only if Chinese text is typed into them.
 */
const WPS_STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>' +
  `<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/>${LANG}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
  style("paragraph", "1", "正文", '<w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>' +
    `<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="宋体" w:cs="Times New Roman"/><w:kern w:val="2"/>${size(21)}${LANG}</w:rPr>`, ' w:default="1"') +
  style("paragraph", "2", "标题 1", '<w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/>' +
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="340" w:after="330" w:line="576" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>' +
    `<w:rPr><w:b/><w:kern w:val="44"/>${size(44)}</w:rPr>`) +
  style("paragraph", "3", "标题 2", '<w:basedOn w:val="1"/><w:next w:val="1"/><w:unhideWhenUsed/><w:qFormat/><w:uiPriority w:val="0"/>' +
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="260" w:after="260" w:line="413" w:lineRule="auto"/><w:outlineLvl w:val="1"/></w:pPr>' +
    `<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="黑体"/><w:b/>${size(32)}</w:rPr>`) +
  style("character", "4", "默认段落字体", '<w:semiHidden/><w:uiPriority w:val="0"/>', ' w:default="1"');

function wpsFont(font: string): string {
  return `<w:rFonts w:hint="eastAsia" w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`;
}

const WPS_BODY_PPR = `<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl/><w:suppressLineNumbers w:val="0"/>${EXACT_28}${INDENT_2}<w:jc w:val="both"/>`;

export const WPS: LayoutFixture = {
  name: "wps",
  parts: {
    styles: WPS_STYLES,
    body:
      para(`${EXACT_28}<w:jc w:val="center"/><w:rPr>${wpsFont("方正小标宋简体")}${size(44)}</w:rPr>`,
        run("关于", wpsFont("方正小标宋简体") + size(44) + LANG), run("2024", `<w:rFonts w:hint="default" w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${size(44)}${LANG}`),
        run("年工作情况的报告", wpsFont("方正小标宋简体") + size(44) + LANG)) +
      para(WPS_BODY_PPR, run("全年完成", wpsFont(FS) + size(32)), run("85", `<w:rFonts w:hint="default" w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${size(32)}`),
        run("个项目。", wpsFont(FS) + size(32))) +
      para(`<w:pStyle w:val="2"/>${WPS_BODY_PPR}`, run("一、总体情况", `${wpsFont("黑体")}<w:b w:val="0"/>${size(32)}`)) +
      para(`<w:pStyle w:val="3"/>${WPS_BODY_PPR}`, run("（一）主要做法", `${wpsFont("楷体_GB2312")}${size(32)}`)) +
      gbSection('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="21680"/>'),
  },
  paragraphs: [
    {
      text: "关于2024年工作情况的报告", alignment: "center", indent: { pt: 0 }, spacing: { rule: "exact", pt: 28 },
      runs: [["关于", "方正小标宋简体", "方正小标宋简体", 22, false], ["2024", SONG, TNR, 22, false], ["年工作情况的报告", "方正小标宋简体", "方正小标宋简体", 22, false]],
    },
    {
      text: "全年完成85个项目。", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 },
      runs: [["全年完成", FS, FS, 16, false], ["85", SONG, TNR, 16, false], ["个项目。", FS, FS, 16, false]],
    },
    // Direct w:b="0" wins over 标题 1's bold; 标题 2's bold stays.
    { text: "一、总体情况", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 }, runs: [["一、总体情况", "黑体", "黑体", 16, false]] },
    { text: "（一）主要做法", alignment: "justify", indent: { chars: 2, pt: 32 }, spacing: { rule: "exact", pt: 28 }, runs: [["（一）主要做法", "楷体_GB2312", "楷体_GB2312", 16, true]] },
  ],
  // charSpace is relative to 正文's 五号: 10.5 + 21680 / 4096 = 15.79 pt per character.
  page: { ...GB_PAGE_MM, linesPerPage: 22, charsPerLine: 28 },
};

// ── 5. Theme fonts: a fresh Word document as it comes ─────────────────────────────────────────────────────────────

const THEME_BODY =
  para("", run("今年以来，我们认真贯彻落实各项部署。")) +
  para('<w:pStyle w:val="1"/>', run("一、总体情况")) +
  para('<w:pStyle w:val="2"/>', run("（一）主要做法"));

export const THEME_FONTS: LayoutFixture = {
  name: "theme-fonts",
  parts: { styles: WORD_DEFAULT_STYLES, theme: WORD_THEME, body: THEME_BODY },
  paragraphs: [
    { text: "今年以来，我们认真贯彻落实各项部署。", alignment: "justify", indent: { pt: 0 }, spacing: { rule: "multiple", lines: 1 }, runs: [["今年以来，我们认真贯彻落实各项部署。", "等线", "等线", 10.5, false]] },
    { text: "一、总体情况", alignment: "justify", indent: { pt: 0 }, spacing: { rule: "multiple", lines: 578 / 240 }, runs: [["一、总体情况", "等线", "等线", 22, true]] },
    { text: "（一）主要做法", alignment: "justify", indent: { pt: 0 }, spacing: { rule: "multiple", lines: 416 / 240 }, runs: [["（一）主要做法", "等线 Light", "等线 Light", 16, true]] },
  ],
};

/** The same document without its theme part: the theme fonts are unknown, never guessed. */
export const THEME_MISSING: LayoutFixture = {
  name: "theme-missing",
  parts: { styles: WORD_DEFAULT_STYLES, body: THEME_BODY },
  paragraphs: THEME_FONTS.paragraphs.map((paragraph) => ({
    ...paragraph,
    runs: paragraph.runs.map(([text, , , sizePt, bold]): ExpectedRun => [text, undefined, undefined, sizePt, bold]),
  })),
};

export const LAYOUT_FIXTURES: readonly LayoutFixture[] = [GB_BY_STYLES, GB_DIRECT, WRONG, WPS, THEME_FONTS, THEME_MISSING];
