/**
 * 自检 in the pane: runs the host contract in the open (blank) document and shows each point, with what a writer
 * meets where one fails, and a report IT staff can copy. Office web views may refuse the clipboard, so the report
 * is also in a read-only text box that 复制报告 selects when writing to the clipboard fails.
 */
import { useRef, useState } from "react";
import { Button, Field, ProgressBar, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { SelfTestBench } from "../../host/contract";
import type { DocumentHost } from "../../host/port";
import { NoticeBar, type Notice } from "../shared/ErrorBar";
import { selfTestSummary } from "./reportText";
import { ABOUT } from "./strings";
import { useSelfTest } from "./useSelfTest";

const useStyles = makeStyles({
  list: { listStyle: "none", paddingInlineStart: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingInlineStart: tokens.spacingHorizontalS },
  failed: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  status: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  observed: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
});

async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    box?.focus();
    box?.select();
    return false;
  }
}

export function SelfTestSection({ host, bench }: { host: DocumentHost; bench: SelfTestBench | undefined }) {
  const styles = useStyles();
  const { state, start } = useSelfTest(host, bench);
  const [copyNotice, setCopyNotice] = useState<Notice>();
  const reportBox = useRef<HTMLTextAreaElement>(null);
  if (!bench) return <p>{ABOUT.unavailable}</p>;
  const running = state.kind === "running";
  const report = state.kind === "done" ? state.reportText : "";
  return (
    <section aria-labelledby="self-test-title">
      <h3 id="self-test-title">{ABOUT.selfTestTitle}</h3>
      <p>{ABOUT.selfTestIntro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={() => { setCopyNotice(undefined); void start(); }}>
          {state.kind === "done" ? ABOUT.again : ABOUT.start}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {running ? (
          <Field validationMessage={ABOUT.running(state.done, state.total)} validationState="none">
            <ProgressBar value={state.total ? state.done / state.total : undefined} />
          </Field>
        ) : null}
        {state.kind === "done" ? <p>{selfTestSummary(state.report.results)}</p> : null}
      </div>
      {state.kind === "refused" ? <NoticeBar notice={{ intent: "warning", text: state.reason }} /> : null}
      {state.kind === "error" ? <NoticeBar notice={{ intent: "error", text: state.detail }} /> : null}
      {state.kind === "done" ? (
        <>
          <NoticeBar
            notice={{
              intent: state.cleanedUp ? (state.report.passed ? "success" : "warning") : "error",
              text: `${state.report.passed ? ABOUT.allPassed : ABOUT.someFailed}\n${state.cleanUpNote}`,
            }}
          />
          <ul className={styles.list} aria-label={ABOUT.selfTestTitle}>
            {state.report.results.map((r) => (
              <li key={r.id} className={r.ok ? styles.item : `${styles.item} ${styles.failed}`}>
                <span className={styles.status}>{r.skipped ? ABOUT.status.skipped : r.ok ? ABOUT.status.passed : ABOUT.status.failed}</span>
                {r.title}
                <div className={styles.observed}>{r.observed}</div>
                {r.consequence ? <div>{ABOUT.consequence + r.consequence}</div> : null}
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              onClick={async () =>
                setCopyNotice({ intent: "info", text: (await copyText(report, reportBox.current)) ? ABOUT.copied : ABOUT.copyFallback })
              }
            >
              {ABOUT.copy}
            </Button>
          </div>
          <div role="status" aria-live="polite">
            <NoticeBar notice={copyNotice} />
          </div>
          <Field label={ABOUT.reportLabel}>
            <Textarea ref={reportBox} readOnly value={report} resize="vertical" rows={6} />
          </Field>
        </>
      ) : null}
    </section>
  );
}
