import { useState } from "react";
import { PHRASE_ROLES, addEntry, copyToOwn, deleteEntry, recordUse, toggleFavourite, updateEntry } from "../../core/content";
import type { ContentError, ContentSet, Draft, Phrase, UserLibrary } from "../../core/content";
import type { InsertionPlan } from "../../core/insert/planInsertion";
import { placementFor } from "../../host/placement";
import type { DocumentHost } from "../../host/port";
import { usePlacedAction } from "../shared/usePlacedAction";
import { NOTICE_AT } from "../shared/noticePlace";
import { LIB_UI } from "../library/strings";
import { phraseAtCursor } from "./phraseAtCursor";
import type { LevelOffer } from "../templates/LevelChoiceDialog";
import { levelPlans } from "../templates/levelInsert";
import { insertedNotice } from "../templates/useTemplateInsert";

const ref = (phrase: Phrase) => ({ kind: "phrase" as const, id: phrase.id });

/**
 * What the 常用语 tab does to Word (a phrase: the cursor read, then insertText; 2 round trips) and to the own
 * library. `builtIn` lets a new or changed phrase be refused when it is the same as a built-in one
 * ("这条常用语已经在库中了。").
 */
export function usePhraseActions(
  word: DocumentHost,
  library: UserLibrary,
  update: (change: (l: UserLibrary) => UserLibrary) => void,
  builtIn?: ContentSet,
) {
  const { notice, setNotice, busy, run } = usePlacedAction();

  const [offer, setOffer] = useState<LevelOffer>();

  /**
   * Without a role a phrase goes into the writer's paragraph, its punctuation adapted to the place (phraseAtCursor:
   * read the cursor, then insert: 2 round trips). With one it is a paragraph of its own
   * (read the cursor, then insert: 2): a closing formula or a 落款 line next to the cursor's paragraph, never joined
   * to it; a heading phrase numbered at the level the writer picks (levelInsert.ts).
   */
  const insert = (phrase: Phrase) =>
    run(NOTICE_AT.phrase(phrase.id), async (say) => {
      const used = () => update((l) => recordUse(l, ref(phrase)));
      if (phrase.role === undefined) {
        await word.insertText(await phraseAtCursor(word, phrase.text));
        used();
        say({ intent: "success", text: LIB_UI.phrases.inserted(phrase.text) });
        return;
      }
      const context = await word.readInsertionContext();
      if (phrase.role !== "heading1") {
        await word.insertBlocks([{ role: phrase.role, text: phrase.text }], { plain: false, placement: placementFor(context.cursorAt) });
        used();
        const label = PHRASE_ROLES.find((r) => r.id === phrase.role)?.label ?? "";
        say({ intent: "success", text: LIB_UI.phrases.insertedParagraph(label, phrase.text) });
        return;
      }
      const { placement, plans, under, cursorUnknown } = levelPlans(context, [{ role: "heading1", text: phrase.text }]);
      const apply = async (plan: InsertionPlan) => {
        await word.insertBlocks(plan.blocks, { plain: false, placement });
        used();
        say(insertedNotice(phrase.text, plan, cursorUnknown));
      };
      if (plans.length === 1) return apply(plans[0]);
      setOffer({ name: phrase.text, under, plans, choose: (plan) => void run(NOTICE_AT.phrase(phrase.id), () => apply(plan)) });
    });

  const save = (editing: Phrase | undefined, draft: Draft<"phrase">): readonly ContentError[] | undefined => {
    const options = { builtIn };
    const result = editing ? updateEntry(library, "phrase", editing.id, draft, options) : addEntry(library, "phrase", draft, options);
    if (!result.ok) return result.errors;
    update(() => result.library);
    return undefined;
  };

  const copy = (phrase: Phrase) => {
    const result = copyToOwn(library, "phrase", phrase);
    const at = NOTICE_AT.phrase(phrase.id);
    if (!result.ok) {
      setNotice({ intent: "error", text: result.errors.map((e) => e.message).join("；"), at });
      return;
    }
    update(() => result.library);
    setNotice({ intent: "success", text: LIB_UI.copiedPhrase, at });
  };

  return {
    notice,
    busy,
    offer,
    closeOffer: () => setOffer(undefined),
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
