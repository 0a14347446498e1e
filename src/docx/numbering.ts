/**
 * numbering.xml: abstract list definitions (w:abstractNum) and their instances (w:num) with level overrides.
 * The counters live in list-counter.ts.
 */
import { readNumPr, StyleSheet } from "./styles";
import { childElements, isW, wAttr, wChild, wChildren, wFlag, wIntVal, wVal, type XmlElement } from "./xml";

export interface LevelDef {
  /** ECMA-376 17.9.25: an omitted w:start means 0. */
  readonly start: number;
  readonly numFmt: string;
  /** The w:lvlText pattern, e.g. "（%2）"; undefined means no number is shown. */
  readonly lvlText?: string;
  /** w:lvlRestart: restart after a level ≤ this 1-based level is used; 0 = never; undefined = default. */
  readonly restart?: number;
  /** w:isLgl: show every level's counter in Arabic digits. */
  readonly isLgl: boolean;
  /** w:pStyle: the paragraph style linked to this level. */
  readonly pStyle?: string;
  /** w:pPr: the indents (and any other paragraph properties) the level gives its paragraphs (17.9.6). */
  readonly pPr?: XmlElement;
}

export interface ListInstance {
  /** Key of the shared counter set: Word counts per abstract definition, not per w:num. */
  readonly abstractId: string;
  readonly levels: readonly (LevelDef | undefined)[];
  /** w:lvlOverride/w:startOverride per level: applied when this instance is first used. */
  readonly startOverrides: ReadonlyMap<number, number>;
}

export const MAX_LEVELS = 9;

function readLevels(abstractNum: XmlElement): (LevelDef | undefined)[] {
  const levels: (LevelDef | undefined)[] = new Array(MAX_LEVELS).fill(undefined);
  for (const lvl of wChildren(abstractNum, "lvl")) {
    const ilvl = Number.parseInt(wAttr(lvl, "ilvl") ?? "", 10);
    if (ilvl >= 0 && ilvl < MAX_LEVELS) levels[ilvl] = readLevel(lvl);
  }
  return levels;
}

function readLevel(lvl: XmlElement): LevelDef {
  return {
    start: wIntVal(lvl, "start") ?? 0,
    numFmt: wVal(lvl, "numFmt") ?? "decimal",
    lvlText: wVal(lvl, "lvlText"),
    restart: wIntVal(lvl, "lvlRestart"),
    isLgl: wFlag(lvl, "isLgl"),
    pStyle: wVal(lvl, "pStyle"),
    pPr: wChild(lvl, "pPr"),
  };
}

export class Numbering {
  private readonly abstracts = new Map<string, XmlElement>();
  private readonly nums = new Map<number, XmlElement>();
  private readonly cache = new Map<number, ListInstance | null>();

  constructor(root: XmlElement | undefined, private readonly styles: StyleSheet) {
    for (const el of root === undefined ? [] : childElements(root)) {
      const abstractId = wAttr(el, "abstractNumId");
      const numId = Number.parseInt(wAttr(el, "numId") ?? "", 10);
      if (isW(el, "abstractNum") && abstractId !== undefined) this.abstracts.set(abstractId, el);
      else if (isW(el, "num") && Number.isFinite(numId)) this.nums.set(numId, el);
    }
  }

  /** The list instance for a numId; undefined for numId 0 ("no numbering") and for dangling references. */
  instance(numId: number): ListInstance | undefined {
    if (!this.cache.has(numId)) this.cache.set(numId, this.build(numId, 0) ?? null);
    return this.cache.get(numId) ?? undefined;
  }

  private build(numId: number, depth: number): ListInstance | undefined {
    const num = this.nums.get(numId);
    const abstractId = wVal(num, "abstractNumId");
    const abstractNum = abstractId === undefined ? undefined : this.abstracts.get(abstractId);
    if (num === undefined || abstractId === undefined || abstractNum === undefined) return undefined;

    // w:numStyleLink: the definition lives in a numbering style whose own w:num points at the real abstractNum.
    const link = wVal(abstractNum, "numStyleLink");
    const linkedNumId = link === undefined ? undefined : this.styles.numPr(link)?.numId;
    const base = linkedNumId !== undefined && depth < 3 ? this.build(linkedNumId, depth + 1) : undefined;

    const levels = base ? [...base.levels] : readLevels(abstractNum);
    const startOverrides = new Map<number, number>();
    for (const override of wChildren(num, "lvlOverride")) {
      const ilvl = Number.parseInt(wAttr(override, "ilvl") ?? "", 10);
      if (!(ilvl >= 0 && ilvl < MAX_LEVELS)) continue;
      const lvl = wChild(override, "lvl");
      if (lvl !== undefined) levels[ilvl] = readLevel(lvl);
      const start = wIntVal(override, "startOverride");
      if (start !== undefined) startOverrides.set(ilvl, start);
    }
    return { abstractId: base?.abstractId ?? abstractId, levels, startOverrides };
  }
}

/**
 * A style-linked list whose w:numPr names no level: Word takes the level whose w:pStyle is the paragraph's style
 * (that is how "heading 2" gets level 1 of a heading list).
 */
export function levelForStyle(instance: ListInstance, styleId: string | undefined): number {
  if (styleId === undefined) return 0;
  const found = instance.levels.findIndex((level) => level?.pStyle === styleId);
  return found >= 0 ? found : 0;
}

/** The list level a paragraph is an item of, from its own w:numPr or its style's. */
export interface ListLevelRef {
  readonly numId: number;
  readonly instance: ListInstance;
  /** 0-based, within 0 … MAX_LEVELS − 1. */
  readonly level: number;
  /** True when the numbering comes from the paragraph style rather than the paragraph's own w:numPr. */
  readonly fromStyle: boolean;
}

export function listLevelOf(
  pPr: XmlElement | undefined, styleId: string | undefined, styles: StyleSheet, numbering: Numbering,
): ListLevelRef | undefined {
  const direct = readNumPr(pPr);
  const fromStyle = styles.numPr(styleId);
  const numId = direct?.numId ?? fromStyle?.numId;
  // numId 0 switches off numbering a style would give.
  if (numId === undefined || numId === 0) return undefined;
  const instance = numbering.instance(numId);
  if (instance === undefined) return undefined;
  const ilvl = direct?.ilvl ?? fromStyle?.ilvl ?? levelForStyle(instance, styleId);
  return { numId, instance, level: Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1), fromStyle: direct?.numId === undefined };
}
