/**
 * The request context and proxy base of the simulated Word: calls are queued and run in order at `sync()`, loaded
 * values appear only after that sync, reading anything else throws PropertyNotLoaded, just as Office.js does.
 *
 * A sync is answered in a later task, as Word's answer comes back from its own process. Word does a batch's work
 * there, and the page stays free meanwhile; the simulator does it on the page's own thread, so its long ops (a long
 * collection's load, getOoxml) run in slices with the browser's turns between (../../host/turns.ts): reading an
 * 800-page document is no long task of the simulator's making (issue 11). Word answers one batch at a time, in the
 * order they were sent, so a batch is never run in the gaps of another's slices.
 */
import { nextTurn, SLICE_MS } from "../../host/turns";
import type { SimulatedDocument } from "./document";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import type { LiveRange } from "./positions";

/** Operation kinds, for counting and for fault injection. */
export type OpKind =
  | "load" | "navigate" | "search" | "select" | "delete" | "insertText" | "insertOoxml" | "insertParagraph" | "insertComment" | "deleteComment"
  /** Setting a formatting property (font, alignment, indent, line spacing, page setup). */
  | "format"
  | "getOoxml";

/** Make a sync fail: the `sync`-th one (1-based, counted over the host's life) and/or the `nth` op of a kind. */
export interface FaultRule {
  readonly sync?: number;
  readonly op?: OpKind;
  /** With `op`: which occurrence of that op kind fails (1-based, counted over the host's life). Default 1. */
  readonly nth?: number;
  /** With `sync` only: how many ops of that sync run before it fails. Default 0: nothing runs. */
  readonly afterOps?: number;
  readonly code: string;
  readonly message?: string;
}

/** State shared by every context of one simulated host. */
export interface HostState {
  readonly doc: SimulatedDocument;
  readonly apiVersion: number;
  /** Highest WordApiDesktop set claimed (0: none, as Word on the web and on Mac before it gets them). */
  readonly desktopApiVersion: number;
  /** false: collection loads ignore navigation paths such as items/listItemOrNullObject/listString. */
  readonly nestedCollectionLoads: boolean;
  syncs: number;
  readonly opCounts: Map<OpKind, number>;
  /** Ranges loaded out of search results so far (what a broad search costs Word to send back). */
  searchResultsLoaded: number;
  readonly faults: FaultRule[];
  readonly beforeSync: ((syncNumber: number) => void)[];
  /** Settles when the last batch sent has been answered (failed or not): the next one waits for it. */
  answered: Promise<void>;
  /** How long getOoxml takes to answer beyond writing the package, ms (SimulatedWordOptions.getOoxmlMs). */
  readonly getOoxmlMs: number;
}

export class FakeContext {
  private queue: { kind: OpKind; run: () => void | Promise<void> }[] = [];
  private readonly owned: { readonly story: SimulatedDocument; readonly range: LiveRange }[] = [];
  private closed = false;

  constructor(readonly state: HostState) {}

  get doc(): SimulatedDocument {
    return this.state.doc;
  }

  /** `run` may take several turns (getOoxml: see ranges.ts); the batch's later ops wait for it. */
  enqueue(kind: OpKind, run: () => void | Promise<void>): void {
    if (this.closed) {
      throw new FakeOfficeError("InvalidObjectPath", "The object path is not valid: the request context of this object has ended (Word.run finished).");
    }
    this.queue.push({ kind, run });
  }

  /** A live range that Word tracks for the rest of this batch, in the main text or in a part's story. */
  own(r: LiveRange, story: SimulatedDocument = this.doc): LiveRange {
    this.owned.push({ story, range: r });
    return story.track(r);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const n = ++this.state.syncs;
    const answer = this.state.answered.then(() => this.answer(n, ops));
    this.state.answered = answer.catch(() => undefined);
    return answer;
  }

  /**
   * Word's side of a round trip: the batch's ops in order, then the answer, in a task of its own. Word does this work
   * in its own process; here it shares the pane's thread, so a batch of thousands of small ops (a load per paragraph)
   * gives the browser a turn every SLICE_MS, as the sliced ops (a collection's load, getOoxml) do themselves.
   */
  private async answer(n: number, ops: readonly { kind: OpKind; run: () => void | Promise<void> }[]): Promise<void> {
    await nextTurn();
    for (const hook of this.state.beforeSync) hook(n);
    let until = performance.now() + SLICE_MS;
    for (const [index, op] of ops.entries()) {
      if (performance.now() >= until) {
        await nextTurn();
        until = performance.now() + SLICE_MS;
      }
      this.checkFaults(n, index, op.kind);
      const running = op.run();
      if (running) {
        await running;
        until = performance.now() + SLICE_MS;
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const { story, range } of this.owned) story.untrack(range);
  }

  private checkFaults(syncNumber: number, index: number, kind: OpKind): void {
    const count = (this.state.opCounts.get(kind) ?? 0) + 1;
    this.state.opCounts.set(kind, count);
    const hit = this.state.faults.findIndex((f) =>
      f.op !== undefined
        ? f.op === kind && (f.nth ?? 1) === count && (f.sync === undefined || f.sync === syncNumber)
        : f.sync === syncNumber && (f.afterOps ?? 0) === index,
    );
    if (hit < 0) return;
    const [rule] = this.state.faults.splice(hit, 1);
    throw new FakeOfficeError(rule.code, rule.message ?? `Injected failure (${rule.code}) at sync ${syncNumber}, op ${index} (${kind}).`);
  }
}

/** "a, b/c" or ["a", "b/c"] or { select } → trimmed paths. */
export function parsePaths(spec?: string | readonly string[] | { select?: string | readonly string[] }): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : ((spec as { select?: string | string[] }).select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Load paths split once: names without a slash, and the paths under each navigation property. */
interface LoadPlan {
  readonly names: readonly string[];
  readonly nested: ReadonlyMap<string, readonly string[]>;
}

/** By paths array: a collection's items (thousands of paragraphs) share one array, and so one split. */
const plans = new WeakMap<readonly string[], LoadPlan>();

function planOf(paths: readonly string[]): LoadPlan {
  let plan = plans.get(paths);
  if (plan) return plan;
  const names: string[] = [];
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    if (slash < 0) names.push(path);
    else {
      const head = path.slice(0, slash);
      nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
    }
  }
  plan = { names, nested };
  plans.set(paths, plan);
  return plan;
}

/** Base of every proxy: load → (sync) → read, strictly. */
export abstract class FakeClientObject {
  private readonly values = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {}

  /** Scalar properties a bare `load()` loads. */
  protected abstract scalarNames(): readonly string[];
  /** Reads a scalar from the document (at sync time). */
  protected abstract readScalar(name: string): unknown;
  /** A navigation property's proxy, for paths like "listItemOrNullObject/listString". */
  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const paths = parsePaths(spec);
    this.context.enqueue("load", () => this.applyLoad(paths));
    return this;
  }

  /** Runs at sync: copies the named values out of the document. */
  applyLoad(paths: readonly string[]): void {
    const plan = planOf(paths.length ? paths : this.scalarNames());
    const navigations: string[] = [];
    for (const head of plan.names) {
      if (this.navigation(head)) navigations.push(head);
      else this.values.set(head, this.readScalar(head));
    }
    for (const [head, rest] of plan.nested) {
      const nav = this.navigation(head);
      if (!nav) throw new FakeOfficeError("InvalidArgument", `Cannot load '${head}': not a navigation property.`);
      nav.applyLoad(rest);
    }
    // A navigation property named alone loads its own scalars (unless paths under it were named too).
    for (const head of navigations) if (!plan.nested.has(head)) this.navigation(head)?.applyLoad([]);
  }

  protected setValue(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  protected get<T>(name: string): T {
    if (!this.values.has(name)) throw propertyNotLoaded(name);
    return this.values.get(name) as T;
  }

  protected unknownProperty(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `The property '${name}' does not exist on this object in the simulated host.`);
  }
}
