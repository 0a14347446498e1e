/**
 * Word.PageSetup of the simulated Word (Section.pageSetup, WordApiDesktop 1.3 only): margins, page size and the
 * document grid in points, read after load + sync and written at sync. On a host without WordApiDesktop 1.3 the
 * object can be reached (office.js has the class) but loading or setting anything fails the sync with ApiNotFound.
 */
import { FakeClientObject } from "./context";
import { FakeOfficeError } from "./errors";
import { PAGE_PROPERTIES, pageProperty, withPageProperty } from "./page";
import { styleRun } from "./styles";

function normalSizePt(): number {
  return styleRun("Normal").sizeHalfPoints / 2;
}

export class FakePageSetup extends FakeClientObject {
  private require(): void {
    if (this.context.state.desktopApiVersion < 1.3) throw new FakeOfficeError("ApiNotFound", "PageSetup requires WordApiDesktop 1.3, which this host does not support.");
  }

  override applyLoad(paths: readonly string[]): void {
    this.require();
    super.applyLoad(paths);
  }

  protected scalarNames(): readonly string[] {
    return PAGE_PROPERTIES;
  }
  protected readScalar(name: string): unknown {
    const value = pageProperty(this.context.doc.page, name, normalSizePt());
    return value === undefined ? this.unknownProperty(name) : value;
  }

  private set(name: (typeof PAGE_PROPERTIES)[number], value: unknown): void {
    this.context.enqueue("format", () => {
      this.require();
      const next = withPageProperty(this.context.doc.page, name, value, normalSizePt());
      if (!next) throw new FakeOfficeError("InvalidArgument", `PageSetup.${name}: ${String(value)} is not a valid value.`);
      this.context.doc.setPage(next);
    });
    this.setValue(name, value);
  }

  get pageWidth(): number { return this.get<number>("pageWidth"); }
  set pageWidth(v: number) { this.set("pageWidth", v); }
  get pageHeight(): number { return this.get<number>("pageHeight"); }
  set pageHeight(v: number) { this.set("pageHeight", v); }
  get topMargin(): number { return this.get<number>("topMargin"); }
  set topMargin(v: number) { this.set("topMargin", v); }
  get bottomMargin(): number { return this.get<number>("bottomMargin"); }
  set bottomMargin(v: number) { this.set("bottomMargin", v); }
  get leftMargin(): number { return this.get<number>("leftMargin"); }
  set leftMargin(v: number) { this.set("leftMargin", v); }
  get rightMargin(): number { return this.get<number>("rightMargin"); }
  set rightMargin(v: number) { this.set("rightMargin", v); }
  get headerDistance(): number { return this.get<number>("headerDistance"); }
  set headerDistance(v: number) { this.set("headerDistance", v); }
  get footerDistance(): number { return this.get<number>("footerDistance"); }
  set footerDistance(v: number) { this.set("footerDistance", v); }
  get gutter(): number { return this.get<number>("gutter"); }
  set gutter(v: number) { this.set("gutter", v); }
  /** "Default" | "Grid" | "LineGrid". */
  get layoutMode(): string { return this.get<string>("layoutMode"); }
  set layoutMode(v: string) { this.set("layoutMode", v); }
  get linesPage(): number { return this.get<number>("linesPage"); }
  set linesPage(v: number) { this.set("linesPage", v); }
  get charsLine(): number { return this.get<number>("charsLine"); }
  set charsLine(v: number) { this.set("charsLine", v); }
}
