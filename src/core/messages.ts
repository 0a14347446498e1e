/**
 * Every user-facing Chinese string of the checking engine, in one place (after zhlint's message catalogue).
 * Tests import these functions instead of repeating the text. A message says what is wrong and what to write instead.
 */
import type { Category } from "./finding";
import type { LayoutAlignment, LayoutRole } from "./layout/types";
import type { DocPart } from "./model";

export const CATEGORY_NAMES: Readonly<Record<Category, string>> = {
  numbering: "编号",
  enumeration: "一是序列",
  placeholder: "占位符",
  structure: "结构",
  punctuation: "标点",
  layout: "格式",
};

/** Where a finding outside the main text sits, as Word names the parts. */
export const PART_NAMES: Readonly<Record<DocPart, string>> = {
  header: "页眉",
  footer: "页脚",
  footnote: "脚注",
  endnote: "尾注",
  textBox: "文本框",
};

export const LEVEL_NAMES: Readonly<Record<1 | 2 | 3 | 4, string>> = { 1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题" };

export const BASIS = {
  gbt9704: "GB/T 9704—2012 7.3.3",
  gbt15834: "GB/T 15834—2011 4.4.3",
  regulation15: "《党政机关公文处理工作条例》第十五条",
  practice: "惯例",
} as const;

/* Verdict */
export const VERDICT_READY = "可以提交";
export const verdictPending = (count: number): string => `还有 ${count} 处需要处理`;

/* Numbering (headings) */
export const msg = {
  numberingGap: (expected: string, actual: string): string => `标题编号不连续：期望“${expected}”，实际“${actual}”。请改为“${expected}”。`,
  numberingDuplicate: (expected: string, actual: string): string => `标题编号重复：期望“${expected}”，实际“${actual}”。请改为“${expected}”。`,
  sameInRun: (count: number): string => `本组共 ${count} 处这样写，修正时一并改正。`,
  renumberLater: (count: number): string => `修正时其后 ${count} 个编号随之顺改。`,
  numberingWrongStart: (expected: string, actual: string): string => `本组标题编号应从“${expected}”开始，实际“${actual}”。请改为“${expected}”。`,
  numberingRestart: (actual: string): string =>
    `编号在此处重新从“${actual}”开始，前面没有不编号的部分标题。若是新的一组，请确认；若是接续上文，请改为接续的序号。`,
  numberingMissing: (expected: string): string => `这一行像是漏了编号的标题：按前后顺序应为“${expected}”。请在行首加上“${expected}”。`,
  numberingMalformed: (level: string, actual: string, canonical: string): string =>
    `${level}编号写法不规范：“${actual}”应写作“${canonical}”。`,
  numberingListMalformed: (level: string, actual: string, canonical: string): string =>
    `${level}的自动编号“${actual}”写法不规范，应为“${canonical}”。请在 Word 的编号格式中修改。`,
  /** `house`: the canonical form is the office's own (本单位规范), not the standard's. */
  numberingPractice: (level: string, actual: string, canonical: string, count: number, house = false): string => {
    const norm = house ? "本单位规范" : "标准";
    return `${level}用“${actual}”这种写法编号（共 ${count} 处），${norm}写法是“${canonical}”。全文统一即可；需要时可一键统一改为${norm}写法。`;
  },
  numberingMixed: (actual: string, canonical: string): string => `同一组编号写法不一致：“${actual}”应统一写作“${canonical}”。`,
  hierarchySkip: (level: string, parent: string): string => `“${level}”直接出现在“${parent}”之下，跳过了中间一级。一般可以，请确认层级。`,
  hierarchyReversed: (level: string, deeper: string): string =>
    `层级顺序颠倒：“${level}”出现在下一级“${deeper}”之后。层级依次为“一、”“（一）”“1.”“（1）”，请调整编号。`,
  hierarchyAboveTop: (level: string, top: string): string => `文档前面以“${top}”为最高一级，此处又出现更高一级的“${level}”。请确认层级是否一致。`,

  /* Inline enumeration (一是、二是) */
  enumerationGap: (expected: string, actual: string): string => `序列不连续：期望“${expected}”，实际“${actual}”。请改为“${expected}”。`,
  enumerationDuplicate: (expected: string, actual: string): string => `序列重复：期望“${expected}”，实际“${actual}”。请改为“${expected}”。`,
  enumerationWrongStart: (expected: string, actual: string): string => `序列应从“${expected}”开始，实际“${actual}”。请改为“${expected}”，或补上前面的项。`,
  enumerationStraySpace: (actual: string, canonical: string): string => `序列词中有多余的空格：“${actual}”应写作“${canonical}”。`,
  enumerationMixedFamily: (expected: string, actual: string): string => `同一序列写法不一致：期望“${expected}”，实际“${actual}”。请统一写作“${expected}”。`,
  enumerationMixedOrdinal: (actual: string, suggestion: string): string =>
    `同一序列混用了两种序数词：前文用“首先”“其次”，此处用“${actual}”。请改为“${suggestion}”，或全部改用“第一”“第二”。`,
  enumerationMixedOrdinalReverse: (actual: string, suggestion: string): string =>
    `同一序列混用了两种序数词：前文用“第一”，此处用“${actual}”。请改为“${suggestion}”。`,
  enumerationWordOrder: (actual: string, previous: string, expected?: string): string =>
    `序列词顺序颠倒：“${actual}”出现在“${previous}”之后。` + (expected ? `请改为“${expected}”。` : `请调整顺序，或改用“第一”“第二”……`),
  enumerationWordRepeat: (actual: string): string => `序列词重复：前面已用过“${actual}”。请调整，或改用“第一”“第二”……`,
  enumerationWordWithoutFirst: (actual: string): string =>
    `“${actual}”和其后的“再次”前没有“首先”。若第一项确已写在前面可忽略；否则请把“${actual}”改为“首先”，依次调整后面的项。`,
  enumerationOrdinalMark: (actual: string, canonical: string): string => `“第一”“第二”等序数词后用逗号：“${actual}”应写作“${canonical}”。`,
  enumerationEnding: (actual: string, expected: string): string =>
    `本序列各项结尾不一致：前面的项以“${expected}”结束，这里用了“${actual}”。请统一用“${expected}”（或全部用“。”）。`,

  enumerationEndingHouse: (actual: string, expected: string): string =>
    `按本单位规范，序列各项以“${expected}”结束（最后一项用“。”），这里用了“${actual}”。请改为“${expected}”。`,
  enumerationFinalEnding: (actual: string): string => `本序列最后一项以“${actual}”结束。各项用分号时，最后一项用句号：请改为“。”。`,
  enumerationFinalMissing: (): string => `本序列最后一项没有结束标点。请在末尾加“。”。`,
  /* Placeholders */
  placeholder: (excerpt: string): string => `占位符“${excerpt}”尚未填写。请换成实际的数字、名称或日期。`,
  placeholderName: (excerpt: string): string => `“${excerpt}”可能是未替换的占位名称。请换成实际的单位或人名；若确为行文需要，可忽略。`,
  placeholderControl: (excerpt: string): string => `内容控件“${excerpt}”仍显示提示文字，尚未填写。请在控件中填入实际内容。`,

  /* Structure of the genre */
  structureNoOpening: (): string => `第一个标题前没有开头段。工作总结一般先用一段概述总体情况，再以“现将有关情况总结如下：”引出正文。`,
  structureMissingProblems: (): string => `没有找到“存在的问题”部分。工作总结一般在主要工作之后写存在的问题和不足。`,
  structureMissingNextSteps: (): string => `没有找到“下一步工作打算”部分。工作总结一般以下一步打算收尾。`,
  structureOrder: (): string => `“下一步打算”出现在“存在的问题”之前。一般先写问题和不足，再写下一步打算。`,
  structureRequestInReport: (excerpt: string): string =>
    `报告中不得夹带请示事项（“${excerpt}”）。需要上级批复的事项请另行请示；报告可用“特此报告。”结尾。`,
};

/* Rule titles and descriptions shown in the UI */
export const ruleText = {
  numberingSequence: {
    title: "标题编号连续",
    description: "同一组标题编号应从一开始、依次递增，不重复、不跳号；每个上级标题下的下级编号重新从一开始。",
  },
  numberingForm: {
    title: "标题编号写法",
    description: "结构层次序数依次用“一、”“（一）”“1.”“（1）”，括号用全角，“（一）”后不加标点；同一组写法一致。",
  },
  numberingHierarchy: {
    title: "标题层级顺序",
    description: "层级从高到低依次为“一、”“（一）”“1.”“（1）”，下级编号不应出现在更低一级之后。",
  },
  enumerationSequence: {
    title: "一是序列连续",
    description: "“一是、二是”“一要、二要”“第一、第二”等序列应从一开始、依次递增，不重复、不跳号。",
  },
  enumerationForm: {
    title: "一是序列写法",
    description: "序列词中不留空格；同一序列用同一种写法，不混用“首先、其次”和“第三”；“第一”后用逗号。",
  },
  enumerationEnding: {
    title: "一是序列结尾一致",
    description: "同一段内的序列各项结尾一致：都用分号、最后一项用句号，或都用句号。",
  },
  placeholder: {
    title: "未填写的占位符",
    description: "“*”“XX”“××”“○○”“□□”“X月X日”、空括号、下划线空白等占位符须在提交前填写。",
  },
  placeholderName: {
    title: "占位名称“某某”",
    description: "“某某”常是模板中未替换的名称，请换成实际的单位或人名。",
  },
  structureOpening: {
    title: "开头段",
    description: "第一个标题前应有开头段，概述总体情况并引出正文。",
  },
  structureParts: {
    title: "主要部分齐全",
    description: "工作总结一般包括主要工作、存在的问题、下一步打算，并按此顺序排列。",
  },
  structureRequestInReport: {
    title: "报告不夹带请示",
    description: "报告中不得夹带请示事项，如“妥否，请批示”“请予审批”。",
  },
} as const;

/* Punctuation and forms (标点): the clause each rule rests on, its findings and its title */
export const PUNCTUATION_BASIS = {
  marks: "GB/T 15834—2011",
  numbers: "GB/T 15835—2011",
  date: "GB/T 9704—2012 7.3.5.4",
  docNumber: "GB/T 9704—2012 7.2.4",
  practice: "惯例",
} as const;

export const punctuationMsg = {
  halfWidth: (actual: string, expected: string): string => `中文行文中用了半角“${actual}”。请改为全角“${expected}”。`,
  halfWidthPair: (actual: string, expected: string): string => `中文行文中的括号或引号用了半角“${actual}”。请改为全角“${expected}”，前后配套。`,
  mixedPair: (actual: string, partner: string, expected: string): string => `“${actual}”与“${partner}”成对使用，前后不配套。请把“${actual}”改为“${expected}”。`,
  halfWidthEllipsis: (actual: string): string => `省略号写成了“${actual}”。请改为“……”。`,
  repeated: (actual: string, expected: string): string => `标点重复或冲突：“${actual}”。请只保留“${expected}”。`,
  unclosed: (mark: string, close: string): string => `“${mark}”在本段没有配对的“${close}”。请在应结束处补上“${close}”，或删去多余的“${mark}”。`,
  unopened: (mark: string, open: string): string => `“${mark}”前面没有配对的“${open}”。请补上“${open}”，或删去多余的“${mark}”。`,
  mismatched: (actual: string, opener: string, expected: string): string => `“${opener}”与“${actual}”不配对。请把“${actual}”改为“${expected}”。`,
  straySpace: (around: string): string => `“${around}”中有多余的空格。中文字符之间、中文标点前后不留空格，请删除。`,
  dateLeadingZero: (actual: string, expected: string): string => `日期中的月、日不编虚位：“${actual}”应写作“${expected}”。`,
  dateShortYear: (actual: string): string => `成文日期的年份应标全称：“${actual}”请写出四位年份，如“2023年1月5日”。`,
  dateForm: (actual: string, expected: string): string => `成文日期应用“年、月、日”标全：“${actual}”应写作“${expected}”。`,
  dateChineseNumerals: (actual: string, expected: string): string =>
    `成文日期用阿拉伯数字标注：“${actual}”可写作“${expected}”。若本单位规范沿用汉字数字，可忽略此提示。`,
  docNumberBrackets: (actual: string, expected: string): string => `发文字号的年份用六角括号“〔〕”括入：“${actual}”应写作“${expected}”。`,
};

export const punctuationRuleText = {
  width: {
    title: "中文用全角标点",
    description: "中文行文中的逗号、句号、分号、冒号、问号、叹号、括号和引号用全角；数字、日期、网址、英文词和版本号中的半角符号不算。",
  },
  repeated: {
    title: "标点重复",
    description: "两个点号不连用（如“。。”“，。”“；。”“：：”）；省略号“……”和破折号“——”除外。",
  },
  pairs: {
    title: "括号引号配对",
    description: "括号、引号、书名号在同一段内成对使用、前后配套；引文分段时各段开头用前引号，只在末段用后引号。",
  },
  spaces: {
    title: "多余空格",
    description: "中文字符之间、中文标点前后不留空格（段首缩进除外）；中文与数字、英文之间也不加空格。",
  },
  date: {
    title: "成文日期写法",
    description: "成文日期用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位，如“2023年1月5日”；正文日期也不编虚位。",
  },
  docNumber: {
    title: "发文字号括号",
    description: "发文字号中的年份用六角括号“〔〕”括入，如“国发〔2024〕1号”，不用“[]”“（）”“【】”。",
  },
} as const;

/* Layout (格式): the names of the roles and of Word's paragraph settings, the findings and the rule titles */
export const LAYOUT_ROLE_NAMES: Readonly<Record<LayoutRole, string>> = {
  title: "标题",
  recipient: "主送机关",
  heading1: "一级标题",
  heading2: "二级标题",
  heading3: "三级标题",
  heading4: "四级标题",
  body: "正文",
  signature: "发文机关署名",
  date: "成文日期",
  attachment: "附件说明",
  other: "其他",
};

export const ALIGNMENT_NAMES: Readonly<Record<LayoutAlignment, string>> = { left: "左对齐", center: "居中", right: "右对齐", justify: "两端对齐" };

export const INDENT_WORDS = {
  none: "无首行缩进",
  flush: "顶格（无首行缩进）",
  hanging: "悬挂缩进",
  chars: (n: number): string => `首行缩进${Math.round(n * 10) / 10}字符`,
  points: (pt: number): string => `首行缩进${Math.round(pt * 10) / 10}磅`,
};

export const PRACTICE_WORDS = {
  bold: "加粗",
  notBold: "未加粗",
  latin: (font: string): string => `数字和字母${font}`,
};

export const LOOK_WORDS = { unknown: "未能读取格式", unknownFont: "字体未知", unknownSize: "字号未知" };

export const layoutMsg = {
  /** 正文 46 段为宋体小四，应为仿宋_GB2312三号。 For a run-in heading, the body text after it is 其后正文. */
  deviation: (role: string, count: number, parts: readonly { actual: string; expected: string; rest?: boolean }[]): string => {
    const say = (ps: readonly { actual: string; expected: string }[]): string =>
      `为${ps.map((p) => p.actual).join("、")}，应为${ps.map((p) => p.expected).join("、")}`;
    const own = parts.filter((p) => !p.rest);
    const rest = parts.filter((p) => p.rest);
    const pieces = [...(own.length > 0 ? [say(own)] : []), ...(rest.length > 0 ? [`其后正文${say(rest)}`] : [])];
    return `${role}${count > 1 ? ` ${count} 段` : ""}${pieces.join("；")}。`;
  },
  through: (last: number): string => `（自本段起至第 ${last} 段）`,
  practiceNote: "这是多数单位的惯例，不是国家标准的要求；本单位规范可关闭。",
  page: (parts: readonly string[]): string => `页面设置与标准不符：${parts.join("，")}。请在“布局”→“页面设置”中修改。`,
  pagePart: (name: string, actual: string, expected: string): string => `${name}${actual}（应为${expected}）`,
  pageNames: { size: "纸张", top: "上边距", bottom: "下边距", left: "左边距", right: "右边距", lines: "每页行数", chars: "每行字数" },
  mm: (mm: number): string => `${Math.round(mm * 10) / 10}毫米`,
  paperSize: (w: number, h: number): string => `${Math.round(w)}×${Math.round(h)}毫米`,
};

export const layoutRuleText = {
  font: {
    title: "字体字号",
    description: "标题2号小标宋体，正文和主送机关、署名、成文日期、附件说明3号仿宋体；一级标题黑体、二级标题楷体、三级和四级标题仿宋体（段内个别加粗或数字字号不同不算）。",
  },
  paragraph: {
    title: "对齐与缩进",
    description: "标题居中，主送机关顶格，正文和各级标题首行缩进2字符；本单位规范设定行距时，按固定行距检查。",
  },
  page: {
    title: "页面设置",
    description: "A4纸，上边距37毫米、左边距28毫米，版心156×225毫米，每页22行、每行28字。",
  },
} as const;

/* 一键排版 preview */
export const TYPESET_WORDS = {
  lookCount: (look: string, count: number): string => `${look}（${count}段）`,
  more: "等",
};
