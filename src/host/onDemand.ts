/**
 * Code fetched on first use (a webpack chunk: a tab, a dialog, Word's batch edits, the .docx reader). Its download
 * can fail where the add-in is served from an intranet server that is slow or briefly gone; that is neither Word's
 * failure nor a bug, and the writer can act on it: try again. One mechanism for every such chunk, in the Word layer
 * and in the pane (src/taskpane/shared/onDemandComponent.tsx).
 */
import { HostError } from "./errors";

/** Webpack's own words ("Loading chunk word-edits failed. (error: …)") stay after the sentence, for IT staff. */
export const downloadFailedMessage = (detail: string) =>
  `加载项的部分程序文件没有下载成功，这一步没有完成（文档没有改动）。请检查网络后重试；如仍不行，请联系信息技术人员检查加载项所在的服务器。（${detail}）`;

/** A chunk of the add-in's own code did not arrive. A HostError so that the pane shows its message as it is. */
export class DownloadError extends HostError {
  constructor(detail: string) {
    super(downloadFailedMessage(detail), "ChunkLoadError");
    this.name = "DownloadError";
  }
}

/**
 * `load` called once and its result kept; a failure comes out as a DownloadError and is not kept, so that the next
 * call downloads again (webpack forgets a chunk that failed and requests it anew).
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error instanceof DownloadError ? error : new DownloadError(error instanceof Error ? error.message : String(error));
    }));
}
