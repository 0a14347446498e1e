/**
 * A numbered run (一、二、三、 or 一是、二是) followed item by item. A break (a gap, a duplicate, a step back) is
 * reported once, where it happens; the run then follows the number actually written, so that 一、三、四、五、 is one
 * break (at 三) and 一、三、四、四、五、 two (at 三 and at the second 四) — never a chain of findings after one slip
 * (issue 8). The fix of a break renumbers the rest of the run from there (rules/renumber.ts).
 *
 * A 1 in the middle of a run opens a new run and keeps the old one aside; a later item that continues the old run
 * resumes it (a nested list 一、…五、 inside 二、 of an outer 一、二、三、, as in long reports). Items that say where
 * they stand (`ItemPlace`, inline enumerations) resume an outer run only where it was left off — in the paragraph of
 * its last item, or opening a paragraph as paragraph-start items do — so that in 具体来说：一是A；二是B；三是C；五是D
 * after paragraphs 一是 二是 四是 五是, the 五是 is a gap in the new sequence, not the old one's 六 gone missing.
 */

/**
 * carry: the first item after a new parent heading (or scope) continues the run before it instead of starting at 1
 * — numbering run on across sections on purpose (民生实事 1.–82. through 一、…十、; (1)…(60) through a regulation).
 */
export type SequenceEvent = "start" | "continue" | "restart" | "resume" | "carry" | "break" | "wrongStart";

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
  /**
   * After a break, the number due had the broken item been a typo for the one expected: 四、四、六、 is one slip (the
   * second 四 meant 五), 一、三、四、 another (二 is missing). The next item tells which; either is no new finding.
   */
  alternative?: number;
  count: number;
  lastValue: number;
  lastParagraph?: number;
}

export class SequenceTracker {
  private current: OpenRun | undefined;
  private suspended: OpenRun[] = [];
  /** The run open when the last scope closed: the next scope may carry it on. */
  private carried: OpenRun | undefined;

  constructor(private readonly newRunId: () => number) {}

  /** True when a scope has closed on an open run (the next item is the first under a new parent). */
  get afterScope(): boolean {
    return this.carried !== undefined;
  }

  /** True when no run is open (first item under a new parent or scope). */
  get isEmpty(): boolean {
    return this.current === undefined;
  }

  /** The value the open run expects next, if a run is open. */
  get nextExpected(): number | undefined {
    return this.current?.next;
  }

  /** True when `value` would be the next item of the open run, or carry on the run of the scope before. */
  expects(value: number): boolean {
    return this.current ? this.current.next === value : this.carried?.next === value;
  }

  /** Id of the open run, if any. */
  get currentRunId(): number | undefined {
    return this.current?.id;
  }

  /** Items in the open run so far. */
  get currentCount(): number {
    return this.current?.count ?? 0;
  }

  /**
   * The next item may not carry on the closed scope's run: where a document restarts this level under other parents,
   * a carried-on number is a slip, not its house style.
   */
  forbidCarry(): void {
    this.carried = undefined;
  }

  /** Forgets every run. */
  reset(): void {
    this.current = undefined;
    this.dropSuspended();
    this.carried = undefined;
  }

  /** No run kept aside any more (a new list only when there were some: every heading of a long report asks). */
  private dropSuspended(): void {
    if (this.suspended.length > 0) this.suspended = [];
  }

  /**
   * A new parent heading or scope begins: runs start afresh at 1, except that the first item may carry on the run
   * that was open (its next number, not 1), which some documents do on purpose.
   */
  closeScope(): void {
    this.carried = this.current ?? this.carried;
    this.current = undefined;
    this.dropSuspended();
  }

  /**
   * Opens a run as if items 1…`count` had been seen in another style (首先，… before 二是): the next item continues
   * it. Returns the run's id.
   */
  assume(count: number): number {
    const run: OpenRun = { id: this.newRunId(), next: count + 1, count, lastValue: count };
    this.current = run;
    this.carried = undefined;
    return run.id;
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
    if (!run) {
      const carried = this.carried;
      this.carried = undefined;
      if (carried && value !== 1 && value >= carried.next && (!place || place.opensParagraph)) {
        this.current = carried;
        // Carried on with a gap (1. 2. | 3. 4. | 6. 7.): a break in the run carried on, not a wrong start at 6.
        return value === carried.next ? this.advance(carried, value, "carry") : this.record(carried, value, false, place);
      }
      return this.open(value, value === 1 ? "start" : "wrongStart");
    }
    if (value === run.next || value === run.alternative) return this.advance(run, value, "continue");
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
    // A break: reported against what was due here; the run then follows the number written — except after two
    // neighbours swapped (一、二、四、三、五、): the run still expects what it expected, so 五、 is no new finding.
    const expected = run.next;
    const step: SequenceStep = { runId: run.id, expected, event: "break", position: run.count, previousValue: run.lastValue };
    const stepBack = value === run.lastValue - 1;
    run.next = stepBack ? run.next : value + 1;
    run.alternative = stepBack ? run.alternative : expected + 1;
    run.count += 1;
    run.lastValue = value;
    return step;
  }

  /** Opens a run at this item; a wrong start is reported once and the run follows the number written. */
  private open(value: number, event: SequenceEvent): SequenceStep {
    const run: OpenRun = { id: this.newRunId(), next: value + 1, alternative: value === 1 ? undefined : 2, count: 1, lastValue: value };
    this.current = run;
    return { runId: run.id, expected: 1, event, position: 0 };
  }

  private advance(run: OpenRun, value: number, event: SequenceEvent): SequenceStep {
    const step: SequenceStep = { runId: run.id, expected: value, event, position: run.count, previousValue: run.lastValue };
    run.next = value + 1;
    run.alternative = undefined;
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
