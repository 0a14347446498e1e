import { useRef, useState } from "react";
import { Button, Checkbox, Divider, SearchBox, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { addEntry, copyToOwn, deleteEntry, updateEntry } from "../../core/content";
import type { ContentError, Draft, SectionTemplate } from "../../core/content";
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
import { LevelChoiceDialog } from "./LevelChoiceDialog";
import { SectionEditor } from "./SectionEditor";
import { SectionList } from "./SectionList";
import { SkeletonPanel } from "./SkeletonPanel";
import { sectionItems } from "./sectionItems";
import { useTemplateInsert } from "./useTemplateInsert";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  search: { width: "100%", maxWidth: "none" },
});

/** 模板: whole skeletons and section modules, numbered from the cursor's context. */
export function TemplatesTab({ services, active }: { services: PaneServices; active: boolean }) {
  const styles = useStyles();
  const { state, update, retry } = useLibrary(services.store, active);
  const index = useSearchIndex(state);
  const inserter = useTemplateInsert(services.word);
  const [plain, setPlain] = useState(false);
  const [query, setQuery] = useState("");
  const [editing, setEditing] = useState<SectionTemplate | null>();
  const [confirm, setConfirm] = useState<ConfirmRequest>();
  const root = useRef<HTMLElement>(null);
  useKeepFocus(root, editing !== undefined || confirm !== undefined || inserter.confirm !== undefined || inserter.offer !== undefined, inserter.busy);

  const save = (draft: Draft<"section">): readonly ContentError[] | undefined => {
    // A copy of a built-in or own template is refused, as for phrases.
    const options = { builtIn: state.builtIn?.content };
    const result = editing ? updateEntry(state.library, "section", editing.id, draft, options) : addEntry(state.library, "section", draft, options);
    if (!result.ok) return result.errors;
    update(() => result.library);
    return undefined;
  };
  const copy = (section: SectionTemplate) => {
    const result = copyToOwn(state.library, "section", section);
    const at = NOTICE_AT.section(section.id);
    if (!result.ok) return inserter.setNotice({ intent: "error", text: result.errors.map((e) => e.message).join("；"), at });
    update(() => result.library);
    inserter.setNotice({ intent: "success", text: LIB_UI.copiedTemplate(section.title), at });
  };
  const remove = (section: SectionTemplate) =>
    setConfirm({
      title: LIB_UI.delete,
      text: LIB_UI.confirmDelete(section.title),
      confirm: LIB_UI.delete,
      onConfirm: () => {
        update((library) => deleteEntry(library, "section", section.id));
        inserter.setNotice({ intent: "success", text: LIB_UI.deleted(section.title) });
      },
    });

  // What the tab draws, and so where a notice can be shown (NOTICE_AT): SkeletonPanel draws nothing without skeletons.
  const skeletons = state.builtIn && index ? [...state.library.own.skeletons, ...state.builtIn.content.skeletons] : [];
  const sections = state.builtIn && index ? sectionItems(state.library.own, state.builtIn.content, index, query) : [];
  const notice = inserter.notice;
  const placed =
    (skeletons.length > 0 && notice?.at === NOTICE_AT.skeleton) || sections.some((item) => notice?.at === NOTICE_AT.section(item.section.id));

  return (
    <section ref={root} className={styles.root} aria-label={LIB_UI.tabs.templates}>
      <LibraryNotices state={state} retry={retry} />
      <ActionNotice notice={notice} placed={placed} />
      {!state.builtIn || !index ? (
        state.loadError ? null : <Spinner size="small" label={LIB_UI.loading} />
      ) : (
        <>
          <Checkbox checked={plain} onChange={(_, data) => setPlain(data.checked === true)} label={LIB_UI.templates.plain} />
          {plain ? null : <Text size={200}>{LIB_UI.templates.plainHint}</Text>}
          <SkeletonPanel
            skeletons={skeletons}
            busy={inserter.busy}
            notice={notice}
            onInsert={(skeleton) => void inserter.insertSkeleton(skeleton, plain)}
          />
          <Divider />
          <div className={styles.row}>
            <Text weight="semibold">{LIB_UI.templates.sectionHeading}</Text>
            <Button size="small" icon={<AddRegular />} onClick={() => setEditing(null)}>
              {LIB_UI.templates.newSection}
            </Button>
          </div>
          <SearchBox
            className={styles.search}
            value={query}
            onChange={(_, data) => setQuery(data.value)}
            placeholder={LIB_UI.searchHint}
            aria-label={LIB_UI.templates.searchSections}
            dismiss={{ "aria-label": LIB_UI.clearSearch }}
          />
          <SectionList
            items={sections}
            busy={inserter.busy}
            notice={notice}
            onInsert={(section) => void inserter.insertSection(section, plain)}
            onEdit={setEditing}
            onDelete={remove}
            onCopy={copy}
          />
          <PackSection state={state} update={update} />
        </>
      )}
      <SectionEditor editing={editing} onClose={() => setEditing(undefined)} onSave={save} />
      <ConfirmDialog request={inserter.confirm ?? confirm} onClose={() => (inserter.confirm ? inserter.closeConfirm() : setConfirm(undefined))} />
      <LevelChoiceDialog offer={inserter.offer} onClose={inserter.closeOffer} />
    </section>
  );
}
