/**
 * What a whole document says about the marks in it, for the placeholder guards: a note that explains a star, N+X
 * policy names, where the appendices begin, the hand-written date lines that close forms. Worked out lazily, once per
 * snapshot and only when a guard asks: most documents never need them.
 */
import { DocSnapshot, isBodyParagraph } from "../model";
import { APPENDIX_HEADING, HAND_DATE_LINE, NOTE_START, OPEN_X_NAME, STAR_LEGEND } from "../patterns/placeholders";

export class DocFacts {
  private legends?: { readonly runs: ReadonlySet<string>; readonly paragraphs: ReadonlySet<number> };
  private appendix?: number;
  private dateLines?: readonly number[];

  constructor(private readonly doc: DocSnapshot) {}

  /** Star runs a note explains (注：*为预计数) and the paragraphs holding such notes. */
  starLegends(): { readonly runs: ReadonlySet<string>; readonly paragraphs: ReadonlySet<number> } {
    if (!this.legends) {
      const runs = new Set<string>();
      const paragraphs = new Set<number>();
      this.doc.paragraphs.forEach((p, i) => {
        if (!NOTE_START.test(p.text)) return;
        // A table row holds several cells: a legend may sit in any of them.
        for (const cell of p.text.split("|")) {
          const legend = STAR_LEGEND.exec(cell.trim());
          if (legend && NOTE_START.test(cell)) {
            runs.add(legend[1]);
            paragraphs.add(i);
          }
        }
      });
      this.legends = { runs, paragraphs };
    }
    return this.legends;
  }

  usesOpenX(paragraphIndex: number): boolean {
    // The paragraph that names the policy explains its X个 (﹝4﹞3+3+X产业体系：……X个地方特色产业); elsewhere in a
    // draft that mentions 1+N+X, 全年建成X个示范点 is still a blank (review).
    return OPEN_X_NAME.test(this.doc.paragraphs[paragraphIndex]?.text ?? "");
  }

  /** Index of the first body paragraph that heads an appendix (附件：), or Infinity. */
  appendixStart(): number {
    if (this.appendix === undefined) {
      const i = this.doc.paragraphs.findIndex((p) => isBodyParagraph(p) && APPENDIX_HEADING.test(p.text));
      this.appendix = i < 0 ? Infinity : i;
    }
    return this.appendix;
  }

  /** Body paragraphs that are a date left to be written by hand (年 月 日 spaced out): the closing line of a form. */
  handDateLines(): readonly number[] {
    this.dateLines ??= this.doc.paragraphs.flatMap((p, i) => (isBodyParagraph(p) && HAND_DATE_LINE.test(p.text) ? [i] : []));
    return this.dateLines;
  }
}
