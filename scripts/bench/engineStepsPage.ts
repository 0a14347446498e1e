/**
 * The engine alone, for `node scripts/bench.js --steps` (./engineSteps.ts): bundled by webpack in production mode as
 * the task pane is, loaded into a fresh page, where the benchmark runs the pane's check on the snapshot it hands over
 * one step at a time — the rules' steps (engine.ts checkInSteps), then the findings' ignore keys in steps
 * (occurrenceSteps, run by the pane's analysis in its slices), then the ignore matching and the occurrence keys the
 * pane's classify computes from them (src/taskpane/check/session.ts) — and times each.
 */
import { checkInSteps } from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import { matchIgnores, occurrenceKeys, occurrenceSteps } from "../../src/core/ignore";
import type { DocSnapshot } from "../../src/core/model";

export interface StepTime {
  /** The rule's id, or (sort), (occurrenceSteps), (matchIgnores), (occurrenceKeys). */
  readonly step: string;
  /** Wall-clock time (in the benchmark's Chromium, at 4× CPU slowdown). */
  readonly ms: number;
}

export interface StepsRun {
  readonly steps: readonly StepTime[];
  readonly findings: number;
  /** The whole check, steps and ignore matching, ms. */
  readonly totalMs: number;
}

/** The pane's check, one step per call of next(); undefined once all are done. */
export class Stepper {
  private readonly run: Generator<string, Finding[], void>;
  private findings: Finding[] | undefined;
  private after: Array<() => StepTime> = [];
  private keying: ReturnType<typeof occurrenceSteps> | undefined;

  constructor(
    private readonly snapshot: DocSnapshot,
    private readonly ignoreKeys: readonly string[],
  ) {
    this.run = checkInSteps(snapshot);
  }

  get findingCount(): number {
    return this.findings?.length ?? 0;
  }

  next(): StepTime | undefined {
    if (this.keying) {
      const t0 = performance.now();
      if (this.keying.next().done) this.keying = undefined;
      return { step: "(occurrenceSteps)", ms: performance.now() - t0 };
    }
    const queued = this.after.shift();
    if (queued) return queued();
    if (this.findings) return undefined;
    const t0 = performance.now();
    const step = this.run.next();
    const ms = performance.now() - t0;
    if (!step.done) return { step: step.value, ms };
    const findings = (this.findings = step.value);
    this.keying = occurrenceSteps(findings, this.snapshot);
    this.after = [
      () => timed("(matchIgnores)", () => matchIgnores(findings, this.snapshot, this.ignoreKeys)),
      () => timed("(occurrenceKeys)", () => occurrenceKeys(findings, this.snapshot)),
    ];
    return { step: "(sort)", ms };
  }
}

function timed(step: string, work: () => unknown): StepTime {
  const t0 = performance.now();
  work();
  return { step, ms: performance.now() - t0 };
}

/** All steps back to back, each timed (Node). */
export function timeSteps(snapshot: DocSnapshot, ignoreKeys: readonly string[]): StepsRun {
  const stepper = new Stepper(snapshot, ignoreKeys);
  const steps: StepTime[] = [];
  const start = performance.now();
  for (let step = stepper.next(); step; step = stepper.next()) steps.push(step);
  return { steps, findings: stepper.findingCount, totalMs: performance.now() - start };
}

declare global {
  interface Window {
    gongwenSteps?: { Stepper: typeof Stepper };
  }
}

if (typeof window !== "undefined") window.gongwenSteps = { Stepper };
