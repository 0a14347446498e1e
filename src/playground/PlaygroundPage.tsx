import { memo, useEffect, useRef, useState } from "react";
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
import { LAYOUT_SAMPLE_PARAGRAPHS, SAMPLE_PAGE, SAMPLE_PARAGRAPHS } from "./sample";
import { SHEET_WIDTH_PX } from "./documentDom";
import { readDocumentFile } from "./readDocumentFile";
import { PLAYGROUND_UI } from "./strings";

const useStyles = makeStyles({
  shell: { display: "grid", gridTemplateRows: "auto auto 1fr", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  header: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, display: "grid", gap: "2px" },
  main: { display: "grid", gridTemplateColumns: "1fr var(--pane-width, 380px)", minHeight: 0 },
  documentArea: { overflowY: "auto", padding: `0 ${tokens.spacingHorizontalL}` },
  // An A4 sheet drawn at 96 dpi and zoomed as a whole to fit: fonts in points keep their size relative to the page.
  sheet: { backgroundColor: "#ffffff", boxShadow: tokens.shadow8, margin: "24px auto", width: `${SHEET_WIDTH_PX}px` },
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
  readonly desktopApiVersion?: string;
  roundTrips(): number;
}

/** A top-level page: the real task pane beside a simulated Word document (office.js is never loaded here). */
export function PlaygroundPage({ doc, services, apiVersion, desktopApiVersion, roundTrips }: PlaygroundProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice>();
  const [, setVersion] = useState(0);
  // Word gives every document its own task pane: opening, resetting or clearing the document starts a fresh pane,
  // so no result of the previous document is left on screen.
  const [documentKey, setDocumentKey] = useState(0);
  const replaceDocument = (...args: Parameters<PlaygroundDocument["replaceAll"]>) => {
    doc.replaceAll(...args);
    setDocumentKey((key) => key + 1);
  };
  useEffect(() => doc.subscribe(() => setVersion((version) => version + 1)), [doc]);
  const zoom = useSheetZoom();

  const openFile = async (file: File) => {
    try {
      const { paragraphs, page } = await readDocumentFile(file);
      replaceDocument(paragraphs, page);
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
        desktopApiVersion={desktopApiVersion}
        roundTrips={roundTrips}
        onOpenFile={openFile}
        onReset={() => {
          replaceDocument(SAMPLE_PARAGRAPHS, SAMPLE_PAGE);
          setNotice(undefined);
        }}
        onLayoutSample={() => {
          replaceDocument(LAYOUT_SAMPLE_PARAGRAPHS);
          setNotice(undefined);
        }}
        onClear={() => {
          replaceDocument([{ text: "" }]);
          setNotice(undefined);
        }}
      />
      <div className={styles.main}>
        <div className={styles.documentArea} ref={zoom.areaRef}>
          <NoticeBar notice={notice} />
          <div className={styles.sheet} style={{ zoom: zoom.value }}>
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

/** The zoom that fits the A4 sheet into the document area (never above 100%), followed as the area is resized. */
function useSheetZoom() {
  const areaRef = useRef<HTMLDivElement>(null);
  const [value, setValue] = useState(1);
  useEffect(() => {
    const area = areaRef.current;
    if (!area || typeof ResizeObserver === "undefined") return;
    const fit = () => {
      const style = getComputedStyle(area);
      const width = area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setValue(Math.max(0.25, Math.min(1, Math.floor((width / SHEET_WIDTH_PX) * 100) / 100)));
    };
    const observer = new ResizeObserver(fit);
    observer.observe(area);
    fit();
    return () => observer.disconnect();
  }, []);
  return { areaRef, value };
}
