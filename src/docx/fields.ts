/**
 * Complex fields (w:fldChar begin … separate … end) can nest and span runs and paragraphs (a TOC spans many).
 * Word's text shows a field's result, never its instructions, so text counts only when every open field is past
 * its separator.
 */
export class FieldState {
  /** One entry per open field: false while in its instructions, true once in its displayed result. */
  private readonly open: boolean[] = [];

  onFldChar(type: string | undefined): void {
    if (type === "begin") this.open.push(false);
    else if (type === "separate" && this.open.length > 0) this.open[this.open.length - 1] = true;
    // An unmatched "end" in a damaged file is ignored rather than hiding the rest of the document.
    else if (type === "end") this.open.pop();
  }

  get showsText(): boolean {
    return this.open.every((inResult) => inResult);
  }
}
