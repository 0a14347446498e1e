import { useEffect, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowResetRegular, DeleteRegular, FolderOpenRegular, TextFontRegular } from "@fluentui/react-icons";
import { PLAYGROUND_UI } from "./strings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  spacer: { flexGrow: 1 },
  hidden: { display: "none" },
});

export interface ToolbarProps {
  readonly apiVersion: string;
  /** The WordApiDesktop set the simulated Word claims ("1.3"), if any. */
  readonly desktopApiVersion?: string;
  roundTrips(): number;
  onOpenFile(file: File): void;
  onReset(): void;
  /** Loads the second sample: right text, wrong layout (格式 check and 一键排版). */
  onLayoutSample(): void;
  onClear(): void;
}

export function Toolbar({ apiVersion, desktopApiVersion, roundTrips, onOpenFile, onReset, onLayoutSample, onClear }: ToolbarProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const otherVersion = apiVersion === "1.3" ? "1.5" : "1.3";
  return (
    <div className={styles.bar} role="toolbar" aria-label={PLAYGROUND_UI.documentLabel}>
      <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
        {PLAYGROUND_UI.openFile}
      </Button>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onOpenFile(file);
          event.target.value = "";
        }}
      />
      <Button icon={<ArrowResetRegular />} onClick={onReset}>
        {PLAYGROUND_UI.resetSample}
      </Button>
      <Button icon={<TextFontRegular />} onClick={onLayoutSample} data-testid="layout-sample">
        {PLAYGROUND_UI.layoutSample}
      </Button>
      <Button icon={<DeleteRegular />} onClick={onClear}>
        {PLAYGROUND_UI.clear}
      </Button>
      <span className={styles.spacer} />
      <RoundTrips read={roundTrips} />
      <Button as="a" appearance="subtle" href={withQuery("api", otherVersion)}>
        {PLAYGROUND_UI.apiVersion(apiVersion)}
        {desktopApiVersion ? PLAYGROUND_UI.desktopApi : ""} · {PLAYGROUND_UI.switchApi(otherVersion)}
      </Button>
    </div>
  );
}

/** This page's address with one query parameter set (or removed), the others kept. */
function withQuery(name: string, value: string | undefined): string {
  const query = new URLSearchParams(window.location.search);
  if (value === undefined) query.delete(name);
  else query.set(name, value);
  return `?${query.toString()}`;
}

/** Reads change nothing in the document, so the counter polls the simulated host rather than waiting for a change. */
function RoundTrips({ read }: { read(): number }) {
  const [count, setCount] = useState(read());
  useEffect(() => {
    const timer = window.setInterval(() => setCount(read()), 300);
    return () => window.clearInterval(timer);
  }, [read]);
  return (
    <Text size={200} data-testid="round-trips">
      {PLAYGROUND_UI.roundTrips(count)}
    </Text>
  );
}
