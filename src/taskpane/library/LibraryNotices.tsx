import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { kindNoun, overLimit } from "../../core/content";
import { NoticeBar } from "../shared/ErrorBar";
import { ListNoticeBar } from "./ErrorListBar";
import { ExportLink } from "./ExportLink";
import { describeErrors } from "./importFlow";
import type { LibraryState } from "./libraryModel";
import { LIB_UI } from "./strings";

/** How many of the unreadable entries the notice lists; the rest are counted in its title. */
const LISTED = 5;

/**
 * What went wrong with the library itself: content not loaded, part or all of the stored value unreadable, a save
 * refused (the change stays in the pane, unsaved, with 导出 at hand), a limit passed by an older version, no pinyin.
 */
export function LibraryNotices({ state, retry }: { state: LibraryState; retry(): void }) {
  const { damaged, saveError } = state;
  return (
    <>
      {state.loadError ? (
        <>
          <NoticeBar notice={{ intent: "error", text: LIB_UI.loadFailed(state.loadError) }} />
          <Button onClick={retry}>{LIB_UI.retry}</Button>
        </>
      ) : null}
      {damaged && !damaged.partial ? <NoticeBar notice={{ intent: "warning", text: LIB_UI.damaged(damaged.backupKey) }} /> : null}
      {damaged?.partial ? (
        <ListNoticeBar
          notice={{ intent: "warning", title: LIB_UI.damagedPartly(damaged.errors.length, damaged.backupKey), lines: describeErrors(damaged.errors.slice(0, LISTED)) }}
          testId="library-partly-loaded"
        />
      ) : null}
      {saveError ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="library-unsaved">
          <MessageBarBody>
            <div>{LIB_UI.saveFailed(saveError.reason, saveError.detail)}</div>
            <div>{LIB_UI.exportNowHint}</div>
          </MessageBarBody>
          <MessageBarActions>
            <ExportLink own={state.library.own} favourites={state.library.favourites} label={LIB_UI.exportNow} testId="library-unsaved-export" />
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {overLimit(state.library).map(({ kind, count, max }) => (
        <NoticeBar key={kind} notice={{ intent: "warning", text: LIB_UI.overLimit(kindNoun(kind).name, kindNoun(kind).unit, count, max) }} />
      ))}
      {state.pinyinFailed ? <NoticeBar notice={{ intent: "info", text: LIB_UI.pinyinFailed }} /> : null}
    </>
  );
}
