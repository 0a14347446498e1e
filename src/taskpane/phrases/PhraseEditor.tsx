import { useEffect, useState } from "react";
import { Field, Select, Textarea } from "@fluentui/react-components";
import { PHRASE_CATEGORIES } from "../../core/content";
import type { ContentError, Draft, Phrase, PhraseCategory } from "../../core/content";
import { EditorDialog } from "../library/EditorDialog";
import { describeErrors } from "../library/importFlow";
import { LIB_UI } from "../library/strings";

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
  const [errors, setErrors] = useState<readonly string[]>([]);
  useEffect(() => {
    setCategory(typeof editing === "string" ? editing : (editing?.category ?? "opening"));
    setText(typeof editing === "object" ? editing.text : "");
    setErrors([]);
  }, [editing]);

  const save = () => {
    // One paragraph: a pasted line break would split the writer's paragraph in Word.
    const draft: Draft<"phrase"> = { category, text: text.replace(/\s*[\r\n]+\s*/g, "").trim(), ...(existing?.copiedFrom ? { copiedFrom: existing.copiedFrom } : {}) };
    const problems = onSave(draft);
    if (problems && problems.length > 0) setErrors(describeErrors(problems));
    else onClose();
  };

  return (
    <EditorDialog
      open={editing !== undefined}
      title={existing ? LIB_UI.phrases.editPhrase : LIB_UI.phrases.newPhrase}
      errors={errors}
      onSave={save}
      onClose={onClose}
    >
      <Field label={LIB_UI.phrases.category}>
        <Select value={category} onChange={(_, data) => setCategory(data.value as PhraseCategory)}>
          {PHRASE_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={LIB_UI.phrases.phraseText} required>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} rows={4} resize="vertical" />
      </Field>
    </EditorDialog>
  );
}
