import { useMemo, useRef, useState } from "react";
import { Button, Checkbox, Field, Link, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { exportPack } from "../../core/content";
import type { UserLibrary } from "../../core/content";
import { ActionNotice } from "../shared/ErrorBar";
import type { Notice } from "../shared/ErrorBar";
import { ListNoticeBar } from "./ErrorListBar";
import type { ListNotice } from "./ErrorListBar";
import { describeErrors, runImport, runImportBytes } from "./importFlow";
import type { ImportOutcome } from "./importFlow";
import type { LibraryState } from "./libraryModel";
import { LIB_UI } from "./strings";
import { SETTINGS_UI } from "../settings/strings";
import { useBlobUrl } from "./useBlobUrl";
import { EXPORT_FILE_NAME } from "./ExportLink";
import { useHouseStyleState, useHouseStyleStore } from "../settings/HouseStyleContext";
import { adoptHouseStyle, exportedHouseStyle } from "../settings/packHouseStyle";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hidden: { display: "none" },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface PackPanelProps {
  readonly state: LibraryState;
  update(change: (library: UserLibrary) => UserLibrary): void;
}

/** 导入/导出: the own library as a JSON pack, by download or by copy and paste (Word's web view may block downloads). */
export function PackPanel({ state, update }: PackPanelProps) {
  const styles = useStyles();
  const houseStore = useHouseStyleStore();
  const houseState = useHouseStyleState();
  const [withHouseStyle, setWithHouseStyle] = useState(true);
  const houseStyle = exportedHouseStyle(houseState, withHouseStyle);
  const { own, favourites } = state.library;
  const exported = useMemo(() => exportPack(own, undefined, houseStyle, favourites), [own, houseStyle, favourites]);
  const url = useBlobUrl(exported);
  const exportArea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState("");
  const [notice, setNotice] = useState<Notice>();
  const [result, setResult] = useState<ListNotice>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exported);
      setNotice({ intent: "success", text: LIB_UI.pack.copied });
    } catch {
      exportArea.current?.select();
      const done = document.execCommand("copy");
      setNotice(done ? { intent: "success", text: LIB_UI.pack.copied } : { intent: "warning", text: LIB_UI.pack.copyFailed });
    }
  };

  const show = (outcome: ImportOutcome) => {
    if (!outcome.ok) {
      const lines = describeErrors(outcome.errors);
      setResult({ intent: "error", title: outcome.title, lines });
      return;
    }
    update(() => outcome.library);
    const lines = [...outcome.lines, ...adoptHouseStyle(houseStore, outcome.houseStyle)];
    setResult({ intent: "success", title: lines[0], lines: lines.slice(1) });
    setPasted("");
  };

  const importText = (text: string) => {
    setNotice(undefined);
    if (state.builtIn) show(runImport(state.library, text, state.builtIn));
  };

  // Bytes, not file.text(): that would decode a GBK pack as UTF-8 and import mojibake (issue 9).
  const importFile = async (file: File) => {
    setNotice(undefined);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setResult({ intent: "error", title: LIB_UI.pack.fileReadFailed(file.name), lines: [] });
      return;
    }
    if (state.builtIn) show(runImportBytes(state.library, bytes, state.builtIn));
  };

  return (
    <div className={styles.root} data-testid="pack-panel">
      <Text weight="semibold">{LIB_UI.pack.exportHeading}</Text>
      <Text size={200}>{LIB_UI.pack.exportHint}</Text>
      <div className={styles.row}>
        {url ? (
          <Link href={url} download={EXPORT_FILE_NAME} data-testid="pack-download">
            <ArrowDownloadRegular /> {LIB_UI.pack.download}
          </Link>
        ) : null}
        <Button size="small" icon={<CopyRegular />} onClick={() => void copy()}>
          {LIB_UI.pack.copy}
        </Button>
      </div>
      {exportedHouseStyle(houseState, true) ? (
        <Checkbox
          checked={withHouseStyle}
          onChange={(_, data) => setWithHouseStyle(data.checked === true)}
          label={SETTINGS_UI.exportWithPack}
          data-testid="pack-house-style"
        />
      ) : null}
      <Field label={LIB_UI.pack.exportText}>
        <Textarea ref={exportArea} readOnly value={exported} rows={4} textarea={{ className: styles.text }} data-testid="pack-export" />
      </Field>
      <ActionNotice notice={notice} />

      <Text weight="semibold">{LIB_UI.pack.importHeading}</Text>
      <div className={styles.row}>
        <Button icon={<FolderOpenRegular />} disabled={!state.builtIn} onClick={() => fileInput.current?.click()}>
          {LIB_UI.pack.chooseFile}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json,text/plain"
          data-testid="pack-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = "";
          }}
        />
      </div>
      <Field label={LIB_UI.pack.pasteText}>
        <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} rows={3} textarea={{ className: styles.text }} data-testid="pack-paste" />
      </Field>
      <div className={styles.row}>
        <Button disabled={!state.builtIn || pasted.trim() === ""} onClick={() => importText(pasted)}>
          {LIB_UI.pack.importText}
        </Button>
      </div>
      <ListNoticeBar notice={result} testId="pack-result" />

      {state.damaged ? (
        <Field label={LIB_UI.pack.damagedHeading}>
          <Textarea readOnly value={state.damaged.text} rows={3} textarea={{ className: styles.text }} data-testid="damaged-text" />
        </Field>
      ) : null}
    </div>
  );
}
