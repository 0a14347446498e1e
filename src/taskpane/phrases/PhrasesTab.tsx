import { useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { Button, Field, SearchBox, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { PHRASE_CATEGORIES, isFavourite } from "../../core/content";
import type { Phrase, PhraseCategory } from "../../core/content";
import type { PaneServices } from "../services";
import { ActionNotice } from "../shared/ErrorBar";
import { NOTICE_AT } from "../shared/noticePlace";
import { ConfirmDialog } from "../library/ConfirmDialog";
import type { ConfirmRequest } from "../library/ConfirmDialog";
import { PackSection } from "../library/LibrarySection";
import { LibraryNotices } from "../library/LibraryNotices";
import { LIB_UI } from "../library/strings";
import { useKeepFocus } from "../library/useKeepFocus";
import { useLibrary, useSearchIndex } from "../library/useLibrary";
import { LevelChoiceDialog } from "../templates/LevelChoiceDialog";
import { PhraseEditor } from "./PhraseEditor";
import { PhraseList } from "./PhraseList";
import { listPhrases } from "./phraseFilter";
import type { PhraseFilter } from "./phraseFilter";
import { usePhraseActions } from "./usePhraseActions";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "140px" },
  search: { width: "100%", maxWidth: "none" },
});

const PAGE = 60;
const FILTERS: readonly { readonly id: PhraseFilter; readonly label: string }[] = [
  { id: "all", label: LIB_UI.phrases.all },
  { id: "favourites", label: LIB_UI.phrases.favourites },
  { id: "recent", label: LIB_UI.phrases.recent },
  { id: "mine", label: LIB_UI.phrases.mine },
  ...PHRASE_CATEGORIES,
];

const EMPTY: Partial<Record<PhraseFilter, string>> = {
  favourites: LIB_UI.phrases.emptyFavourites,
  recent: LIB_UI.phrases.emptyRecent,
  mine: LIB_UI.phrases.emptyMine,
};

/** 常用语: by category or search (汉字 or 拼音首字母), inserted at the cursor with a click or Enter. */
export function PhrasesTab({ services, active }: { services: PaneServices; active: boolean }) {
  const styles = useStyles();
  const { state, update, retry } = useLibrary(services.store, active);
  const index = useSearchIndex(state);
  const actions = usePhraseActions(services.word, state.library, update, state.builtIn?.content);
  const [filter, setFilter] = useState<PhraseFilter>("all");
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<Phrase | PhraseCategory>();
  const [confirm, setConfirm] = useState<ConfirmRequest>();
  // The hit Enter in the search box inserts and the arrow keys move (issue 11): the first hit until moved.
  const [activeHit, setActiveHit] = useState(0);
  const root = useRef<HTMLElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  useKeepFocus(root, editing !== undefined || confirm !== undefined || actions.offer !== undefined, actions.busy);

  const items = state.builtIn && index ? listPhrases({ builtIn: state.builtIn.content, library: state.library, index }, filter, query) : [];
  const category = PHRASE_CATEGORIES.some((c) => c.id === filter) ? (filter as PhraseCategory) : "opening";
  const visible = items.slice(0, shown);
  const current = Math.min(activeHit, visible.length - 1);
  const searching = query.trim() !== "";
  const placed = visible.some((item) => actions.notice?.at === NOTICE_AT.phrase(item.phrase.id));

  const optionButton = (index: number) => root.current?.querySelector<HTMLElement>(`#phrase-option-${index}`);
  const reveal = (index: number) => optionButton(index)?.scrollIntoView({ block: "nearest" });
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // With nothing typed there is no hit to take: ↓ goes to the first phrase, Enter does nothing.
    if (!searching) {
      if (event.key === "ArrowDown" && visible.length > 0) {
        event.preventDefault();
        optionButton(0)?.focus();
      }
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = Math.max(0, Math.min(visible.length - 1, current + (event.key === "ArrowDown" ? 1 : -1)));
      setActiveHit(next);
      reveal(next);
    } else if (event.key === "Enter" && !event.nativeEvent.isComposing && visible[current]) {
      // An IME's Enter confirms its candidate; only a plain Enter inserts.
      event.preventDefault();
      void actions.insert(visible[current].phrase);
    }
  };
  const onEntryArrow = (from: number, event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const next = from + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) searchBox.current?.focus();
    else optionButton(Math.min(next, visible.length - 1))?.focus();
  };

  return (
    <section ref={root} className={styles.root} aria-label={LIB_UI.tabs.phrases}>
      <LibraryNotices state={state} retry={retry} />
      <ActionNotice notice={actions.notice} placed={placed} />
      {!state.builtIn ? (
        state.loadError ? null : <Spinner size="small" label={LIB_UI.loading} />
      ) : (
        <>
          <div className={styles.row}>
            <Field label={LIB_UI.phrases.category} className={styles.grow}>
              <Select value={filter} onChange={(_, data) => { setFilter(data.value as PhraseFilter); setShown(PAGE); setActiveHit(0); }} data-testid="phrase-category">
                {FILTERS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button icon={<AddRegular />} onClick={() => setEditing(category)}>
              {LIB_UI.phrases.newPhrase}
            </Button>
          </div>
          <SearchBox
            className={styles.search}
            value={query}
            onChange={(_, data) => { setQuery(data.value); setShown(PAGE); setActiveHit(0); }}
            onKeyDown={onSearchKey}
            input={{ ref: searchBox }}
            placeholder={LIB_UI.searchHint}
            aria-label={LIB_UI.phrases.searchPhrases}
            dismiss={{ "aria-label": LIB_UI.clearSearch }}
            aria-controls="phrase-list"
            aria-activedescendant={searching && visible[current] ? `phrase-option-${current}` : undefined}
          />
          <Text size={200} aria-live="polite">
            {LIB_UI.phrases.count(items.length)} · {searching ? LIB_UI.phrases.searchKeysHint : LIB_UI.phrases.insertHint}
          </Text>
          {items.length === 0 ? <Text>{query.trim() ? LIB_UI.noResults : (EMPTY[filter] ?? LIB_UI.phrases.empty)}</Text> : null}
          <PhraseList
            items={visible}
            busy={actions.busy}
            notice={actions.notice}
            activeIndex={searching ? current : undefined}
            onArrow={onEntryArrow}
            isFavourite={(phrase) => isFavourite(state.library, { kind: "phrase", id: phrase.id })}
            onInsert={(phrase) => void actions.insert(phrase)}
            onToggleFavourite={actions.toggleFavourite}
            onEdit={setEditing}
            onDelete={(phrase) =>
              setConfirm({ title: LIB_UI.delete, text: LIB_UI.confirmDeletePhrase(phrase.text), confirm: LIB_UI.delete, onConfirm: () => actions.remove(phrase) })
            }
            onCopy={actions.copy}
          />
          {items.length > shown ? (
            <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>
              {LIB_UI.showMore(items.length - shown)}
            </Button>
          ) : null}
          <PackSection state={state} update={update} />
        </>
      )}
      <PhraseEditor
        editing={editing}
        onClose={() => setEditing(undefined)}
        onSave={(draft) => actions.save(typeof editing === "object" ? editing : undefined, draft)}
      />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(undefined)} />
      <LevelChoiceDialog offer={actions.offer} onClose={actions.closeOffer} />
    </section>
  );
}
