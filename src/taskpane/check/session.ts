/**
 * The 检查 tab's work, apart from React: read the document once, analyse in JS, turn findings into Word targets,
 * apply fixes through the gateway and say exactly what happened. Kept free of components so jest can drive it
 * against the simulated host.
 */
import type { DocSnapshot } from "../../core/model";
import type { Finding } from "../../core/finding";
import { checkDocument } from "../../core/engine";
import { ignoreKey } from "../../core/ignore";
import { PartialEditError } from "../../word/gateway";
import type { SpanEdit, SpanTarget, WordGateway } from "../../word/gateway";

/** Where ignored findings are kept: in the document, so they travel with it to a colleague. */
export const IGNORED_SETTING = "gongwen.ignoredFindings";

export interface CheckResult {
  readonly snapshot: DocSnapshot;
  /** Findings still open, in document order. */
  readonly open: readonly Finding[];
  /** Findings the writer chose to ignore. */
  readonly ignored: readonly Finding[];
  readonly ignoreKeys: readonly string[];
}

export interface CheckProgress {
  (phase: "reading" | "analysing", paragraphs?: number): void;
}

export class CheckCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "CheckCancelled";
  }
}

/** One round trip for the document, one read of the ignore list, then analysis in JS. */
export async function runCheck(word: WordGateway, onProgress?: CheckProgress, signal?: AbortSignal): Promise<CheckResult> {
  onProgress?.("reading");
  // Word cannot be interrupted mid-read; a cancel settles at once and the late result is dropped.
  const [snapshot, ignoreKeys] = await untilAborted(Promise.all([word.readSnapshot(), readIgnoreKeys(word)]), signal);
  onProgress?.("analysing", snapshot.paragraphs.length);
  // Let the progress message paint before the synchronous analysis.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw new CheckCancelled();
  return classify(snapshot, checkDocument(snapshot), ignoreKeys);
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
  const keys = new Set(ignoreKeys);
  const open: Finding[] = [];
  const ignored: Finding[] = [];
  for (const finding of findings) {
    const key = ignoreKey(finding, snapshot.paragraphs[finding.paragraphIndex]?.text ?? "");
    (keys.has(key) ? ignored : open).push(finding);
  }
  return { snapshot, open, ignored, ignoreKeys };
}

export async function readIgnoreKeys(word: WordGateway): Promise<string[]> {
  const stored = await word.readDocumentSetting(IGNORED_SETTING);
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === "string") : [];
  } catch {
    return []; // a damaged setting only loses the ignore list, never the document
  }
}

export async function writeIgnoreKeys(word: WordGateway, keys: readonly string[]): Promise<void> {
  await word.writeDocumentSetting(IGNORED_SETTING, JSON.stringify([...new Set(keys)]));
}

export function keyOf(result: CheckResult, finding: Finding): string {
  return ignoreKey(finding, result.snapshot.paragraphs[finding.paragraphIndex]?.text ?? "");
}

/** The finding's text in the live document. */
export function targetOf(snapshot: DocSnapshot, finding: Finding): SpanTarget {
  return {
    paragraphIndex: finding.paragraphIndex,
    start: finding.range[0],
    end: finding.range[1],
    paragraphText: snapshot.paragraphs[finding.paragraphIndex]?.text ?? "",
  };
}

/**
 * A fix as a Word edit. Word cannot search for an empty string, so an insertion is widened to the character after
 * it (or before it, at the end of a paragraph) and that character is put back around the inserted text.
 */
export function editOf(snapshot: DocSnapshot, finding: Finding): SpanEdit | undefined {
  const fix = finding.fix;
  if (!fix || finding.onListString) return undefined;
  const paragraphText = snapshot.paragraphs[finding.paragraphIndex]?.text ?? "";
  let [start, end] = fix.range;
  let text = fix.text;
  if (start === end) {
    if (end < paragraphText.length) {
      text = text + paragraphText.slice(end, end + 1);
      end += 1;
    } else if (start > 0) {
      text = paragraphText.slice(start - 1, start) + text;
      start -= 1;
    } else {
      return undefined; // inserting into an empty paragraph: nothing to anchor on
    }
  }
  return { target: { paragraphIndex: finding.paragraphIndex, start, end, paragraphText }, text };
}

export interface FixOutcome {
  /** Findings whose fix landed in the document. */
  readonly applied: readonly Finding[];
  /** Findings whose fix was not applied because their text changed since the check (or could not be found). */
  readonly skipped: readonly Finding[];
  /** Set when Word failed midway: `applied` and `skipped` then say exactly what landed, unless `unknown`. */
  readonly failure?: { readonly message: string; readonly unknown: boolean; readonly notReached: readonly Finding[] };
}

/**
 * Applies the fixes of these findings in one gateway call (verify all, then apply: at most 2 round trips). Word
 * batches are not transactions: when Word fails midway, the gateway reads back what landed and this reports it.
 */
export async function applyFindingFixes(word: WordGateway, snapshot: DocSnapshot, findings: readonly Finding[]): Promise<FixOutcome> {
  const sent = findings.flatMap((finding) => {
    const edit = editOf(snapshot, finding);
    return edit ? [{ finding, edit }] : [];
  });
  const pick = (indices: readonly number[]) => indices.map((index) => sent[index].finding);
  try {
    const report = await word.replaceSpans(sent.map(({ edit }) => edit));
    return { applied: pick(report.applied), skipped: pick(report.skipped.map((skip) => skip.index)) };
  } catch (error) {
    if (!(error instanceof PartialEditError)) throw error; // nothing was applied: the caller shows the error
    const report = error.report;
    if (!report) {
      return { applied: [], skipped: [], failure: { message: error.message, unknown: true, notReached: [] } };
    }
    const failed = report.skipped.filter((skip) => skip.reason === "failed").map((skip) => skip.index);
    const skipped = report.skipped.filter((skip) => skip.reason !== "failed").map((skip) => skip.index);
    return {
      applied: pick(report.applied),
      skipped: pick(skipped),
      failure: { message: error.message, unknown: false, notReached: pick(failed) },
    };
  }
}

export function isFixable(finding: Finding): boolean {
  return !!finding.fix && !finding.onListString;
}
