/** Snapshots with layout, built by hand the way the .docx reader fills them (src/core/layout/types.ts). */
import type { DocParagraph, DocSnapshot } from "../../../src/core/model";
import type { FirstLineIndent, LayoutAlignment, ParagraphLayout, RunLayout } from "../../../src/core/layout/types";

export interface Look {
  readonly font?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly latin?: string;
}

export interface ParagraphSpec {
  readonly text: string;
  readonly align?: LayoutAlignment;
  readonly indent?: FirstLineIndent;
  /** One look for the whole text, or [end, look] pieces in order. */
  readonly look?: Look;
  readonly pieces?: readonly (readonly [number, Look])[];
  readonly lineSpacing?: ParagraphLayout["lineSpacing"];
  readonly table?: boolean;
}

const toRun = (range: readonly [number, number], look: Look): RunLayout => ({
  range,
  ...(look.font !== undefined ? { eastAsiaFont: look.font } : {}),
  ...(look.latin !== undefined ? { latinFont: look.latin } : {}),
  ...(look.size !== undefined ? { sizePt: look.size } : {}),
  ...(look.bold !== undefined ? { bold: look.bold } : {}),
});

export function paragraph(spec: ParagraphSpec): DocParagraph {
  const runs: RunLayout[] = [];
  if (spec.pieces) {
    let start = 0;
    for (const [end, look] of spec.pieces) {
      runs.push(toRun([start, end], look));
      start = end;
    }
  } else if (spec.text.length > 0) runs.push(toRun([0, spec.text.length], spec.look ?? {}));
  const layout: ParagraphLayout = {
    runs,
    ...(spec.align !== undefined ? { alignment: spec.align } : {}),
    ...(spec.indent !== undefined ? { firstLineIndent: spec.indent } : {}),
    ...(spec.lineSpacing !== undefined ? { lineSpacing: spec.lineSpacing } : {}),
  };
  return { text: spec.text, tableNestingLevel: spec.table ? 1 : 0, layout };
}

export function snapshot(specs: readonly ParagraphSpec[], page?: NonNullable<DocSnapshot["layout"]>["page"]): DocSnapshot {
  return { paragraphs: specs.map(paragraph), layout: page ? { page } : {} };
}

/* Looks as GB/T 9704—2012 wants them, and the usual wrong ones. */
export const FANGSONG: Look = { font: "仿宋_GB2312", size: 16 };
export const HEITI: Look = { font: "黑体", size: 16 };
export const KAITI: Look = { font: "楷体_GB2312", size: 16 };
export const XIAOBIAOSONG: Look = { font: "方正小标宋简体", size: 22 };
export const SONGTI_XIAOSI: Look = { font: "宋体", size: 12 };
export const TWO_CHARS: FirstLineIndent = { chars: 2 };
export const NO_INDENT: FirstLineIndent = { chars: 0 };

/** A correct body paragraph. */
export const body = (text: string, look: Look = FANGSONG, indent: FirstLineIndent = TWO_CHARS): ParagraphSpec => ({ text, look, indent, align: "justify" });
export const heading = (text: string, look: Look): ParagraphSpec => ({ text, look, indent: TWO_CHARS, align: "justify" });

/**
 * What a host does with layout changes, on the snapshot: paragraph properties replaced where set; each target run's
 * properties laid over the characters it covers, those it leaves undefined (bold) kept from the runs before.
 */
export function applyChanges(doc: DocSnapshot, changes: readonly { paragraphIndex: number; layout: import("../../../src/core/layout/types").TargetLayout }[]): DocSnapshot {
  const paragraphs = doc.paragraphs.map((p) => p);
  for (const { paragraphIndex, layout } of changes) {
    const p = paragraphs[paragraphIndex];
    const before = p.layout ?? { runs: [] };
    let runs: RunLayout[] = [...before.runs];
    for (const target of layout.runs ?? []) {
      const cut: RunLayout[] = [];
      for (const run of runs) {
        const [s, e] = run.range;
        const [ts, te] = target.range;
        if (e <= ts || s >= te) {
          cut.push(run);
          continue;
        }
        if (s < ts) cut.push({ ...run, range: [s, ts] });
        const { range: _r, ...props } = target;
        cut.push({ ...run, ...Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)), range: [Math.max(s, ts), Math.min(e, te)] });
        if (e > te) cut.push({ ...run, range: [te, e] });
      }
      runs = cut;
    }
    paragraphs[paragraphIndex] = {
      ...p,
      layout: {
        ...before,
        ...(layout.alignment !== undefined ? { alignment: layout.alignment } : {}),
        ...(layout.firstLineIndent !== undefined ? { firstLineIndent: layout.firstLineIndent } : {}),
        ...(layout.lineSpacing !== undefined ? { lineSpacing: layout.lineSpacing } : {}),
        runs,
      },
    };
  }
  return { ...doc, paragraphs };
}
