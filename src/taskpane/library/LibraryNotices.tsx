import { Button } from "@fluentui/react-components";
import { NoticeBar } from "../shared/ErrorBar";
import type { LibraryState } from "./libraryModel";
import { LIB_UI } from "./strings";

/** What went wrong with the library itself: content not loaded, stored value damaged, a save refused, no pinyin. */
export function LibraryNotices({ state, retry }: { state: LibraryState; retry(): void }) {
  return (
    <>
      {state.loadError ? (
        <>
          <NoticeBar notice={{ intent: "error", text: LIB_UI.loadFailed(state.loadError) }} />
          <Button onClick={retry}>{LIB_UI.retry}</Button>
        </>
      ) : null}
      {state.damaged ? <NoticeBar notice={{ intent: "warning", text: LIB_UI.damaged(state.damaged.backupKey) }} /> : null}
      {state.saveError ? <NoticeBar notice={{ intent: "error", text: LIB_UI.saveFailed(state.saveError) }} /> : null}
      {state.pinyinFailed ? <NoticeBar notice={{ intent: "info", text: LIB_UI.pinyinFailed }} /> : null}
    </>
  );
}
