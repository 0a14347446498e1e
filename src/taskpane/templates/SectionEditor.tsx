import { useEffect, useState } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { ContentError, SectionTemplate } from "../../core/content";
import { ListNoticeBar } from "../library/ErrorListBar";
import { describeErrors } from "../library/importFlow";
import { LIB_UI } from "../library/strings";
import { formFromSection, sectionFromForm } from "./sectionForm";
import type { SectionForm } from "./sectionForm";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

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
  const styles = useStyles();
  const [form, setForm] = useState<SectionForm>(EMPTY);
  const [errors, setErrors] = useState<readonly string[]>([]);
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
    <Dialog open={editing !== undefined} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{editing ? LIB_UI.templates.editSection : LIB_UI.templates.newSection}</DialogTitle>
          <DialogContent className={styles.form}>
            <Field label={LIB_UI.templates.sectionTitle} required>
              <Input {...field("title")} />
            </Field>
            <Field label={LIB_UI.templates.sectionHeadingText}>
              <Input {...field("heading")} />
            </Field>
            <Field label={LIB_UI.templates.sectionBody}>
              <Textarea {...field("body")} rows={8} resize="vertical" />
            </Field>
            <ListNoticeBar notice={errors.length > 0 ? { intent: "error", title: LIB_UI.editorFailed, lines: errors } : undefined} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={save}>
              {LIB_UI.save}
            </Button>
            <Button onClick={onClose}>{LIB_UI.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
