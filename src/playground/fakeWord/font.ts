/**
 * Word.Font of the simulated Word (Range.font, Paragraph.font, Body.font): name, size and bold (WordApi 1.1), and
 * nameFarEast / nameAscii only where the host claims WordApiDesktop 1.3. A value that differs across the range reads
 * as null, as Word reports mixed formatting. Writes are queued and run at sync like every other call.
 *
 * What Word is believed to do and we model (README "verify on real Word"):
 * - `name` reads the Latin slot (w:ascii): Word's Font.Name follows the Latin font, which is why the East
 *   Asian font cannot be read through it. A range whose Chinese text is 仿宋 and digits Times New Roman reads
 *   "Times New Roman".
 * - Setting `name` to an East Asian font (黑体, SimHei, 方正小标宋简体…) sets the East Asian and the Latin slots, as
 *   picking such a font in Word's font box does; a Latin font (Times New Roman) sets only the Latin slots, so the
 *   Chinese text keeps its font.
 */
import { FakeClientObject, type FakeContext } from "./context";
import type { SimulatedDocument } from "./document";
import type { Span } from "./edit";
import { FakeOfficeError } from "./errors";
import { formatAt, formatStretch, sliceRuns } from "./runs";
import { effectiveRun, type EffectiveRun } from "./styles";
import type { RunFormat } from "./types";

/** Font names Word treats as East Asian though they are spelled in Latin letters (lower case, spaces removed). */
const EAST_ASIAN_LATIN_NAMES = new Set(
  [
    "SimSun", "NSimSun", "SimHei", "FangSong", "FangSong_GB2312", "KaiTi", "KaiTi_GB2312", "Microsoft YaHei",
    "Microsoft JhengHei", "DengXian", "DengXian Light", "STSong", "STFangsong", "STKaiti", "STHeiti", "STZhongsong",
    "STXihei", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "FZFangSong-Z02", "FZKai-Z03", "FZHei-B01", "PMingLiU",
    "MingLiU", "DFKai-SB", "MS Mincho", "MS Gothic", "Yu Mincho", "Yu Gothic", "Malgun Gothic", "Batang", "Gulim",
    "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Serif SC",
  ].map((name) => name.toLowerCase().replace(/\s+/g, "")),
);

/** True for a font name Word files under East Asian fonts: written in CJK characters, or a known CJK font. */
export function isEastAsianFontName(name: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(name) || EAST_ASIAN_LATIN_NAMES.has(name.toLowerCase().replace(/\s+/g, ""));
}

const DESKTOP_ONLY = ["nameFarEast", "nameAscii"] as const;

/** One value for the whole range, or null when it differs. */
function single<T>(values: readonly T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class FakeFont extends FakeClientObject {
  constructor(
    context: FakeContext,
    /** The story and span the font covers, known at sync. */
    private readonly target: () => { readonly doc: SimulatedDocument; readonly span: Span },
  ) {
    super(context);
  }

  private get desktop13(): boolean {
    return this.context.state.desktopApiVersion >= 1.3;
  }

  /** Every stretch of text in the span with its effective formatting; at an insertion point, the typing format. */
  private stretches(): EffectiveRun[] {
    const { doc, span } = this.target();
    const start = doc.inText(span.start);
    const end = doc.inText(span.end);
    const out: EffectiveRun[] = [];
    for (let i = start.para; i <= end.para; i++) {
      const p = doc.paragraph(i);
      const from = i === start.para ? start.offset : 0;
      const to = i === end.para ? end.offset : p.text.length;
      for (const run of sliceRuns(p, from, to)) out.push(effectiveRun(p, run.format));
    }
    if (out.length === 0) {
      const p = doc.paragraph(start.para);
      out.push(effectiveRun(p, formatAt(p, start.offset)));
    }
    return out;
  }

  protected scalarNames(): readonly string[] {
    return this.desktop13 ? ["name", "size", "bold", ...DESKTOP_ONLY] : ["name", "size", "bold"];
  }

  protected readScalar(name: string): unknown {
    if ((DESKTOP_ONLY as readonly string[]).includes(name)) this.requireDesktop(name);
    const runs = this.stretches();
    switch (name) {
      case "name":
      case "nameAscii":
        return single(runs.map((r) => r.fontAscii));
      case "nameFarEast":
        return single(runs.map((r) => r.fontEastAsia));
      case "size":
        return single(runs.map((r) => r.sizeHalfPoints / 2));
      case "bold":
        return single(runs.map((r) => r.bold));
      default:
        return this.unknownProperty(name);
    }
  }

  private requireDesktop(name: string): void {
    if (!this.desktop13) throw new FakeOfficeError("ApiNotFound", `Font.${name} requires WordApiDesktop 1.3, which this host does not support.`);
  }

  get name(): string {
    return this.get<string>("name");
  }
  set name(value: string) {
    const eastAsian = isEastAsianFontName(value);
    this.write("name", value, () => (eastAsian ? { fontEastAsia: value, fontAscii: value, fontHAnsi: value } : { fontAscii: value, fontHAnsi: value }));
  }

  get size(): number {
    return this.get<number>("size");
  }
  set size(value: number) {
    this.write("size", value, () => {
      // Word's font box takes 1–1638 pt in half points.
      if (typeof value !== "number" || !(value >= 1 && value <= 1638)) throw new FakeOfficeError("InvalidArgument", `Font.size: ${String(value)} is not a valid size.`);
      return { sizeHalfPoints: Math.round(value * 2) };
    });
  }

  get bold(): boolean {
    return this.get<boolean>("bold");
  }
  set bold(value: boolean) {
    this.write("bold", value, () => ({ bold: Boolean(value) }));
  }

  get nameFarEast(): string {
    return this.get<string>("nameFarEast");
  }
  set nameFarEast(value: string) {
    this.write("nameFarEast", value, () => {
      this.requireDesktop("nameFarEast");
      return { fontEastAsia: value };
    });
  }

  get nameAscii(): string {
    return this.get<string>("nameAscii");
  }
  set nameAscii(value: string) {
    this.write("nameAscii", value, () => {
      this.requireDesktop("nameAscii");
      return { fontAscii: value, fontHAnsi: value };
    });
  }

  /**
   * Office.js keeps a value set on a proxy readable at once and sends the write with the next sync; the write fails
   * there (bad value, unsupported API) and the whole batch with it.
   */
  private write(name: string, value: unknown, change: () => Partial<RunFormat>): void {
    this.context.enqueue("format", () => {
      const { doc, span } = this.target();
      const delta = change();
      const start = doc.inText(span.start);
      const end = doc.inText(span.end);
      for (let i = start.para; i <= end.para; i++) {
        const from = i === start.para ? start.offset : 0;
        const to = i === end.para ? end.offset : doc.paragraph(i).text.length;
        if (to > from) doc.updateParagraph(i, (p) => ({ ...p, runs: formatStretch(p, from, to, delta) }));
      }
    });
    this.setValue(name, value);
  }
}
