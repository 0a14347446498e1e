import { useState } from "react";
import { addEntry, copyToOwn, deleteEntry, recordUse, toggleFavourite, updateEntry } from "../../core/content";
import type { ContentError, ContentSet, Draft, Phrase, UserLibrary } from "../../core/content";
import type { DocumentHost } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { describeError } from "../shared/errors";
import { LIB_UI } from "../library/strings";

const ref = (phrase: Phrase) => ({ kind: "phrase" as const, id: phrase.id });

/**
 * What the 常用语 tab does to Word (insertText, 1 round trip) and to the own library. `builtIn` lets a new or changed
 * phrase be refused when it is the same as a built-in one ("这条常用语已经在库中了。").
 */
export function usePhraseActions(
  word: DocumentHost,
  library: UserLibrary,
  update: (change: (l: UserLibrary) => UserLibrary) => void,
  builtIn?: ContentSet,
) {
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);

  const insert = async (phrase: Phrase) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await word.insertText(phrase.text);
      update((l) => recordUse(l, ref(phrase)));
      setNotice({ intent: "success", text: LIB_UI.phrases.inserted(phrase.text) });
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  const save = (editing: Phrase | undefined, draft: Draft<"phrase">): readonly ContentError[] | undefined => {
    const options = { builtIn };
    const result = editing ? updateEntry(library, "phrase", editing.id, draft, options) : addEntry(library, "phrase", draft, options);
    if (!result.ok) return result.errors;
    update(() => result.library);
    return undefined;
  };

  const copy = (phrase: Phrase) => {
    const result = copyToOwn(library, "phrase", phrase);
    if (!result.ok) {
      setNotice({ intent: "error", text: result.errors.map((e) => e.message).join("；") });
      return;
    }
    update(() => result.library);
    setNotice({ intent: "success", text: LIB_UI.copiedPhrase });
  };

  return {
    notice,
    busy,
    insert,
    save,
    copy,
    toggleFavourite: (phrase: Phrase) => update((l) => toggleFavourite(l, ref(phrase))),
    remove: (phrase: Phrase) => {
      update((l) => deleteEntry(l, "phrase", phrase.id));
      setNotice({ intent: "success", text: LIB_UI.deletedPhrase(phrase.text.length > 24 ? `${phrase.text.slice(0, 24)}……` : phrase.text) });
    },
  };
}
