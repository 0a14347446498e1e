import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/finding";
import type { DocumentHost } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { describeFixOutcome } from "./describeFixOutcome";
import { describeError } from "../shared/errors";
import { UI } from "../strings";
import { CheckCancelled, classify, keyOf, runCheck, targetOf, writeIgnoreKeys } from "./session";
import { applyFindingFixes } from "./fixes";
import type { CheckResult } from "./session";

export type Progress = { readonly phase: "reading" | "analysing"; readonly paragraphs?: number };

/** The 检查 tab's state and actions. Every action that changes the document ends with a fresh check. */
export function useCheck(word: DocumentHost) {
  const [result, setResult] = useState<CheckResult>();
  const [progress, setProgress] = useState<Progress>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController>(undefined);

  const check = useCallback(
    async (after?: Notice) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setNotice(after);
      try {
        const next = await runCheck(word, (phase, paragraphs) => setProgress({ phase, paragraphs }), controller.signal);
        setResult(next);
      } catch (error) {
        setNotice(error instanceof CheckCancelled ? { intent: "info", text: UI.check.cancelled } : { intent: "error", text: describeError(error) });
      } finally {
        if (abort.current === controller) setProgress(undefined);
      }
    },
    [word],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);

  /** Runs a document action; errors become a visible notice, never a lost one. */
  const act = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error) });
    } finally {
      setBusy(false);
    }
  }, []);

  const select = (finding: Finding) =>
    act(async () => {
      if (!result) return;
      setNotice(undefined);
      const target = targetOf(result.snapshot, finding);
      const status = await word.selectSpan(target);
      if (status === "ok") return;
      // "missing": the paragraph is as checked but Word's Find does not see the text the same way (full- and
      // half-width punctuation, soft line breaks): the paragraph is still one click away.
      if (status === "missing" && (await word.selectParagraph(target.paragraphIndex, target.paragraphText, target.part)) === "ok") {
        setNotice({ intent: "info", text: UI.check.selectedParagraphInstead });
        return;
      }
      await check({ intent: "warning", text: UI.check.changedRechecked });
    });

  const fix = (findings: readonly Finding[]) =>
    act(async () => {
      if (!result || findings.length === 0) return;
      const outcome = await applyFindingFixes(word, result.snapshot, findings);
      await check(describeFixOutcome(outcome));
    });

  const setIgnored = (finding: Finding, ignored: boolean) =>
    act(async () => {
      if (!result) return;
      const key = keyOf(result, finding);
      const keys = ignored ? [...result.ignoreKeys, key] : result.ignoreKeys.filter((k) => k !== key);
      const dropped = await writeIgnoreKeys(word, keys);
      if (dropped > 0) setNotice({ intent: "warning", text: UI.check.ignoresDropped(dropped) });
      setResult(classify(result.snapshot, [...result.open, ...result.ignored].sort(byPosition), keys.slice(dropped)));
    });

  const restoreAllIgnored = () =>
    act(async () => {
      if (!result) return;
      await writeIgnoreKeys(word, []);
      setResult(classify(result.snapshot, [...result.open, ...result.ignored].sort(byPosition), []));
    });

  /** Findings already commented in this session, keyed on their text: a second click adds no duplicates. */
  const commented = useRef(new Set<string>());
  const commentable = result ? result.open.filter((f) => isBlocking(f) && !commented.current.has(keyOf(result, f))) : [];

  const addComments = () =>
    act(async () => {
      if (!result) return;
      const findings = commentable;
      const report = await word.addComments(
        findings.map((finding) => ({ target: targetOf(result.snapshot, finding), text: finding.message })),
      );
      for (const index of report.applied) commented.current.add(keyOf(result, findings[index]));
      const text = [UI.check.addCommentsDone(report.applied.length)];
      if (report.skipped.length > 0) text.push(UI.check.commentsSkipped(report.skipped.length));
      setNotice({ intent: report.skipped.length > 0 ? "warning" : "success", text: text.join(" ") });
    });

  return { result, progress, notice, busy, check, cancel, select, fix, setIgnored, restoreAllIgnored, commentable, addComments, setNotice };
}

/** Errors and warnings are what must be dealt with; info hints are advice and get no comment in the document. */
export function isBlocking(finding: Finding): boolean {
  return finding.severity !== "info";
}

export function byPosition(a: Finding, b: Finding): number {
  return a.paragraphIndex - b.paragraphIndex || a.range[0] - b.range[0] || a.range[1] - b.range[1];
}
