/** Positions and live ranges of the simulated document, and how an edit moves them (Word tracks ranges in a batch). */

/** A caret position: paragraph index and UTF-16 offset inside the paragraph text. */
export interface Pos {
  readonly para: number;
  readonly offset: number;
}

export function comparePos(a: Pos, b: Pos): number {
  return a.para !== b.para ? a.para - b.para : a.offset - b.offset;
}

/** A range that follows edits, as Word's range objects do while a batch runs. */
export interface LiveRange {
  start: Pos;
  end: Pos;
  /** A paragraph object: it stays bound to the paragraph holding `start`. */
  readonly paragraph?: boolean;
}

/** What one replacement did, enough to move every other position. */
export interface EditShift {
  readonly start: Pos;
  readonly end: Pos;
  /** End of the inserted content. */
  readonly newEnd: Pos;
  /** Paragraph count change after `end.para`. */
  readonly paraDelta: number;
}

/**
 * Moves a position across an edit. `right` gravity means a position at an insertion point ends up after the
 * inserted text; range starts use right gravity and range ends left gravity, so neighbours never swallow an insert.
 */
export function mapPos(p: Pos, s: EditShift, gravity: "left" | "right"): Pos {
  const atStart = comparePos(p, s.start);
  const atEnd = comparePos(p, s.end);
  if (atStart < 0) return p;
  if (atEnd > 0) {
    if (p.para === s.end.para) return { para: s.newEnd.para, offset: s.newEnd.offset + (p.offset - s.end.offset) };
    return { para: p.para + s.paraDelta, offset: p.offset };
  }
  if (atStart === 0 && atEnd === 0) return gravity === "right" ? s.newEnd : s.start;
  if (atStart === 0) return s.start;
  if (atEnd === 0) return s.newEnd;
  return gravity === "right" ? s.newEnd : s.start;
}

export function mapRange(r: LiveRange, s: EditShift): void {
  const collapsed = comparePos(r.start, r.end) === 0;
  const start = mapPos(r.start, s, "right");
  const end = mapPos(r.end, s, collapsed ? "right" : "left");
  r.start = comparePos(start, end) > 0 ? end : start;
  r.end = end;
}
