/**
 * A check's analysis of a document, kept so that it is done once per document read: the engine is pure, so the
 * findings of a read that equals the last one analysed, with the same options, are the findings already made. A
 * check has two (./session.ts): the text's (every category but 格式), and the 格式 part's of the layout read after it.
 * For the text's, on 800 pages and an office PC, the analysis is most of what 检查 costs (about 700 ms at 4× CPU
 * slowdown in a fresh pane, issue 11's budget for click → findings being 400 ms).
 *
 * So the pane analyses ahead: once 概览 has read the document and the browser is idle, the same read is analysed
 * (./ahead.ts), in the slices every analysis runs in (src/host/turns.ts: 30 ms, then a turn for the browser, so a
 * click or a key waits no longer than that). Paced by requestIdleCallback alone, as first written, it had not ended
 * 15 s after 概览 showed 800 pages at 4× (the cause not found; 概览's outline is drawn in turns meanwhile).
 * When the writer clicks 检查, the check still reads the document (the read is what makes the result true: the
 * writer may have typed since) and compares it with the one analysed, paragraph by paragraph (sameSnapshot); only when
 * they are the same are the findings reused, or the analysis still under way awaited. Any difference,
 * one character or one list number, and the check analyses its own read, as it always did.
 *
 * One kept analysis per document host and part, the latest: a check's own analysis replaces it, so a 重新检查 of a
 * document nobody changed gives the same findings at once. Nothing of it leaves the pane.
 */
import { CATEGORIES, type Finding } from "../../core/finding";
import type { DocSnapshot } from "../../core/model";
import type { CheckOptionsInput } from "../../core/options";
import { checkInSteps } from "../../core/engine";
import { occurrenceSteps } from "../../core/ignore";
import { sameData, sameSnapshot } from "../../core/sameData";
import { inSlices, SlicedWorkCancelled } from "../../host/turns";
import type { DocumentHost } from "../../host/port";

/** The check was cancelled (its signal aborted) before its analysis ended. */
export class AnalysisCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "AnalysisCancelled";
  }
}

export interface Analysed {
  readonly snapshot: DocSnapshot;
  readonly findings: Finding[];
}

interface Analysis {
  readonly snapshot: DocSnapshot;
  readonly options: CheckOptionsInput;
  readonly findings: Promise<Finding[]>;
  /** done: the findings are in; dropped: stopped before that (replaced, or its check cancelled); wanted: a check waits for it. */
  readonly state: { done: boolean; dropped: boolean; wanted: boolean };
}

export class Analyses {
  private kept: Analysis | undefined;

  /**
   * The findings of `snapshot` under `options`, with their ignore keys worked out (occurrenceSteps): the kept
   * analysis's when it is of the same read and options, otherwise a new one. A signal that aborts before the findings
   * are in rejects with AnalysisCancelled and stops the analysis. With the read they are of: the kept one when they
   * were kept, equal to `snapshot` in every paragraph. What follows the analysis should take this one: the findings'
   * ignore keys were worked out on it, and are looked up by it (src/core/ignore.ts); on another object of the same
   * text they were worked out again, in one task.
   */
  analysed(snapshot: DocSnapshot, options: CheckOptionsInput, signal?: AbortSignal): Promise<Analysed> {
    if (signal?.aborted) return Promise.reject(new AnalysisCancelled());
    const reused = this.reusable(snapshot, options);
    const analysis = reused ?? this.start(snapshot, options);
    // Seen in a performance profile (DevTools, `node scripts/bench.js --profile`): whether a check found its analysis made.
    if (reused) mark(reused.state.done ? "gongwen:analysis-reused" : "gongwen:analysis-joined");
    analysis.state.wanted = true;
    const analysed = analysis.findings.then((findings) => ({ snapshot: analysis.snapshot, findings }));
    if (!signal || analysis.state.done) return analysed;
    return new Promise<Analysed>((resolve, reject) => {
      const onAbort = () => {
        this.drop(analysis);
        reject(new AnalysisCancelled());
      };
      signal.addEventListener("abort", onAbort, { once: true });
      const settle = () => signal.removeEventListener("abort", onAbort);
      analysed.then(
        (done) => (settle(), resolve(done)),
        (error: unknown) => (settle(), reject(error)),
      );
    });
  }

  /**
   * Starts analysing `snapshot` ahead of a check, unless the same read and options are kept already, or a check is
   * waiting for the analysis under way (a read 概览 made meanwhile never cancels the writer's 检查).
   */
  ahead(snapshot: DocSnapshot, options: CheckOptionsInput): void {
    const kept = this.kept;
    if (this.reusable(snapshot, options) || (kept && kept.state.wanted && !kept.state.done)) return;
    mark("gongwen:analysis-ahead-started");
    this.start(snapshot, options, true).findings.catch(() => undefined); // a dropped one is nobody's error
  }

  private reusable(snapshot: DocSnapshot, options: CheckOptionsInput): Analysis | undefined {
    const kept = this.kept;
    if (!kept || kept.state.dropped) return undefined;
    return sameData(kept.options, options) && sameSnapshot(kept.snapshot, snapshot) ? kept : undefined;
  }

  private start(snapshot: DocSnapshot, options: CheckOptionsInput, ahead = false): Analysis {
    if (this.kept) this.drop(this.kept);
    const state = { done: false, dropped: false, wanted: false };
    const cancelled = () => state.dropped;
    const findings = (async () => {
      try {
        const found = await inSlices(checkInSteps(snapshot, options), cancelled);
        // The findings' ignore keys in slices too, kept for classify (at 4× in a cold page, 1,300 findings' keys in
        // its task were 50–110 ms).
        await inSlices(occurrenceSteps(found, snapshot), cancelled);
        return found;
      } catch (error) {
        throw error instanceof SlicedWorkCancelled ? new AnalysisCancelled() : error;
      }
    })();
    const analysis: Analysis = { snapshot, options, state, findings };
    findings.then(
      () => {
        state.done = true;
        if (ahead) mark("gongwen:analysis-ahead-done");
      },
      () => this.drop(analysis), // a failed analysis is not kept: the next check tries again
    );
    this.kept = analysis;
    return analysis;
  }

  private drop(analysis: Analysis): void {
    if (analysis.state.done) return;
    analysis.state.dropped = true;
    if (this.kept === analysis) this.kept = undefined;
  }
}

function mark(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(name);
}

export type CheckPart = "text" | "layout";

/** The options of a check's part: the text's every category of `options` but 格式, the layout's 格式 alone. */
export function partOptions(options: CheckOptionsInput, part: CheckPart): CheckOptionsInput {
  const categories = part === "text" ? { ...options.categories, layout: false } : Object.fromEntries(CATEGORIES.map((c) => [c, c === "layout"]));
  return { ...options, categories };
}

/** The document host's analyses: as long-lived as the host (one per pane in Word, one per opened document in the playground). */
const kept = new WeakMap<DocumentHost, Record<CheckPart, Analyses>>();

export function analysesOf(word: DocumentHost, part: CheckPart): Analyses {
  let parts = kept.get(word);
  if (!parts) kept.set(word, (parts = { text: new Analyses(), layout: new Analyses() }));
  return parts[part];
}
