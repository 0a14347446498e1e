/** OfficeExtension.ClientResult (value readable only after sync) and Word.LocationRelation for the simulated Word. */
import type { Span } from "./edit";
import { valueNotLoaded } from "./errors";
import { comparePos } from "./positions";

export class FakeClientResult<T> {
  private loaded = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.loaded = true;
  }
  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.v as T;
  }
}

export function relation(a: Span, b: Span): string {
  const ss = comparePos(a.start, b.start);
  const ee = comparePos(a.end, b.end);
  if (ss === 0 && ee === 0) return "Equal";
  if (comparePos(a.end, b.start) < 0) return "Before";
  if (comparePos(a.end, b.start) === 0) return "AdjacentBefore";
  if (comparePos(a.start, b.end) > 0) return "After";
  if (comparePos(a.start, b.end) === 0) return "AdjacentAfter";
  if (ss <= 0 && ee >= 0) return ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
  if (ss >= 0 && ee <= 0) return ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
  return ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
}
