/**
 * Placeholder forms left in drafts and templates (domain primer §4), as data. Each pattern is a regular-expression
 * source without capturing groups; guards name the look-alikes it must spare. Put longer forms first: at one
 * position the first pattern that matches wins (XXXX年XX月XX日 before XX). The template library inserts `XX`
 * (and XXXX年XX月XX日), which the X patterns catch.
 * The look-alikes come from reading what the check flagged in 3,251 published documents (../shared/corpus/lawtext).
 */

export type PlaceholderGuard =
  /** 5*2, 3×4: a sign between two digits is arithmetic. */
  | "notBetweenDigits"
  /** XXL, Xbox, xx.com: X next to a Latin letter is part of a word. */
  | "notNextToLatin"
  /** 二○○二年: ○ next to a Chinese numeral is a zero. */
  | "notNextToChineseNumeral"
  /** 5X个: a single X right after a digit is not a placeholder. */
  | "notAfterDigit"
  /** A single * right after a word and before punctuation may be a footnote mark (see options.placeholder). */
  | "footnoteStar"
  /** `* 一九八六年……通过` or `* [人民网](…)`: a star opening a paragraph before a space is a bullet or a note's mark. */
  | "notLeadingMark"
  /** `*根据《人民日报》刊印*`: a pair of stars around the whole paragraph marks emphasis, not two blanks. */
  | "notWrappingPair"
  /** `2.82（*）` with `注：*为预计数`: a star the document itself explains in a note is a mark, not a blank. */
  | "notDeclaredMark"
  /** `![](/images/1.png)`: empty square brackets before a link target are a link's label. */
  | "notLinkLabel"
  /** A paragraph that is nothing but a line of underscores is a rule (before 注释), not a blank. */
  | "notRuleLine"
  /**
   * Blanks on a form are its fields, left for the form's reader: a form appended after 附件, or one closed by a date
   * left to be written by hand (年 月 日 with ideographic spaces), as the forms a regulation prescribes are.
   */
  | "notFormField"
  /** 可称其为“XX先生”, “××××翻印”字样: a quoted form that the text prescribes is cited, not left unfilled. */
  | "notCitedForm"
  /** `3+3+X产业体系：……X个地方特色产业`: where the document names N+X policies, X个 is their open count. */
  | "notOpenCount"
  /** 丁某某: a surname before 某某 is a real person anonymised on purpose. */
  | "notAnonymisedName";

export interface PlaceholderPattern {
  readonly id: string;
  readonly source: string;
  /** Every character a match can begin with (the scanner only tries the patterns at these). */
  readonly starts: string;
  /** "name" patterns (某某) are also legitimate prose: a warning, reported by their own rule. */
  readonly kind: "blank" | "name";
  readonly guards?: readonly PlaceholderGuard[];
}

const X_CHARS = "XxＸｘ×Ⅹⅹ";
const X = `[${X_CHARS}]`;
const SPACE = "[ \\u3000]*";
const X_GUARDS: readonly PlaceholderGuard[] = ["notNextToLatin", "notCitedForm"];

export const PLACEHOLDER_PATTERNS: readonly PlaceholderPattern[] = [
  { id: "x-date", source: `${X}{1,4}年${X}{1,2}月${X}{1,2}日`, starts: X_CHARS, kind: "blank", guards: X_GUARDS },
  { id: "x-month-day", source: `${X}{1,2}月${X}{1,2}[日号]`, starts: X_CHARS, kind: "blank", guards: X_GUARDS },
  { id: "x-run", source: `${X}{2,}`, starts: X_CHARS, kind: "blank", guards: [...X_GUARDS, "notBetweenDigits"] },
  {
    id: "x-before-unit",
    source: `${X}(?=[年月日号时个名家次人元万亿项处件篇条期户所座批届倍])`,
    starts: X_CHARS,
    kind: "blank",
    guards: [...X_GUARDS, "notAfterDigit", "notOpenCount"],
  },
  {
    id: "stars",
    source: "[*＊]+",
    starts: "*＊",
    kind: "blank",
    guards: ["notBetweenDigits", "notLeadingMark", "notWrappingPair", "notDeclaredMark", "footnoteStar"],
  },
  { id: "circles", source: "[○◯]{2,}", starts: "○◯", kind: "blank", guards: ["notNextToChineseNumeral"] },
  { id: "squares", source: "[□☐]{2,}", starts: "□☐", kind: "blank" },
  {
    id: "empty-brackets",
    source: `【${SPACE}】|（${SPACE}）|\\(${SPACE}\\)|\\[${SPACE}\\]|〔${SPACE}〕`,
    starts: "【（([〔",
    kind: "blank",
    guards: ["notLinkLabel"],
  },
  { id: "underline", source: "_{2,}|＿{2,}", starts: "_＿", kind: "blank", guards: ["notRuleLine", "notFormField"] },
  { id: "mouchou", source: "某某", starts: "某", kind: "name", guards: ["notCitedForm", "notAnonymisedName"] },
];

/**
 * Words that introduce a form the text prescribes or forbids (称为“XX先生”, 规范为“××宾馆”, 不得填写“相当××学历”),
 * and those that follow one (“××××翻印”字样, “XX国小”，应称……, 加盖“XX行政审批局”的印章: which seal, in general).
 * A quote next to them is cited, not a blank.
 */
export const CITING_BEFORE = /(?:称|称为|称其为|规范为|统一为|命名为|冠以|写作|写为|写成|表述为|填写|标注|注明|改称|简称|统称)$/;
// 称 as a verb ("××"称…) cites; 称号, 称谓, 称职, 称呼 are nouns after a blank to fill (荣获“XX”称号).
export const CITING_AFTER = /^(?:等)?(?:字样|的?(?:印章|公章|专用章)|[，,]?(?:应|可|不得|不能|一律|均)?(?:改称|称为|称(?![号谓职呼])))/;

/**
 * A note that explains a star (注：*为预计数, 注：带*的为约束性指标, *为预期性指标): group 1 is the star run it declares.
 * Tried on paragraphs (or table cells) that begin with 注, 说明, 备注 or the star itself.
 */
export const STAR_LEGEND = /(?:^|[：:\s带标加有])([*＊]+)号?的?(?:为|表示|是|系|指|代表)/;
export const NOTE_START = /^[|\s]*(?:注释|注|说明|备注|[*＊])/;

/** An appendix heading (附件, 附件1, 附件：……决定书（样式）, 附表2): what follows it is appended material. */
export const APPENDIX_HEADING = /^[-\s]*附[件表]\s*[0-9０-９一二三四五六七八九十]*\s*(?:[：:].{0,60})?$/;

/** A date line left to be written by hand: 年, 月, 日 with only spaces or blanks before each. */
export const HAND_DATE_LINE = /^[\s＿_]*年[\s＿_]+月[\s＿_]+日[\s）)]*$/;

/** An N+X policy name (3+3+X, 1+N+X, 支部+X+农户): the document uses X as an open count. */
export const OPEN_X_NAME = /[+＋][XＸ]|[XＸ][+＋]/;

/**
 * Common surnames: one before 某某 makes an anonymised name (丁某某, 王某某). Characters that are also common
 * function words before a bare 某某 (和, 向, 于, 成, 关, 文, 明, 时, 安, 应, 全, 党 …) are left out on purpose.
 */
export const SURNAMES = new Set(
  [
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢",
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施",
    "樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞柳甘祝符舒阮柯纪梅凌毕季裴霍涂苗盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲",
    "房滕屈饶牟艾尤穆农卓缪褚娄窦戚岑费卜冷晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝",
  ].join(""),
);
