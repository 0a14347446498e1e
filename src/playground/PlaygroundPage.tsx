import { memo, useEffect, useState } from "react";
import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { PaneServices } from "../taskpane/services";
import { NoticeBar } from "../taskpane/shared/ErrorBar";
import type { Notice } from "../taskpane/shared/ErrorBar";
import { DocumentPane } from "./DocumentPane";
import { PartBands } from "./PartBands";
import { CommentList } from "./CommentList";
import { Toolbar } from "./Toolbar";
import type { PlaygroundDocument } from "./playgroundDocument";
import { SAMPLE_PARAGRAPHS } from "./sample";
import { readDocumentFile } from "./readDocumentFile";
import { PLAYGROUND_UI } from "./strings";

const useStyles = makeStyles({
  shell: { display: "grid", gridTemplateRows: "auto auto 1fr", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  header: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, display: "grid", gap: "2px" },
  main: { display: "grid", gridTemplateColumns: "1fr var(--pane-width, 380px)", minHeight: 0 },
  documentArea: { overflowY: "auto", padding: `0 ${tokens.spacingHorizontalL}` },
  sheet: { backgroundColor: "#ffffff", boxShadow: tokens.shadow8, margin: "24px auto", width: "min(794px, 100%)" },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: 0,
    overflow: "hidden",
    resize: "horizontal",
  },
});

/** The pane re-renders on its own state only, not on every keystroke in the document. */
const MemoApp = memo(App);

export interface PlaygroundProps {
  readonly doc: PlaygroundDocument;
  readonly services: PaneServices;
  readonly apiVersion: string;
  roundTrips(): number;
}

/** A top-level page: the real task pane beside a simulated Word document (office.js is never loaded here). */
export function PlaygroundPage({ doc, services, apiVersion, roundTrips }: PlaygroundProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice>();
  const [, setVersion] = useState(0);
  // Word gives every document its own task pane: opening, resetting or clearing the document starts a fresh pane,
  // so no result of the previous document is left on screen.
  const [documentKey, setDocumentKey] = useState(0);
  const replaceDocument = (paragraphs: Parameters<PlaygroundDocument["replaceAll"]>[0]) => {
    doc.replaceAll(paragraphs);
    setDocumentKey((key) => key + 1);
  };
  useEffect(() => doc.subscribe(() => setVersion((version) => version + 1)), [doc]);

  const openFile = async (file: File) => {
    try {
      const paragraphs = await readDocumentFile(file);
      replaceDocument(paragraphs);
      // 共 N 段 counts the main text, as Word's 段落数 does; headers and notes are shown apart.
      const body = paragraphs.filter((paragraph) => paragraph.part === undefined);
      setNotice({ intent: "success", text: PLAYGROUND_UI.loadedFile(file.name, body.length) });
    } catch (error) {
      setNotice({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.shell}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {PLAYGROUND_UI.title}
        </Text>
        <Text size={200}>{PLAYGROUND_UI.subtitle}</Text>
      </header>
      <Toolbar
        apiVersion={apiVersion}
        roundTrips={roundTrips}
        onOpenFile={openFile}
        onReset={() => {
          replaceDocument(SAMPLE_PARAGRAPHS);
          setNotice(undefined);
        }}
        onClear={() => {
          replaceDocument([{ text: "" }]);
          setNotice(undefined);
        }}
      />
      <div className={styles.main}>
        <div className={styles.documentArea}>
          <NoticeBar notice={notice} />
          <div className={styles.sheet}>
            <PartBands doc={doc} place="top" />
            <DocumentPane doc={doc} />
            <PartBands doc={doc} place="bottom" />
          </div>
          <CommentList comments={doc.comments()} paragraphs={doc.paragraphs()} />
        </div>
        <aside className={styles.pane} aria-label="任务窗格" data-testid="taskpane">
          <MemoApp key={documentKey} services={services} />
        </aside>
      </div>
    </FluentProvider>
  );
}
