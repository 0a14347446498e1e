/** Every rule the engine runs, in reporting order. Adding a rule: write rules/<id>.ts (see README.md) and list it here. */
import { numberingForm } from "./numbering-form";
import { numberingHierarchy } from "./numbering-hierarchy";
import { numberingSequence } from "./numbering-sequence";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [numberingSequence, numberingForm, numberingHierarchy];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
