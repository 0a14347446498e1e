/**
 * A numbered run (一、二、三、 or 一是、二是) followed item by item. Expectations are positional: the k-th item of a
 * run should carry k, so fixing every broken item renumbers the whole run (一、二、四、五、 → 四→三, 五→四).
 *
 * A 1 in the middle of a run opens a new run and keeps the old one aside; a later item that continues the old run
 * resumes it (a nested list 一、…五、 inside 二、 of an outer 一、二、三、, as in long reports). Items that say where
 * they stand (`ItemPlace`, inline enumerations) resume an outer run only where it was left off — in the paragraph of
 * its last item, or opening a paragraph as paragraph-start items do — so that in 具体来说：一是A；二是B；三是C；五是D
 * after paragraphs 一是 二是 四是 五是, the 五是 is a gap in the new sequence, not the old one's 六 gone missing.
 */

export type SequenceEvent = "start" | "continue" | "restart" | "resume" | "break" | "wrongStart";

export interface SequenceStep {
  readonly runId: number;
  /** The value this item should carry at its position. */
  readonly expected: number;
  readonly event: SequenceEvent;
  /** Number of items in the run before this one. */
  readonly position: number;
  /** Value of the previous item of the run, if any (tells a duplicate from a gap). */
  readonly previousValue?: number;
}

/** Where an item stands, for runs that may only be resumed where they were left off. */
export interface ItemPlace {
  readonly paragraphIndex: number;
  /** The item opens its paragraph (after any heading marker and spaces). */
  readonly opensParagraph: boolean;
}

interface OpenRun {
  readonly id: number;
  next: number;
  count: number;
  lastValue: number;
  lastParagraph?: number;
}

export class SequenceTracker {
  private current: OpenRun | undefined;
  private suspended: OpenRun[] = [];

  constructor(private readonly newRunId: () => number) {}

  /** True when no run is open (first item under a new parent or scope). */
  get isEmpty(): boolean {
    return this.current === undefined;
  }

  /** The value the open run expects next, if a run is open. */
  get nextExpected(): number | undefined {
    return this.current?.next;
  }

  /** Id of the open run, if any. */
  get currentRunId(): number | undefined {
    return this.current?.id;
  }

  /** Items in the open run so far. */
  get currentCount(): number {
    return this.current?.count ?? 0;
  }

  /** Forgets every run: a new parent heading or a new scope begins. */
  reset(): void {
    this.current = undefined;
    this.suspended = [];
  }

  /** Moves the open run's expectation forward, as if `count` items had been seen (markers found missing). */
  skipAhead(count: number): void {
    if (this.current) {
      this.current.next += count;
      this.current.count += count;
    }
  }

  /**
   * Records an item; `allowRestart` false turns a repeated 1 into a break (a duplicate) instead of a new run. With a
   * `place`, a kept-aside run is resumed only in the paragraph of its last item or by an item opening a paragraph.
   */
  push(value: number, allowRestart = true, place?: ItemPlace): SequenceStep {
    const step = this.record(this.current, value, allowRestart, place);
    // Every outcome leaves the run that took the item open.
    if (this.current) this.current.lastParagraph = place?.paragraphIndex;
    return step;
  }

  private record(run: OpenRun | undefined, value: number, allowRestart: boolean, place: ItemPlace | undefined): SequenceStep {
    if (!run) return this.open(value, value === 1 ? "start" : "wrongStart");
    if (value === run.next) return this.advance(run, value, "continue");
    if (value === 1 && allowRestart) {
      this.suspended.push(run);
      return this.open(value, "restart");
    }
    for (let i = this.suspended.length - 1; i >= 0; i--) {
      const outer = this.suspended[i];
      const whereLeftOff = !place || place.opensParagraph || outer.lastParagraph === place.paragraphIndex;
      if (outer.next === value && whereLeftOff) {
        this.suspended.length = i;
        this.current = outer;
        return this.advance(outer, value, "resume");
      }
    }
    const expected = run.next;
    const step: SequenceStep = { runId: run.id, expected, event: "break", position: run.count, previousValue: run.lastValue };
    run.next += 1;
    run.count += 1;
    run.lastValue = value;
    return step;
  }

  private open(value: number, event: SequenceEvent): SequenceStep {
    const run: OpenRun = { id: this.newRunId(), next: 2, count: 1, lastValue: value };
    this.current = run;
    return { runId: run.id, expected: 1, event, position: 0 };
  }

  private advance(run: OpenRun, value: number, event: SequenceEvent): SequenceStep {
    const step: SequenceStep = { runId: run.id, expected: value, event, position: run.count, previousValue: run.lastValue };
    run.next = value + 1;
    run.count += 1;
    run.lastValue = value;
    return step;
  }
}

/** A counter shared by the trackers of one analysis so that run ids are unique within it. */
export function runIdCounter(): () => number {
  let id = 0;
  return () => ++id;
}
