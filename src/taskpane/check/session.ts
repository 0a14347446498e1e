/**
 * The 检查 tab's work, apart from React: read the document once, analyse in JS, keep the ignore list in the
 * document, and turn findings into Word targets (fixes are in ./fixes.ts). Kept free of components so jest can
 * drive it against the simulated host.
 */
import type { DocPart, DocSnapshot } from "../../core/model";
import type { Finding } from "../../core/finding";
import { checkInSteps } from "../../core/engine";
import { nextTurn } from "../shared/nextTurn";
import { resolveOptions, type CheckOptionsInput } from "../../core/options";
import { matchIgnores, occurrenceKeys } from "../../core/ignore";
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
}

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

/**
 * One round trip for the document, one read of the ignore list, then analysis in JS. `options` (the house style's,
 * read from the document's settings beside the ignore list) may still be on its way.
 */
export async function runCheck(
  word: DocumentHost,
  onProgress?: CheckProgress,
  signal?: AbortSignal,
  options: CheckOptionsInput | Promise<CheckOptionsInput> = {},
): Promise<CheckResult> {
  onProgress?.("reading");
  // Word cannot be interrupted mid-read; a cancel settles at once and the late result is dropped. The layout (fonts,
  // sizes, indents: issue 13) is read only when the house style leaves the 格式 category on, so the options come first.
  const read = Promise.resolve(options).then((checkOptions) =>
    Promise.all([word.readSnapshot({ layout: resolveOptions(checkOptions).categories.layout }), checkOptions]),
  );
  const [[snapshot, checkOptions], ignoreKeys] = await untilAborted(Promise.all([read, readIgnoreKeys(word)]), signal);
  onProgress?.("analysing", snapshot.paragraphs.length);
  const steps = checkInSteps(snapshot, checkOptions);
  for (;;) {
    // A turn for the browser before each rule: the progress message paints, a click on 取消 is heard, and no piece
    // of a long document's analysis becomes one long task.
    await nextTurn();
    if (signal?.aborted) throw new CheckCancelled();
    const step = steps.next();
    if (step.done) return classify(snapshot, step.value, ignoreKeys);
  }
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

export function classify(snapshot: DocSnapshot, findings: readonly Finding[], ignoreKeys: readonly string[]): CheckResult {
  const match = matchIgnores(findings, snapshot, ignoreKeys);
  const occurrence = occurrenceKeys(findings, snapshot);
  const keys = new Map(findings.map((finding, i) => [finding, occurrence[i]] as const));
  const ignoredBy = new Map([...match.keyOf].map(([i, key]) => [findings[i], key] as const));
  return {
    snapshot,
    open: findings.filter((_, i) => !match.ignored.has(i)),
    ignored: findings.filter((_, i) => match.ignored.has(i)),
    ignoreKeys: ignoreKeys.filter((key) => match.live.has(key)),
    keys,
    ignoredBy,
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
