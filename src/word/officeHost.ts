/** The real WordHost over the Office.js globals; the only place in the add-in that reads `Word` and `Office`. */
import type { WordHost } from "./host";

/** Call after Office.onReady reported Word. */
export function officeHost(): WordHost {
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: {
      get: (name) => Office.context.document.settings.get(name),
      set: (name, value) => Office.context.document.settings.set(name, value),
      remove: (name) => Office.context.document.settings.remove(name),
      saveAsync: (callback) =>
        Office.context.document.settings.saveAsync((r) =>
          callback?.({ status: r.status === Office.AsyncResultStatus.Failed ? "failed" : "succeeded", error: r.error ? { code: r.error.code, name: r.error.name, message: r.error.message } : undefined }),
        ),
    },
  };
}
