import { useEffect, useRef } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { PlaygroundDocument, ViewParagraph, ViewSelection } from "./playgroundDocument";
import { needsRedraw, readDomSelection, readParagraphTexts, renderParagraphs, showSelection } from "./documentDom";
import { PLAYGROUND_UI } from "./strings";

const useStyles = makeStyles({
  // The sheet around it (PlaygroundPage) gives the paper's width and shadow, shared with the header and footer bands.
  page: {
    backgroundColor: "#ffffff",
    minHeight: "1000px",
    boxSizing: "border-box",
    // Margins, the document's default font and size come from the simulated document (documentDom.ts).
    outline: "none",
    whiteSpace: "pre-wrap",
    "& p": { margin: 0 },
    "& p.in-table": { border: `1px solid ${tokens.colorNeutralStroke1}`, paddingInline: "6px" },
    "& .list-number": { color: tokens.colorBrandForeground1, userSelect: "none" },
  },
});

/** The simulated Word document, editable by the writer, redrawn when the add-in changes it. */
export function DocumentPane({ doc }: { doc: PlaygroundDocument }) {
  const styles = useStyles();
  const editorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    let shown: readonly ViewParagraph[] = doc.paragraphs();
    let shownPage = doc.page();
    let typing = false;
    renderParagraphs(editor, shown, shownPage);

    const onModelChange = () => {
      if (typing) return;
      const next = doc.paragraphs();
      const nextPage = doc.page();
      if (!sameParagraphs(shown, next) || JSON.stringify(nextPage) !== JSON.stringify(shownPage)) {
        shown = next;
        shownPage = nextPage;
        renderParagraphs(editor, next, nextPage);
      }
      const selection = doc.selection();
      if (selection && !sameSelection(selection, readDomSelection(editor))) showSelection(editor, selection);
    };
    const onInput = () => {
      const cursor = readDomSelection(editor);
      typing = true;
      try {
        doc.applyTypedTexts(readParagraphTexts(editor));
        if (cursor) doc.setSelection(cursor);
      } finally {
        typing = false;
      }
      shown = doc.paragraphs();
      if (needsRedraw(editor, shown.length)) {
        // After Enter or a paste the browser's new blocks are not ours: redraw and put the cursor back.
        renderParagraphs(editor, shown, shownPage);
        if (cursor) showSelection(editor, cursor);
      }
    };
    const onSelectionChange = () => {
      const selection = readDomSelection(editor);
      if (selection && !sameSelection(selection, doc.selection())) doc.setSelection(selection);
    };

    const unsubscribe = doc.subscribe(onModelChange);
    editor.addEventListener("input", onInput);
    document.addEventListener("selectionchange", onSelectionChange);
    return () => {
      unsubscribe();
      editor.removeEventListener("input", onInput);
      document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, [doc]);

  return (
    <div
      ref={editorRef}
      className={styles.page}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      role="textbox"
      aria-multiline="true"
      aria-label={PLAYGROUND_UI.documentLabel}
      data-testid="document"
    />
  );
}

function sameParagraphs(a: readonly ViewParagraph[], b: readonly ViewParagraph[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((paragraph, index) => paragraph === b[index] || JSON.stringify(paragraph) === JSON.stringify(b[index]));
}

function sameSelection(a: ViewSelection | undefined, b: ViewSelection | undefined): boolean {
  const last = (s: ViewSelection) => s.endParagraphIndex ?? s.paragraphIndex;
  return !!a && !!b && a.paragraphIndex === b.paragraphIndex && a.start === b.start && a.end === b.end && last(a) === last(b);
}
