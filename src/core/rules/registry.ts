/** Every rule the engine runs, in reporting order. Adding a rule: write rules/<id>.ts (see README.md) and list it here. */
import { enumerationEnding } from "./enumeration-ending";
import { enumerationForm } from "./enumeration-form";
import { enumerationSequence } from "./enumeration-sequence";
import { layoutFont } from "./layout-font";
import { layoutPage } from "./layout-page";
import { layoutParagraph } from "./layout-paragraph";
import { numberingForm } from "./numbering-form";
import { numberingHierarchy } from "./numbering-hierarchy";
import { numberingSequence } from "./numbering-sequence";
import { placeholder } from "./placeholder";
import { placeholderName } from "./placeholder-name";
import { punctuationDate } from "./punctuation-date";
import { punctuationDocNumber } from "./punctuation-doc-number";
import { punctuationPairs } from "./punctuation-pairs";
import { punctuationRepeated } from "./punctuation-repeated";
import { punctuationSpaces } from "./punctuation-spaces";
import { punctuationWidth } from "./punctuation-width";
import { structureOpening } from "./structure-opening";
import { structureParts } from "./structure-parts";
import { structureRequestInReport } from "./structure-request-in-report";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  numberingSequence,
  numberingForm,
  numberingHierarchy,
  enumerationSequence,
  enumerationForm,
  enumerationEnding,
  placeholder,
  placeholderName,
  structureOpening,
  structureParts,
  structureRequestInReport,
  punctuationWidth,
  punctuationRepeated,
  punctuationPairs,
  punctuationSpaces,
  punctuationDate,
  punctuationDocNumber,
  layoutFont,
  layoutParagraph,
  layoutPage,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
