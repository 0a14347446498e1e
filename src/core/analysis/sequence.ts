/**
 * A numbered run (一、二、三、 or 一是、二是) followed item by item. Expectations are positional: the k-th item of a
 * run should carry k, so fixing every broken item renumbers the whole run (一、二、四、五、 → 四→三, 五→四).
 *
 * A 1 in the middle of a run opens a new run and keeps the old one aside; a later item that continues the old run
 * resumes it (a nested list 一、…五、 inside 二、 of an outer 一、二、三、, as in long reports).
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

interface OpenRun {
  readonly id: number;
  next: number;
  count: number;
  lastValue: number;
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

  /** Records an item; `allowRestart` false turns a repeated 1 into a break (a duplicate) instead of a new run. */
  push(value: number, allowRestart = true): SequenceStep {
    const run = this.current;
    if (!run) return this.open(value, value === 1 ? "start" : "wrongStart");
    if (value === run.next) return this.advance(run, value, "continue");
    if (value === 1 && allowRestart) {
      this.suspended.push(run);
      return this.open(value, "restart");
    }
    for (let i = this.suspended.length - 1; i >= 0; i--) {
      const outer = this.suspended[i];
      if (outer.next === value) {
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
