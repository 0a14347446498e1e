import { useEffect, useState } from "react";
import { Field, Select, Textarea } from "@fluentui/react-components";
import { PHRASE_CATEGORIES, PHRASE_ROLES, pasteSeams, phraseWarnings } from "../../core/content";
import type { ContentError, Draft, Phrase, PhraseCategory, PhraseRole } from "../../core/content";
import { EditorDialog } from "../library/EditorDialog";
import { describeErrors } from "../library/importFlow";
import { LIB_UI } from "../library/strings";
import { cleanPasted } from "./phraseText";

export interface PhraseEditorProps {
  /** undefined: closed; a category: a new phrase in it; a phrase: edit it. */
  readonly editing: Phrase | PhraseCategory | undefined;
  onClose(): void;
  onSave(draft: Draft<"phrase">): readonly ContentError[] | undefined;
}

/** 新建/修改常用语: category and text. */
export function PhraseEditor({ editing, onClose, onSave }: PhraseEditorProps) {
  const existing = typeof editing === "object" ? editing : undefined;
  const [category, setCategory] = useState<PhraseCategory>("opening");
  const [text, setText] = useState("");
  const [role, setRole] = useState<PhraseRole | "">("");
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [joined, setJoined] = useState(false);
  const [removed, setRemoved] = useState<readonly string[]>([]);
  const [seams, setSeams] = useState<readonly string[]>([]);
  const initialText = typeof editing === "object" ? editing.text : "";
  useEffect(() => {
    setCategory(typeof editing === "string" ? editing : (editing?.category ?? "opening"));
    setText(typeof editing === "object" ? editing.text : "");
    // A new 对仗式小标题 is a heading; otherwise a new phrase goes into the writer's paragraph.
    setRole(typeof editing === "object" ? (editing.role ?? "") : editing === "pairedHeading" ? "heading1" : "");
    setErrors([]);
    setJoined(false);
    setRemoved([]);
    setSeams([]);
  }, [editing]);

  // One paragraph of visible text: line breaks and control characters are removed as they are typed or pasted, and
  // the field says so (see cleanPasted).
  const change = (value: string) => {
    const next = cleanPasted(value);
    if (next.joined) setSeams([...seams, ...pasteSeams(value)]);
    setText(next.text);
    if (next.joined) setJoined(true);
    if (next.removed.length > 0) setRemoved(next.removed);
  };
  const hints = [joined ? LIB_UI.phrases.joinedLines : "", removed.length > 0 ? LIB_UI.phrases.removedInvisible(removed) : ""].filter((h) => h !== "");

  const save = () => {
    // Editor errors are plain sentences ("请填写常用语内容。"): the library words them for the form.
    const draft: Draft<"phrase"> = {
      category,
      text: text.trim(),
      ...(role !== "" ? { role } : {}),
      ...(existing?.copiedFrom ? { copiedFrom: existing.copiedFrom } : {}),
    };
    const problems = onSave(draft);
    if (problems && problems.length > 0) setErrors(describeErrors(problems));
    else onClose();
  };

  return (
    <EditorDialog
      open={editing !== undefined}
      title={existing ? LIB_UI.phrases.editPhrase : LIB_UI.phrases.newPhrase}
      errors={errors}
      warnings={phraseWarnings(text, seams)}
      dirty={text.trim() !== initialText.trim()}
      onSave={save}
      onClose={onClose}
    >
      {/* The text first: the dialog opens on its first field (Fluent's Dialog), and what a writer types first is the phrase; on
          the 分类 list, typing changed the category unseen (found in the 340 px walk). */}
      <Field
        label={LIB_UI.phrases.phraseText}
        required
        {...(hints.length > 0 ? { validationState: "warning" as const, validationMessage: hints.join("") } : {})}
      >
        <Textarea value={text} onChange={(_, data) => change(data.value)} rows={4} resize="vertical" data-testid="phrase-text" />
      </Field>
      <Field label={LIB_UI.phrases.category}>
        <Select value={category} onChange={(_, data) => setCategory(data.value as PhraseCategory)}>
          {PHRASE_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={LIB_UI.phrases.insertAs}>
        <Select value={role} onChange={(_, data) => setRole(data.value as PhraseRole | "")} data-testid="phrase-role">
          <option value="">{LIB_UI.phrases.insertInline}</option>
          {PHRASE_ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
    </EditorDialog>
  );
}
