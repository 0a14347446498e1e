/**
 * Generates realistic work summaries (工作总结) of a given length, from a seed: title, opening paragraph, level-1
 * headings 一、… with （一）… and 1. under them, body paragraphs with 一是/二是 enumerations, placeholders, tables,
 * Word automatic numbering (listString) on some headings, and injected defects whose paragraphs are recorded so
 * tests can tell a missed defect from a false alarm. Used by the benchmark (scripts/bench) and tests/robustness.
 *
 * Length: ~750 characters a page (GB/T 9704: 22 lines × 28 characters, less white space).
 */
import type { Category } from "../../src/core/finding";
import type { DocParagraph, DocSnapshot } from "../../src/core/model";
import * as P from "./phrases";
import { createRandom, type Random } from "./random";

export const CHARS_PER_PAGE = 750;

export type DefectKind =
  | "heading-gap"
  | "heading-duplicate"
  | "heading-malformed"
  | "enumeration-gap"
  | "enumeration-duplicate"
  | "enumeration-stray-space"
  | "placeholder";

export interface InjectedDefect {
  readonly kind: DefectKind;
  /** The category of finding the engine should report in `paragraphIndex`. */
  readonly category: Category;
  readonly paragraphIndex: number;
  /** What was written, for messages. */
  readonly written: string;
}

export interface GenerateOptions {
  readonly pages: number;
  readonly seed: number;
  /** Probability that a heading or an enumeration item carries a defect. Default 0.04. */
  readonly defectRate?: number;
  /** Probability that a level-1 section uses Word automatic numbering. Default 0.15. */
  readonly autoNumberRate?: number;
  /** Probability that a data sentence leaves a placeholder instead of a figure. Default 0.2. */
  readonly placeholderRate?: number;
  /** Probability of a table after a level-2 block's body. Default 0.15. */
  readonly tableRate?: number;
}

export interface GeneratedDocument {
  readonly seed: number;
  readonly pages: number;
  readonly snapshot: DocSnapshot;
  /** Characters of paragraph text (without automatic numbers). */
  readonly characters: number;
  readonly defects: readonly InjectedDefect[];
}

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 1 … 99 as a Chinese numeral (十一, 二十, 二十一). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return "十" + CN[n - 10];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return CN[tens] + "十" + (units ? CN[units] : "");
}

type Level = 1 | 2 | 3;

const STANDARD: Record<Level, (n: number) => string> = {
  1: (n) => `${chineseNumeral(n)}、`,
  2: (n) => `（${chineseNumeral(n)}）`,
  3: (n) => `${n}.`,
};

/** Malformed markers writers really produce (domain primer §2): each is an error with a fix. */
const MALFORMED: Record<Level, readonly ((n: number) => string)[]> = {
  1: [(n) => `${chineseNumeral(n)}.`, (n) => `${chineseNumeral(n)}．`, (n) => `${chineseNumeral(n)} 、`],
  2: [(n) => `（${chineseNumeral(n)}）、`, (n) => `(${chineseNumeral(n)})`, (n) => `（${chineseNumeral(n)})`, (n) => `${chineseNumeral(n)})`],
  3: [(n) => `${n}．`, (n) => `${n}、`],
};

class Builder {
  readonly paragraphs: DocParagraph[] = [];
  readonly defects: InjectedDefect[] = [];
  characters = 0;

  constructor(
    readonly rnd: Random,
    readonly opts: Required<Omit<GenerateOptions, "pages" | "seed">>,
  ) {}

  push(p: DocParagraph): number {
    this.paragraphs.push(p);
    this.characters += p.text.length;
    return this.paragraphs.length - 1;
  }

  text(text: string, extra: Partial<DocParagraph> = {}): number {
    return this.push({ text, tableNestingLevel: 0, ...extra });
  }

  defect(kind: DefectKind, category: Category, paragraphIndex: number, written: string): void {
    this.defects.push({ kind, category, paragraphIndex, written });
  }

  // ---- sentences ----
  figure(): { text: string; placeholder: boolean } {
    const r = this.rnd;
    if (r.chance(this.opts.placeholderRate)) return { text: r.pick(["*多", "**", "XX", "××", "＊＊", "XXX"]), placeholder: true };
    return { text: String(r.int(2, 480)), placeholder: false };
  }

  sentence(): { text: string; placeholder: boolean } {
    const r = this.rnd;
    switch (r.int(0, 4)) {
      case 0:
        return { text: `${r.pick(P.SUBJECTS)}${r.pick(P.VERBS)}${r.pick(P.OBJECTS)}，${r.pick(P.METHODS)}，${r.pick(P.RESULTS)}。`, placeholder: false };
      case 1: {
        const f = this.figure();
        return { text: `全年累计${r.pick(P.ACTIVITIES)}${f.text}${r.pick(P.MEASURES)}，${r.pick(P.RESULTS)}。`, placeholder: f.placeholder };
      }
      case 2:
        return { text: `把${r.pick(P.OBJECTS)}与${r.pick(P.OBJECTS)}结合起来，${r.pick(P.METHODS)}，${r.pick(P.ITEM_TAILS)}。`, placeholder: false };
      case 3:
        // Figures that look like markers but are not (1.5亿元, 2024年, 一、二线) keep the rules honest.
        return {
          text: `完成投资${r.int(1, 9)}.${r.int(1, 9)}亿元，同比增长${r.int(2, 19)}.${r.int(0, 9)}%，${r.pick(["一、二线城市的", "第一批", "唯一的", "全市统一的"])}试点项目${r.pick(P.RESULTS)}。`,
          placeholder: false,
        };
      default: {
        const f = this.figure();
        return { text: `先后${r.pick(P.ACTIVITIES)}${f.text}${r.pick(P.MEASURES)}，${r.pick(P.SUBJECTS)}${r.pick(P.RESULTS)}。`, placeholder: f.placeholder };
      }
    }
  }

  /** A sentence with no placeholder (for heading lines and items that must carry only their own defect). */
  plainSentence(): string {
    const r = this.rnd;
    return `${r.pick(P.SUBJECTS)}${r.pick(P.VERBS)}${r.pick(P.OBJECTS)}，${r.pick(P.METHODS)}，${r.pick(P.RESULTS)}。`;
  }

  item(): string {
    const r = this.rnd;
    return `${r.pick(P.ITEM_VERBS)}${r.pick(P.ITEM_OBJECTS)}，${r.pick(P.METHODS)}，${r.pick(P.ITEM_TAILS)}`;
  }

  /** Markers 一是, 二是 … with at most one injected slip, reported at the item that carries it. */
  enumerationMarkers(count: number): { markers: string[]; defect?: DefectKind; defectAt: number } {
    const markers: string[] = [];
    let n = 1;
    let defect: DefectKind | undefined;
    let defectAt = -1;
    for (let i = 0; i < count; i++) {
      if (i > 0 && !defect && this.rnd.chance(this.opts.defectRate)) {
        // A second 一是 right after the first opens a new enumeration (not a slip), so duplicates start at 三是.
        defect = this.rnd.pick<DefectKind>(i >= 2 ? ["enumeration-gap", "enumeration-duplicate", "enumeration-stray-space"] : ["enumeration-gap", "enumeration-stray-space"]);
        defectAt = i;
        if (defect === "enumeration-gap") n += 1;
        if (defect === "enumeration-duplicate") n -= 1;
        markers.push(defect === "enumeration-stray-space" ? `${chineseNumeral(n)} 是` : `${chineseNumeral(n)}是`);
      } else markers.push(`${chineseNumeral(n)}是`);
      n += 1;
    }
    return { markers, defect, defectAt };
  }

  /** A body paragraph: sentences, sometimes an inline enumeration. */
  body(): void {
    const r = this.rnd;
    const parts: string[] = [];
    let placeholder = false;
    const sentences = r.int(1, 4);
    for (let i = 0; i < sentences; i++) {
      const s = this.sentence();
      parts.push(s.text);
      placeholder ||= s.placeholder;
    }
    let defect: DefectKind | undefined;
    if (r.chance(0.3)) {
      const e = this.enumerationMarkers(r.int(2, 5));
      defect = e.defect;
      const semicolons = r.chance(0.5);
      const items = e.markers.map((m, i) => `${m}${this.item()}${semicolons && i < e.markers.length - 1 ? "；" : "。"}`);
      parts.push(`${r.pick(P.ENUM_LEADS)}：${items.join("")}`);
    }
    const index = this.text(parts.join(""));
    if (placeholder) this.defect("placeholder", "placeholder", index, "placeholder");
    if (defect) this.defect(defect, "enumeration", index, defect);
  }

  /** Items 一是…。 each starting its own paragraph (as under a level-2 heading in many reports). */
  paragraphEnumeration(): void {
    const e = this.enumerationMarkers(this.rnd.int(2, 4));
    e.markers.forEach((m, i) => {
      const index = this.text(`${m}${this.item()}。${this.plainSentence()}`);
      if (e.defect && i === e.defectAt) this.defect(e.defect, "enumeration", index, m);
    });
  }

  table(): void {
    const r = this.rnd;
    const header = r.pick(P.TABLE_HEADERS);
    for (const cell of header) this.text(cell, { tableNestingLevel: 1 });
    const rows = r.int(2, 6);
    for (let row = 1; row <= rows; row++) {
      header.forEach((_, col) => {
        const cell =
          col === 0 ? String(row) : col === 1 ? r.pick(P.TABLE_ITEMS) : col === 2 ? r.pick([...P.TABLE_STATUS, String(r.int(1, 99))]) : r.pick(["", "XX", `${r.int(1, 30)}项`, "一、二季度"]);
        this.text(cell, { tableNestingLevel: 1 });
      });
    }
  }

  // ---- headings ----
  /**
   * The marker for the next heading of `level` whose last number was `previous`: standard, or with an injected
   * defect (recorded once the paragraph exists). Returns the marker and the number now in force.
   */
  marker(level: Level, previous: number, allowDefect: boolean): { marker: string; value: number; defect?: DefectKind } {
    const r = this.rnd;
    if (allowDefect && r.chance(this.opts.defectRate)) {
      const kind = r.pick<DefectKind>(previous >= 1 ? ["heading-gap", "heading-duplicate", "heading-malformed"] : ["heading-malformed"]);
      if (kind === "heading-gap") return { marker: STANDARD[level](previous + 2), value: previous + 2, defect: kind };
      if (kind === "heading-duplicate") return { marker: STANDARD[level](previous), value: previous, defect: kind };
      return { marker: r.pick(MALFORMED[level])(previous + 1), value: previous + 1, defect: kind };
    }
    return { marker: STANDARD[level](previous + 1), value: previous + 1 };
  }

  heading(level: Level, previous: number, words: string, auto: boolean): number {
    const style = { styleBuiltIn: `Heading${level}`, outlineLevel: level };
    if (auto) {
      this.push({ text: words, listString: STANDARD[level](previous + 1), listLevel: level - 1, tableNestingLevel: 0, ...style });
      return previous + 1;
    }
    const m = this.marker(level, previous, true);
    const index = this.text(m.marker + words, style);
    if (m.defect) this.defect(m.defect, "numbering", index, m.marker);
    return m.value;
  }
}

function h1Words(r: Random): string {
  return `${r.pick(P.H1_VERBS)}${r.pick(P.H1_OBJECTS)}，${r.pick(P.H1_ADVERBS)}${r.pick(P.H1_GOALS)}`;
}

export function generateDocument(options: GenerateOptions): GeneratedDocument {
  const r = createRandom(options.seed);
  const b = new Builder(r, {
    defectRate: options.defectRate ?? 0.04,
    autoNumberRate: options.autoNumberRate ?? 0.15,
    placeholderRate: options.placeholderRate ?? 0.2,
    tableRate: options.tableRate ?? 0.15,
  });
  const target = Math.max(1, options.pages) * CHARS_PER_PAGE;

  b.text(`${r.pick(P.UNITS)}${r.pick(P.YEARS)}年${r.pick(P.GENRES)}`, { styleBuiltIn: "Title", outlineLevel: 1 });
  b.text(
    `${r.pick(P.TIME_PHRASES)}，${r.pick(P.LEADERSHIP)}，${r.pick(P.GUIDANCE)}，${r.pick(P.WORK_LINES)}，${r.pick(P.METHODS)}，${r.pick(P.OVERALL)}。${r.pick(P.TRANSITIONS)}`,
  );

  // Level-1 sections: a handful for a short report, up to 十七 for a long one (plus 问题 and 打算).
  const sections = Math.max(3, Math.min(17, Math.round(2 + options.pages / 12)));
  const closingBudget = 900;
  const perSection = Math.max(300, (target - b.characters - closingBudget) / sections);
  let n1 = 0;
  for (let s = 0; s < sections; s++) {
    // Word numbers a list by itself: a run is automatic from its first heading to its last, never half typed.
    const auto = r.chance(b.opts.autoNumberRate);
    const autoSubs = auto && r.chance(0.7);
    n1 = b.heading(1, n1, h1Words(r), auto);
    const sectionEnd = b.characters + perSection;
    const subs = Math.max(1, Math.min(15, Math.round(perSection / 2200)));
    const perSub = perSection / subs;
    let n2 = 0;
    for (let k = 0; k < subs && b.characters < sectionEnd; k++) {
      n2 = b.heading(2, n2, `${r.pick(P.H2_TOPICS)}${r.pick(P.H2_RESULTS)}`, autoSubs);
      const subEnd = Math.min(sectionEnd, b.characters + perSub);
      const leaves = perSub > 1500 ? Math.max(2, Math.min(20, Math.round(perSub / 900))) : 0;
      if (leaves === 0) {
        if (r.chance(0.3)) b.paragraphEnumeration();
        while (b.characters < subEnd) b.body();
      } else {
        const perLeaf = perSub / leaves;
        let n3 = 0;
        for (let l = 0; l < leaves && b.characters < subEnd; l++) {
          n3 = b.heading(3, n3, `${r.pick(P.H3_TITLES)}。${b.plainSentence()}`, false);
          const leafEnd = Math.min(subEnd, b.characters + perLeaf);
          if (r.chance(0.2)) b.paragraphEnumeration();
          while (b.characters < leafEnd) b.body();
        }
      }
      if (r.chance(b.opts.tableRate)) b.table();
    }
  }

  n1 = b.heading(1, n1, r.pick(["存在的问题和不足", "存在的主要问题"]), false);
  const problems = r.sample(P.PROBLEMS, r.int(2, 4));
  b.text(`${r.pick(P.PROBLEM_LEADS)}。${problems.map((p, i) => `${chineseNumeral(i + 1)}是${p}${i < problems.length - 1 ? "；" : "。"}`).join("")}`);
  b.heading(1, n1, r.pick(["下一步工作打算", "下一步工作思路"]), false);
  const steps = r.int(2, 4);
  b.text(`${r.pick(P.NEXT_LEAD)}。${Array.from({ length: steps }, (_, i) => `${chineseNumeral(i + 1)}是${b.item()}。`).join("")}`);
  b.text(r.pick(P.CLOSINGS));
  b.text(r.pick(P.UNITS));
  b.text(`${r.pick(P.YEARS)}年${r.int(1, 12)}月${r.int(1, 28)}日`);

  return { seed: options.seed, pages: options.pages, snapshot: { paragraphs: b.paragraphs }, characters: b.characters, defects: b.defects };
}

/** The document as plain lines (automatic numbers shown before their text), for failure messages and files. */
export function documentLines(doc: DocSnapshot): string[] {
  return doc.paragraphs.map((p) => (p.listString ?? "") + p.text);
}
