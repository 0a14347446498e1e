/**
 * The 检查 tab's work, apart from React: read the document once, analyse in JS, keep the ignore list in the
 * document, and turn findings into Word targets (fixes are in ./fixes.ts). Kept free of components so jest can
 * drive it against the simulated host.
 *
 * A check comes in two parts (issue 11): the text (one round trip, then the text categories' rules) gives its
 * findings and a verdict at once; the layout (格式: Word's getOoxml, seconds on a long document, and its parse)
 * follows in a round trip of its own, and its findings join the same result (./layoutJoin.ts). Until they have, the
 * result says so (layoutCheck "pending") and the verdict never says 可以提交.
 */
import type { DocPart, DocSnapshot } from "../../core/model";
import type { Finding } from "../../core/finding";
import { nextTurn } from "../../host/turns";
import { resolveOptions, type CheckOptionsInput } from "../../core/options";
import { joinLayout, type LayoutFindings } from "./layoutJoin";
import { matchIgnores, occurrenceKeys } from "../../core/ignore";
import { AnalysisCancelled, analysesOf, partOptions, type Analysed, type CheckPart } from "./analyses";
import type { SpanTarget, DocumentHost } from "../../host/port";

/** Where ignored findings are kept: in the document, so they travel with it to a colleague. */
export const IGNORED_SETTING = "gongwen.ignoredFindings";

export interface CheckResult {
  readonly snapshot: DocSnapshot;
  /** Findings still open, in document order. */
  readonly open: readonly Finding[];
  /** Findings the writer chose to ignore. */
  readonly ignored: readonly Finding[];
  /**
   * The stored ignore keys that still match a finding of this check. The next write keeps only these (and the new
   * one), so keys of findings that no longer exist are pruned rather than piling up in the document (issue 9).
   */
  readonly ignoreKeys: readonly string[];
  /**
   * Each finding's occurrence key (src/core/ignore.ts), open and ignored alike: what 忽略 stores, what links a comment
   * to its finding, and what keeps a finding's place in the walk across re-checks.
   */
  readonly keys: ReadonlyMap<Finding, string>;
  /** For each ignored finding, the stored key that ignores it (取消忽略 removes that key). */
  readonly ignoredBy: ReadonlyMap<Finding, string>;
  /**
   * The 格式 check, when it is on and has not joined yet: "pending" while its round trip and analysis run, "stopped"
   * when the writer cancelled it (or it failed). Absent when 格式 was checked or is off. Either way the verdict is
   * not 可以提交, and the stored ignore keys are all kept (ignoreKeys): those of 格式 findings match nothing yet.
   */
  readonly layoutCheck?: LayoutCheck;
}

export type LayoutCheck = "pending" | "stopped";

/**
 * The most the ignore list may take in the document's settings (characters of JSON). Settings travel inside the
 * .docx (the web extension part) and are rewritten on every save; 200,000 characters is thousands of keys and far
 * below what makes saving slow. Past it, the oldest ignores are dropped and the writer is told.
 */
export const MAX_IGNORE_SETTING_CHARS = 200_000;

export interface CheckProgress {
  (phase: "reading" | "analysing", paragraphs?: number): void;
}

export class CheckCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "CheckCancelled";
  }
}

/** The first part of a check: the text's findings now, and the 格式 check to run next when it is on. */
export interface TextCheck {
  /** With layoutCheck "pending" when `layout` is there. */
  readonly result: CheckResult;
  /**
   * Starts the 格式 check: the layout's own round trip, then the 格式 rules; its findings go into the result with
   * joinLayout (./layoutJoin.ts). Rejects with CheckCancelled when the check's signal aborts.
   */
  readonly layout?: () => Promise<LayoutFindings>;
}

/**
 * The whole check, both parts: what the bench and the tests call; the pane shows the first part before the second
 * (startCheck).
 */
export async function runCheck(
  word: DocumentHost,
  onProgress?: CheckProgress,
  signal?: AbortSignal,
  options: CheckOptionsInput | Promise<CheckOptionsInput> = {},
): Promise<CheckResult> {
  const text = await startCheck(word, onProgress, signal, options);
  return text.layout ? joinLayout(text.result, await text.layout()) : text.result;
}

/**
 * One round trip for the text, one read of the ignore list, then the text categories' analysis in JS. `options`
 * (the house style's, read from the document's settings beside the ignore list) may still be on its way. When the
 * house style leaves 格式 on, the result is marked pending and `layout` runs that part.
 */
export async function startCheck(
  word: DocumentHost,
  onProgress?: CheckProgress,
  signal?: AbortSignal,
  options: CheckOptionsInput | Promise<CheckOptionsInput> = {},
): Promise<TextCheck> {
  onProgress?.("reading");
  // Word cannot be interrupted mid-read; a cancel settles at once and the late result is dropped.
  const [read, checkOptions, ignoreKeys] = await untilAborted(Promise.all([word.readSnapshot(), options, readIgnoreKeys(word)]), signal);
  onProgress?.("analysing", read.paragraphs.length);
  const layoutOn = resolveOptions(checkOptions).categories.layout;
  // The read analysed: `read` itself, or an earlier one of the same text whose analysis is kept (./analyses.ts).
  const { snapshot, findings } = await analyse(word, "text", read, partOptions(checkOptions, "text"), signal);
  const result = classify(snapshot, findings, ignoreKeys, layoutOn ? "pending" : undefined);
  // The list's update (the caller's, on the result) in a task of its own: with classify, at 4× on a long document,
  // one task over the budget (issue 11).
  await nextTurn();
  if (signal?.aborted) throw new CheckCancelled();
  return layoutOn ? { result, layout: () => checkLayout(word, snapshot, checkOptions, signal) } : { result };
}

/** The 格式 part: the layout of `snapshot`'s paragraphs in its own round trip, then the 格式 category's rules alone. */
async function checkLayout(word: DocumentHost, snapshot: DocSnapshot, options: CheckOptionsInput, signal: AbortSignal | undefined): Promise<LayoutFindings> {
  // The caller starts this right after handing over the text's result: the layout's read begins once the findings
  // are painted, in a task of its own.
  await afterNextPaint();
  if (signal?.aborted) throw new CheckCancelled(); // cancelled meanwhile: Word is not asked
  const laidOut = await untilAborted(word.readLayout(snapshot, signal), signal);
  return analyse(word, "layout", laidOut, partOptions(options, "layout"), signal);
}

/**
 * The analysis of one part, in slices (src/host/turns.ts, the pane's one scheduler) so that no piece of a long
 * document's analysis becomes one long task and a click on 取消 is heard between two slices; the one kept for the
 * same read when there is one (./analyses.ts).
 */
function analyse(word: DocumentHost, part: CheckPart, snapshot: DocSnapshot, options: CheckOptionsInput, signal?: AbortSignal): Promise<Analysed> {
  return analysesOf(word, part)
    .analysed(snapshot, options, signal)
    .catch((error: unknown) => Promise.reject(error instanceof AnalysisCancelled ? new CheckCancelled() : error));
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new CheckCancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CheckCancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Findings (in document order) split into open and ignored by the stored keys. With `layoutCheck`, the 格式
 * findings are not in yet: every stored key is kept, since a key of a 格式 finding matches nothing before it joins.
 */
export function classify(snapshot: DocSnapshot, findings: readonly Finding[], ignoreKeys: readonly string[], layoutCheck?: LayoutCheck): CheckResult {
  const match = matchIgnores(findings, snapshot, ignoreKeys);
  const occurrence = occurrenceKeys(findings, snapshot);
  // A loop, not a list of pairs handed to the Map: thousands of findings on a long document, in a cold page.
  const keys = new Map<Finding, string>();
  for (let i = 0; i < findings.length; i++) keys.set(findings[i], occurrence[i]);
  const ignoredBy = new Map([...match.keyOf].map(([i, key]) => [findings[i], key] as const));
  return {
    snapshot,
    open: findings.filter((_, i) => !match.ignored.has(i)),
    ignored: findings.filter((_, i) => match.ignored.has(i)),
    ignoreKeys: layoutCheck ? ignoreKeys : ignoreKeys.filter((key) => match.live.has(key)),
    keys,
    ignoredBy,
    ...(layoutCheck ? { layoutCheck } : {}),
  };
}

export async function readIgnoreKeys(word: DocumentHost): Promise<string[]> {
  const stored = await word.readDocumentSetting(IGNORED_SETTING);
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === "string") : [];
  } catch {
    return []; // a damaged setting only loses the ignore list, never the document
  }
}

/** Stores the ignore list, oldest first; returns how many of the oldest had to be dropped to fit the limit. */
export async function writeIgnoreKeys(word: DocumentHost, keys: readonly string[]): Promise<number> {
  const unique = [...new Set(keys)];
  let size = JSON.stringify(unique).length;
  let dropped = 0;
  while (size > MAX_IGNORE_SETTING_CHARS && dropped < unique.length) {
    size -= JSON.stringify(unique[dropped]).length + 1;
    dropped++;
  }
  await word.writeDocumentSetting(IGNORED_SETTING, JSON.stringify(unique.slice(dropped)));
  return dropped;
}

/** The finding's occurrence key in this result (see CheckResult.keys). */
export function keyOf(result: CheckResult, finding: Finding): string {
  return result.keys.get(finding) ?? occurrenceKeys([finding], result.snapshot)[0];
}

/** The finding's text in the live document. */
export function targetOf(snapshot: DocSnapshot, finding: Finding): SpanTarget {
  return {
    paragraphIndex: finding.paragraphIndex,
    start: finding.range[0],
    end: finding.range[1],
    paragraphText: snapshot.paragraphs[finding.paragraphIndex]?.text ?? "",
    ...partOf(snapshot, finding.paragraphIndex),
  };
}

/** The part a snapshot paragraph was read from, for a target (absent for the main text). */
export function partOf(snapshot: DocSnapshot, paragraphIndex: number): { part?: DocPart } {
  const part = snapshot.paragraphs[paragraphIndex]?.part;
  return part === undefined ? {} : { part };
}

/**
 * A turn once the browser has painted what is on the page now: the next animation frame, then a task after it. For
 * work that must not delay that paint: a MessageChannel turn (nextTurn) may run before the browser's next rendering
 * opportunity, and the 格式 read of 800 pages began before the text's findings were painted. A page that draws no
 * frames (a pane Word has hidden) is waited for no longer than FRAME_WAIT_MS. Here, not in src/host/turns.ts: that
 * module is in the pane's first download, this only in the check's (issue 11's 150 KB).
 */
function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== "function") return nextTurn();
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void nextTurn().then(resolve);
    };
    const timer = setTimeout(go, FRAME_WAIT_MS);
    requestAnimationFrame(go);
  });
}

const FRAME_WAIT_MS = 100;
