import { useEffect, useState } from "react";
import { Field, Input, Textarea } from "@fluentui/react-components";
import { blocksWarnings } from "../../core/content";
import type { ContentError, SectionTemplate } from "../../core/content";
import { EditorDialog } from "../library/EditorDialog";
import { describeErrors } from "../library/importFlow";
import { LIB_UI } from "../library/strings";
import { formFromSection, sectionFromForm } from "./sectionForm";
import type { SectionForm } from "./sectionForm";

export interface SectionEditorProps {
  /** undefined: closed; null: a new section; a section: edit it. */
  readonly editing: SectionTemplate | null | undefined;
  onClose(): void;
  /** Saves the draft; returns the validator's problems, or nothing when saved. */
  onSave(draft: ReturnType<typeof sectionFromForm>): readonly ContentError[] | undefined;
}

const EMPTY: SectionForm = { title: "", heading: "", body: "" };

/** 新建/修改段落模板: name, level-1 heading, paragraphs one per line. */
export function SectionEditor({ editing, onClose, onSave }: SectionEditorProps) {
  const [form, setForm] = useState<SectionForm>(EMPTY);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const initial = editing ? formFromSection(editing) : EMPTY;
  const dirty = (Object.keys(form) as (keyof SectionForm)[]).some((key) => form[key].trim() !== initial[key].trim());
  useEffect(() => {
    setForm(editing ? formFromSection(editing) : EMPTY);
    setErrors([]);
  }, [editing]);

  const save = () => {
    const problems = onSave(sectionFromForm(form, editing?.copiedFrom));
    if (problems && problems.length > 0) setErrors(describeErrors(problems));
    else onClose();
  };
  const field = (key: keyof SectionForm) => ({
    value: form[key],
    onChange: (_: unknown, data: { value: string }) => setForm({ ...form, [key]: data.value }),
  });

  return (
    <EditorDialog
      open={editing !== undefined}
      title={editing ? LIB_UI.templates.editSection : LIB_UI.templates.newSection}
      errors={errors}
      warnings={blocksWarnings(sectionFromForm(form).blocks)}
      dirty={dirty}
      onSave={save}
      onClose={onClose}
    >
      <Field label={LIB_UI.templates.sectionTitle} required>
        <Input {...field("title")} />
      </Field>
      <Field label={LIB_UI.templates.sectionHeadingText}>
        <Input {...field("heading")} />
      </Field>
      <Field label={LIB_UI.templates.sectionBody}>
        <Textarea {...field("body")} rows={8} resize="vertical" />
      </Field>
    </EditorDialog>
  );
}
